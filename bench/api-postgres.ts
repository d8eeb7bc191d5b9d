/**
 * bench:api with `--postgres URL|throwaway`: the same articles in a SQLite file and in a PostgreSQL
 * store (each ingested through the pipeline from the same stream, so both hold the same events), a
 * `triangulate serve --no-cache` on each, and the same request mixes loaded on one then the other,
 * the order swapped each round (this machine is shared: only figures taken back to back compare).
 * Copies (api-store.ts's replicate) are SQLite tables only, so the store holds what was ingested.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../src/store/postgres/throwaway-server.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { mixes, ROOT, startProcess } from './api-mixes.js';
import { ingestBase } from './api-store.js';
import type { Load } from './http-load.js';
import { formatTable, row, type BenchRow } from './table.js';

export interface PostgresComparison {
  /** The SQLite file: built from the stream when missing, else read as it is. */
  db: string;
  /** A postgres:// address (its store built when empty), or 'throwaway' for a server of the bench's own. */
  postgres: string;
  articles: number;
  rounds: number;
  seconds: number;
  connections: number;
  warmup: number;
  tool: string;
  load: (base: string, paths: readonly string[], seconds: number, clients: number) => Promise<Load>;
}

/** Fills a store from the stream if it is empty, then tidies it as `triangulate optimize` does; its counts. */
async function prepare(store: Store, name: string, articles: number): Promise<{ articles: number; events: number }> {
  if ((await store.counts()).articles === 0) {
    const started = performance.now();
    await ingestBase(store, articles, (done) => process.stderr.write(`\r${name}: ingested ${done} of ${articles}`));
    process.stderr.write(`\n${name}: ${articles} articles through the pipeline in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  // Both as `triangulate optimize` leaves them: one search index segment (SQLite), GIN pending lists
  // emptied and planner statistics fresh (PostgreSQL), so neither is measured half-tidied.
  await store.maintain({ force: true });
  return store.counts();
}

/** The event ids of a search answer, in order. */
function hitIds(body: string): string[] {
  return ((JSON.parse(body) as { events?: { event: { id: string } }[] }).events ?? []).map((h) => h.event.id);
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

export async function compareWithPostgres(o: PostgresComparison): Promise<string> {
  let server: ThrowawayServer | null = null;
  const children: ChildProcess[] = [];
  try {
    if (o.postgres === 'throwaway') {
      const bin = postgresBinaries();
      if (!bin) throw new Error('--postgres throwaway needs PostgreSQL installed (/usr/lib/postgresql/<version>/bin)');
      server = startThrowawayServer(bin);
    }
    const url = server?.url ?? o.postgres;
    const sqlite = new SqliteStore(o.db);
    const sqliteCounts = await prepare(sqlite, 'SQLite', o.articles);
    await sqlite.close();
    const pg = new PostgresStore(url);
    const pgCounts = await prepare(pg, 'PostgreSQL', o.articles);
    await pg.close();
    process.stderr.write(`SQLite: ${sqliteCounts.articles} articles, ${sqliteCounts.events} events; PostgreSQL: ${pgCounts.articles} articles, ${pgCounts.events} events\n`);
    // A kept SQLite file (--store) or PostgreSQL database from another run may hold other articles.
    if (sqliteCounts.articles !== pgCounts.articles) throw new Error(`the stores hold different articles (SQLite ${sqliteCounts.articles}, PostgreSQL ${pgCounts.articles}): give both empty, or both from one --articles`);

    const serve = (db: string) => startProcess([join(ROOT, 'bin', 'triangulate.js'), 'serve', '--db', db, '--port', '0', '--quiet', '--no-cache'], /http:\/\/127\.0\.0\.1:(\d+)\//);
    const onSqlite = await serve(o.db);
    children.push(onSqlite.child);
    const onPostgres = await serve(url);
    children.push(onPostgres.child);
    const sqliteUrl = `http://127.0.0.1:${onSqlite.port}`;
    const pgUrl = `http://127.0.0.1:${onPostgres.port}`;
    const sets = await mixes(o.db, sqliteUrl);

    // Every URL must answer on both; a search's first hits are compared, since the two rank differently.
    let shared = 0;
    let hits = 0;
    let sameFirst = 0;
    for (const path of Object.values(sets).flat()) {
      const [a, b] = await Promise.all([fetch(`${sqliteUrl}${path}`), fetch(`${pgUrl}${path}`)]);
      if (!a.ok || !b.ok) throw new Error(`${path}: SQLite ${a.status}, PostgreSQL ${b.status}`);
      const [textA, textB] = await Promise.all([a.text(), b.text()]);
      if (!path.startsWith('/api/search')) continue;
      const [idsA, idsB] = [hitIds(textA), hitIds(textB)];
      const inB = new Set(idsB);
      shared += idsA.filter((id) => inB.has(id)).length;
      hits += Math.max(idsA.length, idsB.length);
      if (idsA[0] !== undefined && idsA[0] === idsB[0]) sameFirst += 1;
    }
    const searches = sets.search?.length ?? 0;

    const rows: BenchRow[] = [];
    for (const [name, paths] of Object.entries(sets)) {
      const measured: Record<'sqlite' | 'pg', Load[]> = { sqlite: [], pg: [] };
      for (let round = 0; round < o.rounds; round++) {
        const order = round % 2 === 0 ? (['sqlite', 'pg'] as const) : (['pg', 'sqlite'] as const);
        for (const which of order) {
          const base = which === 'sqlite' ? sqliteUrl : pgUrl;
          await o.load(base, paths, o.warmup, o.connections);
          const result = await o.load(base, paths, o.seconds, o.connections);
          if (result.errors) throw new Error(`${name} on ${which}: ${result.errors} errors`);
          measured[which].push(result);
          process.stderr.write(`${name}, round ${round + 1}, ${which === 'pg' ? 'PostgreSQL' : 'SQLite'}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.rps.toFixed(0)} requests/s${result.timeouts ? `, ${result.timeouts} timed out` : ''}\n`);
        }
      }
      const label = `${name} (${paths.length} URLs), answer cache off, mean of ${o.rounds} rounds`;
      for (const [measure, pick, digits] of [['requests/s', (l: Load) => l.rps, 0], ['latency p50 (ms)', (l: Load) => l.p50, 1], ['latency p95 (ms)', (l: Load) => l.p95, 1], ['latency p99 (ms)', (l: Load) => l.p99, 1]] as const) {
        rows.push(row(label, measure, mean(measured.pg.map(pick)), mean(measured.sqlite.map(pick)), (x) => x.toFixed(digits)));
      }
    }
    const title = [
      `API on PostgreSQL and on SQLite holding the same ${pgCounts.articles} articles (${pgCounts.events} events on PostgreSQL, ${sqliteCounts.events} on SQLite); ${o.connections} connections, ${o.seconds} s per mix and round (load: ${o.tool}), Node ${process.version}`,
      searches ? `search: ${sameFirst} of ${searches} queries give the same first event on both; ${shared} of ${hits} hits (the longer list's count, summed over queries) found by both` : '',
    ].filter(Boolean);
    return formatTable(title.join('\n'), 'serve on PostgreSQL', 'serve on SQLite', rows);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    // The servers close their stores on SIGTERM; the throw-away server goes once they have.
    await Promise.all(children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))));
    server?.stop();
  }
}
