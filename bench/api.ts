/**
 * `npm run bench:api`: latency percentiles and requests per second of the HTTP API under many
 * concurrent clients, on a store of real articles (bench/api-store.ts: 100,000 by default), beside a
 * plain node:http server that answers the same URLs with the same bytes from memory
 * (bench/static-json-server.ts: the ceiling, no database or serialisation). Three request mixes, each
 * loaded in turn (by wrk when installed, else autocannon: bench/http-load.ts) with a fixed number of connections for a fixed time,
 * every request drawn at random (fixed seed) from the mix's URLs. Our server runs as `triangulate serve` runs by
 * default (search threads: one per core, at most four), twice: with its answer cache off
 * (every read from the database) and on (warmed by one pass over the URLs):
 *   event list  - first and second pages of the feed in every order, and filtered by country and month;
 *   event page  - 200 events drawn at random (fixed seed) from the store;
 *   search      - 100 queries made of the stored events' places and people, alone and with a word;
 * then, cache off only, event pages and search at once (as many connections again for each): whether
 * searches hold up the readers queued behind them.
 * Options: --articles N (default 100000), --base B (articles ingested through the pipeline before the
 * copies, default 10000), --store PATH (keep the built store there and reuse it on the next run),
 * --seconds S per mix (default 10), --connections C (default 50), --warmup S of unmeasured load before
 * each measured one (default 3), --load wrk|autocannon (default: wrk when installed).
 * --postgres URL|throwaway: instead, the same articles (--articles, default 2,000, no copies) in SQLite
 * and in PostgreSQL (a server the bench starts and removes with 'throwaway'), event list, event page and
 * search loaded on each in turn, --rounds R (default 2) with the order swapped (api-postgres.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { mixes, ROOT, startProcess } from './api-mixes.js';
import { compareWithPostgres } from './api-postgres.js';
import { ingestBase, replicate } from './api-store.js';
import { defaultLoadTool, load as loadWith, type Load, type LoadTool } from './http-load.js';
import { formatTable, row, type BenchRow } from './table.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

function textOption(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function buildStore(db: string, articles: number, base: number): Promise<void> {
  const first = Math.min(articles, base);
  const started = performance.now();
  await ingestBase(db, first, (done) => process.stderr.write(`\ringested ${done} of ${first}`));
  process.stderr.write(`\n${first} articles through the pipeline in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  const store = new SqliteStore(db);
  const stored = (await store.counts()).articles;
  await store.close();
  const copies = Math.max(0, Math.ceil(articles / stored) - 1);
  if (copies > 0) {
    replicate(db, copies);
    process.stderr.write(`copied ${copies} times\n`);
  }
}

async function main(): Promise<void> {
  const articles = option('articles', 100_000);
  const base = option('base', 10_000);
  const seconds = option('seconds', 10);
  const connections = option('connections', 50);
  const warmup = option('warmup', 3);
  const kept = textOption('store');
  const toolOption = textOption('load');
  if (toolOption !== undefined && toolOption !== 'wrk' && toolOption !== 'autocannon') throw new Error(`--load must be wrk or autocannon, got '${toolOption}'`);
  const tool: LoadTool = toolOption ?? defaultLoadTool();
  const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-api-'));
  const load = (base: string, paths: readonly string[], time: number, clients: number): Promise<Load> => loadWith(tool, base, paths, time, clients, work);
  const children: ChildProcess[] = [];
  try {
    const db = kept ? resolve(kept) : join(work, 'bench.db');
    const postgres = textOption('postgres');
    if (postgres !== undefined) {
      if (postgres !== 'throwaway' && !/^postgres(ql)?:\/\//.test(postgres)) throw new Error(`--postgres takes a postgresql:// address or 'throwaway', got '${postgres}'`);
      // Only what went through the pipeline: a few thousand articles, not bench:api's 100,000 (copies are SQLite's).
      const articles = option('articles', 2000);
      process.stdout.write(`${await compareWithPostgres({ db, postgres, articles, rounds: option('rounds', 2), seconds, connections, warmup, tool, load })}\n`);
      return;
    }
    if (!existsSync(db)) await buildStore(db, articles, base);
    const store = new SqliteStore(db, { mustExist: true });
    // The store as ingest leaves it after a batch (Store.maintain, ingest/batch.ts): the copies are
    // growth like any other, so its search indexes are merged as a batch of that size would merge them.
    const maintained = await store.maintain();
    const counts = await store.counts();
    await store.close();
    process.stderr.write(`store: ${counts.articles} articles, ${counts.events} events${maintained.searchIndexMerged ? `; search indexes merged in ${(maintained.ms / 1000).toFixed(1)} s` : ''}\n`);

    // Two servers on the same file: one answering every read from the database, one with its answer
    // cache (warmed by one pass over the URLs, as a server is after its first readers).
    const serve = (extra: string[]) => startProcess([join(ROOT, 'bin', 'triangulate.js'), 'serve', '--db', db, '--port', '0', '--quiet', ...extra], /http:\/\/127\.0\.0\.1:(\d+)\//);
    const cold = await serve(['--no-cache']);
    children.push(cold.child);
    const warm = await serve([]);
    children.push(warm.child);
    const serverUrl = `http://127.0.0.1:${cold.port}`;
    const sets = await mixes(db, serverUrl);
    const bodies: Record<string, string> = {};
    for (const path of Object.values(sets).flat()) {
      const res = await fetch(`${serverUrl}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      bodies[path] = await res.text();
      await (await fetch(`http://127.0.0.1:${warm.port}${path}`)).arrayBuffer();
    }
    const file = join(work, 'responses.json');
    writeFileSync(file, JSON.stringify(bodies));
    const peer = await startProcess([join(ROOT, 'dist', 'bench', 'static-json-server.js'), file], /listening (\d+)/);
    children.push(peer.child);

    const rows: BenchRow[] = [];
    for (const [name, paths] of Object.entries(sets)) {
      const kb = paths.reduce((sum, p) => sum + Buffer.byteLength(bodies[p]!), 0) / paths.length / 1024;
      const measured = async (url: string): Promise<Load> => {
        // Loaded unmeasured first, as JMH or Rally warm up: a fresh server's search threads ran the mix
        // 20% slower for its first seconds (compiling, sizing their heaps) than from then on.
        await load(url, paths, warmup, connections);
        return load(url, paths, seconds, connections);
      };
      const b = await measured(`http://127.0.0.1:${peer.port}`);
      for (const [mode, port] of [['answer cache off', cold.port], ['answer cache on', warm.port]] as const) {
        const a = await measured(`http://127.0.0.1:${port}`);
        if (a.errors || b.errors) {
          const slow: string[] = [];
          for (const path of paths) {
            const started = performance.now();
            const res = await fetch(`http://127.0.0.1:${port}${path}`);
            await res.arrayBuffer();
            const ms = performance.now() - started;
            if (!res.ok || ms > 1000) slow.push(`${path}: ${res.status} in ${ms.toFixed(0)} ms`);
          }
          throw new Error(`${name}, ${mode}: ${a.errors} errors or timeouts from the API, ${b.errors} from the peer\n${slow.join('\n')}`);
        }
        const label = `${name} (${paths.length} URLs, mean ${kb.toFixed(0)} KB), ${mode}`;
        rows.push(row(label, 'requests/s', a.rps, b.rps, (x) => x.toFixed(0)));
        rows.push(row(label, 'latency p50 (ms)', a.p50, b.p50, (x) => x.toFixed(1)));
        rows.push(row(label, 'latency p95 (ms)', a.p95, b.p95, (x) => x.toFixed(1)));
        rows.push(row(label, 'latency p99 (ms)', a.p99, b.p99, (x) => x.toFixed(1)));
        if (a.timeouts || b.timeouts) rows.push(row(label, 'requests timed out (10 s; not in the percentiles)', a.timeouts, b.timeouts, (x) => x.toFixed(0)));
      }
    }
    // Readers and searchers at once, on the server without its cache: whether a search holds up the
    // page requests queued behind it (searches run on threads of their own; see search-pool.ts).
    const pages = sets['event page'];
    const searches = sets.search;
    if (pages && searches) {
      const both = async (port: number): Promise<Load[]> => {
        await Promise.all([load(`http://127.0.0.1:${port}`, pages, warmup, connections), load(`http://127.0.0.1:${port}`, searches, warmup, connections)]);
        return Promise.all([load(`http://127.0.0.1:${port}`, pages, seconds, connections), load(`http://127.0.0.1:${port}`, searches, seconds, connections)]);
      };
      const [ours, peerLoads] = [await both(cold.port), await both(peer.port)];
      if ([...ours, ...peerLoads].some((l) => l.errors > 0)) throw new Error('event pages while searching: errors or timeouts');
      const [pageLoad, searchLoad] = ours as [Load, Load];
      const [peerPage, peerSearch] = peerLoads as [Load, Load];
      const pageLabel = `event page while ${connections} more clients search, answer cache off`;
      rows.push(row(pageLabel, 'requests/s', pageLoad.rps, peerPage.rps, (x) => x.toFixed(0)));
      rows.push(row(pageLabel, 'latency p95 (ms)', pageLoad.p95, peerPage.p95, (x) => x.toFixed(1)));
      const searchLabel = `search while ${connections} more clients read event pages, answer cache off`;
      rows.push(row(searchLabel, 'requests/s', searchLoad.rps, peerSearch.rps, (x) => x.toFixed(0)));
      rows.push(row(searchLabel, 'latency p95 (ms)', searchLoad.p95, peerSearch.p95, (x) => x.toFixed(1)));
    }
    process.stdout.write(
      `${formatTable(
        `API on ${counts.events} events / ${counts.articles} articles; ${connections} connections, ${seconds} s per mix (load: ${tool}), Node ${process.version}`,
        'triangulate serve',
        'static node:http, same bytes (ceiling)',
        rows,
      )}\n`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
