/**
 * The entity list's cost after a change of the store, as a server meets one another process made: a
 * copy of a SQLite store (or that store copied into a throw-away PostgreSQL server) gets one event
 * with new names per round, and the list is worked out from nothing and with the joins of the last
 * list kept (entity-joins.ts), in turn; with `--base`, also by another build's entity-list.js (a
 * folder holding its dist/), which must give the same list. Wall and CPU milliseconds of each.
 *
 *   node dist/bench/entity-list.js --store DB [--postgres] [--rounds 6] [--base OLD_ROOT]
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entityGroups, type KeptGroupings } from '../src/server/entity-list.js';
import type { EntityGroup } from '../src/server/entity-groups.js';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../src/store/postgres/throwaway-server.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Commit, Store } from '../src/store/store.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const source = option('--store');
if (!source) throw new Error('usage: node dist/bench/entity-list.js --store DB [--postgres] [--rounds 6] [--base OLD_ROOT]');
const rounds = Number(option('--rounds') ?? 6);
const baseRoot = option('--base');
type Lister = (store: Store) => Promise<EntityGroup[]>;
const base: Lister | null = baseRoot ? ((await import(pathToFileURL(join(baseRoot, 'dist/src/server/entity-list.js')).href)) as { entityGroups: Lister }).entityGroups : null;

const commitOf = (n: number): Commit => {
  const a = sampleArticle(900_000 + n);
  const id = `evt_${(0x900000 + n).toString(16).padStart(16, '0')}`;
  const participants = [`Orla Penrose${n}`, `Dmitri Volkov${n}`, `Dmitry Volkov${n}`].map((name) => ({ name, aliases: [], role: null, organization: null, country: null, sources: [a.id] }));
  const event = sampleEvent(id, [a], { participants, organizations: [{ name: `Harbour Board ${n}`, aliases: [], country: 'IE', sources: [a.id], corroboration: 1 }] });
  return { article: { ...a, eventId: id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] };
};

/** Every entry and its members' ids, as text: two lists are the same when these are. */
const text = (groups: readonly EntityGroup[]): string => JSON.stringify(groups.map((g) => [g.summary, g.members.map((m) => m.id)]));

async function timed(work: () => Promise<EntityGroup[]>): Promise<{ ms: number; cpu: number; text: string }> {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  const groups = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, text: text(groups) };
}

const dir = mkdtempSync(join(tmpdir(), 'entity-list-'));
let server: ThrowawayServer | null = null;
try {
  const copy = join(dir, 'store.db');
  copyFileSync(source, copy);
  let store: Store = new SqliteStore(copy);
  if (process.argv.includes('--postgres')) {
    const bin = postgresBinaries();
    if (!bin) throw new Error('--postgres needs PostgreSQL installed (/usr/lib/postgresql/<version>/bin)');
    server = startThrowawayServer(bin);
    const pg = new PostgresStore(server.url);
    // The store's events as they stand, each article committed with its event's final record.
    pg.groupCommits(200);
    for (let offset = 0; ; offset += 500) {
      const events = await store.listEvents({ limit: 500, offset });
      if (events.length === 0) break;
      for (const event of events) for (const article of await store.articlesOfEvent(event.id)) await pg.commit({ ...commitOf(0), article: { ...article, eventId: event.id }, event });
    }
    await pg.flush();
    await store.close();
    store = pg;
  }
  const counts = await store.counts();
  const kept: KeptGroupings = new Map();
  const first = await timed(() => entityGroups(store, kept));
  process.stdout.write(`${counts.articles} articles, ${counts.events} events; first list (kept from here on) ${first.ms.toFixed(0)} ms (CPU ${first.cpu.toFixed(0)})\n`);
  for (let r = 1; r <= rounds; r++) {
    await store.commit(commitOf(r));
    const runs: [string, () => Promise<EntityGroup[]>][] = [
      ['from nothing', () => entityGroups(store)],
      ['kept', () => entityGroups(store, kept)],
      ...(base ? ([['base', () => base(store)]] as [string, () => Promise<EntityGroup[]>][]) : []),
    ];
    // Each round in another order: the first run after a commit pays for reading it in.
    const order = r % 2 ? runs : [...runs].reverse();
    const out = new Map<string, { ms: number; cpu: number; text: string }>();
    for (const [label, work] of order) out.set(label, await timed(work));
    const same = new Set([...out.values()].map((o) => o.text)).size === 1;
    process.stdout.write(`round ${r}: ${runs.map(([label]) => `${label} ${out.get(label)!.ms.toFixed(0)} ms (CPU ${out.get(label)!.cpu.toFixed(0)})`).join(', ')}; ${same ? 'the same list' : 'LISTS DIFFER'}\n`);
    if (!same) process.exitCode = 1;
  }
  await store.close();
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
