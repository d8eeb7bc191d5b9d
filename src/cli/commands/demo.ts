/**
 * `triangulate demo`: ingests the example articles that ship with Triangulate (written for the project:
 * several events, each told by two to four fictional outlets, in text and HTML with their page clutter)
 * into a fresh database, and prints the events found.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayUrl, isPostgresUrl, PostgresStore } from '../../store/postgres/postgres-store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../context.js';
import { json } from '../format.js';
import { eventsTable, renderEvent } from '../render.js';
import { runIngest } from './ingest.js';
import { serveCommand, type ServeOptions } from './serve.js';

export function examplesFolder(): string {
  // dist/src/cli/commands -> package root
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
}

export interface DemoOptions extends ServeOptions {
  serve?: boolean;
}

export async function demoCommand(options: DemoOptions): Promise<number> {
  const examples = examplesFolder();
  if (!existsSync(examples)) throw new CliError(`the examples folder is missing: ${examples}`);
  const { store, path, label } = await openDemoStore(options.db);
  try {
    const report = await runIngest([examples], store, { progress: true });
    const events = await store.listEvents();
    if (options.json) {
      process.stdout.write(`${json(events)}\n`);
      return report.errors.length ? 2 : 0;
    }
    // An address holds the shell's ? and &: quoted where the commands suggested below give it.
    const arg = isPostgresUrl(path) ? `'${label}'` : label;
    const out = [`Ingested ${report.stored} example articles from ${examples}`, `into ${label}: ${events.length} events.`, '', eventsTable(events)];
    const richest = [...events].sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1))[0];
    if (richest) out.push('', `The event with the most sources (triangulate show ${richest.id} --db ${arg}):`, '', renderEvent(richest, await store.articlesOfEvent(richest.id)));
    out.push('', `Try: npx triangulate search "ransomware" --db ${arg}`, `     npx triangulate export --format csv --db ${arg}`);
    for (const e of report.errors) out.push(`error: ${e.input}: ${e.problem}`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (options.serve) {
      await store.close();
      process.stdout.write('\n');
      // The server opens the database afresh and closes it when it stops.
      await serveCommand({ ...options, db: path });
    }
    return report.errors.length ? 2 : 0;
  } finally {
    await store.close();
  }
}

/**
 * The demo's empty store: a SQLite file (its own default one replaced, a named one only if new), or a
 * PostgreSQL database that holds no store yet (the demo never adds its examples to a store in use).
 * `label` names it in messages: a PostgreSQL address without its password.
 */
async function openDemoStore(db: string | undefined): Promise<{ store: Store; path: string; label: string }> {
  if (db !== undefined && isPostgresUrl(db)) {
    const label = displayUrl(db);
    const store = new PostgresStore(db);
    try {
      await store.opened();
      if ((await store.counts()).articles > 0) throw new CliError(`${label} already holds articles; the demo needs a database with no Triangulate store in it (or omit --db)`);
    } catch (error) {
      await store.close();
      throw error instanceof CliError ? error : new CliError((error as Error).message);
    }
    return { store, path: db, label };
  }
  const path = resolve(db || 'triangulate-demo.db');
  // The demo starts from an empty database; it replaces only its own default file, never one named.
  if (db && existsSync(path)) throw new CliError(`${path} already exists; the demo needs a new database file (or omit --db)`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  return { store: new SqliteStore(path), path, label: path };
}
