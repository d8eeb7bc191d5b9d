/**
 * What bench:api loads a server with (api.ts, api-postgres.ts): the request mixes, read from a SQLite
 * store so every URL answers 200 with real content, and a child process started and waited for until
 * it says where it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { random } from './http-load.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The three request mixes, read from the store so every URL answers 200 with real content. */
export async function mixes(db: string, serverUrl: string): Promise<Record<string, string[]>> {
  const store = new SqliteStore(db, { mustExist: true });
  try {
    const facets = await store.eventFacets();
    const top = (tally: Record<string, number>, n: number): string[] => Object.entries(tally).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
    const list: string[] = [];
    for (const sort of ['date-desc', 'date-asc', 'updated', 'sources']) list.push(`/api/events?limit=20&sort=${sort}`);
    for (const country of top(facets.countries, 4)) list.push(`/api/events?limit=20&country=${country}`);
    for (const month of top(facets.months, 4)) list.push(`/api/events?limit=20&from=${month}-01&to=${month}-28`);
    // Second pages, through the cursors the first pages give.
    for (const path of list.slice(0, 6)) {
      const res = await fetchLocal(serverUrl, path);
      if (res.next) list.push(`${path}&cursor=${res.next}`);
    }
    const { events: total } = await store.counts();
    const pick = random(20261128);
    const pages: string[] = [];
    const people: string[] = [];
    const places: string[] = [];
    const seen = new Set<string>();
    while (pages.length < 200 && seen.size < total) {
      const [event] = await store.queryEvents({ sort: 'date-desc', limit: 1, offset: Math.floor(pick() * total) });
      if (!event || seen.has(event.id)) continue;
      seen.add(event.id);
      pages.push(`/api/events/${event.id}`);
      if (event.location) places.push(event.location.name);
      if (event.participants[0]) people.push(event.participants[0].name);
    }
    const words = ['shooting', 'police', 'killed', 'arrested', 'court'];
    const queries = [...people.slice(0, 40), ...places.slice(0, 30), ...places.slice(30, 60).map((p, i) => `${p} ${words[i % words.length]}`)];
    const search = queries.filter((q) => /[\p{L}\p{N}]/u.test(q)).map((q) => `/api/search?limit=20&q=${encodeURIComponent(q)}`);
    const all: Record<string, string[]> = { 'event list': list, 'event page': pages, search };
    // A tiny store (the smoke test's) may give no search terms: a mix with no URLs is left out.
    return Object.fromEntries(Object.entries(all).filter(([, paths]) => paths.length > 0));
  } finally {
    await store.close();
  }
}

/** Cursors for second pages come from the store through the real route, so they are the ones clients get. */
async function fetchLocal(serverUrl: string, path: string): Promise<{ next?: string }> {
  const res = await fetch(`${serverUrl}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { next?: string };
}

export function startProcess(args: string[], ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolvePromise({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before it listened: ${out}`)));
  });
}

