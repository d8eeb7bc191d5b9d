/**
 * Several `triangulate ingest` processes writing one PostgreSQL database at once, against one: the
 * stream (the first --limit records of a cluster set) split into interleaved shares, one per process,
 * each run as a real CLI ingest (extract and enrich included, in parallel across processes; cluster to
 * commit under Store.exclusive's locks) into a new database on a throw-away server.
 * Prints each run's wall seconds, articles per second, events and B-cubed against the first one-writer
 * run's events (from the first run that has one), and the events of every run; and, summed over its
 * processes, what their write locks met (sections keyed and whole-store, waits, stale commits: written
 * by each ingest to $TRIANGULATE_LOCK_COUNTS). The writer counts are run in turn, their order reversed
 * each round.
 *
 *   node dist/bench/pg-writers.js [--set gva] [--limit 2000] [--writers 1,2] [--rounds 1] [--threads 0]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sumLockCounts } from '../src/store/postgres/lock-counts.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer } from '../src/store/postgres/throwaway-server.js';
import { type ClusterSetName, loadClusterSet } from './cluster-data.js';
import { scoreClustering } from './cluster-metrics.js';

const CLI = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

/** One CLI ingest; resolves when it exits with 0 or 2 (some records rejected: GVA has pages with no article text), rejects otherwise. */
function ingest(url: string, file: string, threads: string, counts: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', '--db', url, '--threads', threads, file], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_LOCK_COUNTS: counts } });
    let stderr = '';
    // Only the end is kept: the rejected records' lines are many.
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 2 ? resolve() : reject(new Error(`ingest of ${file} exited with ${code}: ${stderr.trim()}`))));
  });
}

async function main(): Promise<void> {
  const set = option('--set', 'gva') as ClusterSetName;
  const limit = Number(option('--limit', '2000'));
  const counts = option('--writers', '1,2').split(',').map(Number);
  const rounds = Number(option('--rounds', '1'));
  const threads = option('--threads', '0');
  const items = loadClusterSet(set, limit).items;
  const bin = postgresBinaries();
  if (!bin) throw new Error('no PostgreSQL binaries (/usr/lib/postgresql/<version>/bin)');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-writers-'));
  const server = startThrowawayServer(bin);
  try {
    const lines = items.map((i) => JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text }));
    const events = new Map<string, number>();
    let reference: Map<string, string> | null = null;
    for (let round = 1; round <= rounds; round++) {
      for (const writers of round % 2 === 1 ? counts : [...counts].reverse()) {
        // Every writers-th record: each share holds some of every stretch of the stream, as a queue would deal them.
        const shares = Array.from({ length: writers }, (_v, w) => {
          const file = join(dir, `share-${writers}-${w}.jsonl`);
          writeFileSync(file, `${lines.filter((_l, i) => i % writers === w).join('\n')}\n`);
          return file;
        });
        const schema = `w${writers}_r${round}`;
        const url = `${server.url}&options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        // The schema made before the clock starts (creation is serialised by the store anyway).
        const setup = new PostgresStore(server.url, { schema });
        await setup.counts();
        await setup.close();
        const started = performance.now();
        const countsFile = join(dir, `locks-${writers}-${round}.jsonl`);
        await Promise.all(shares.map((file) => ingest(url, file, threads, countsFile)));
        const seconds = (performance.now() - started) / 1000;
        const locks = sumLockCounts(existsSync(countsFile) ? readFileSync(countsFile, 'utf8').split('\n') : []);
        const store = new PostgresStore(server.url, { schema });
        const stored = await store.counts();
        const clustering = new Map((await store.listArticles()).map((a) => [a.id, a.eventId ?? a.id]));
        await store.close();
        events.set(`${writers}/${round}`, stored.events);
        // Against the first one-writer run: how far arrival order (and the writers) moved the events.
        reference ??= writers === 1 ? clustering : null;
        const against = reference ? scoreClustering(clustering, reference).bcubed : null;
        const agreement = against ? `, B-cubed against one writer's ${against.f1.toFixed(4)} (P ${against.precision.toFixed(4)}, R ${against.recall.toFixed(4)})` : '';
        console.log(`round ${round}, ${writers} writer(s): ${stored.articles} articles in ${seconds.toFixed(1)} s, ${(stored.articles / seconds).toFixed(1)} articles/s, ${stored.events} events${agreement}`);
        // Summed over the writers' processes (write-lock.ts LockCounts).
        console.log(
          `  sections: ${locks.keyed} keyed, whole-store ${locks.wholeAsked} asked (review, third try) + ${locks.wholeNoKeys} without keys (undated, too many) + ${locks.wholeTableFull} lock table full; ` +
            `${locks.waited} waited for another writer (${(locks.waitedMs / 1000).toFixed(1)} s in all); ${locks.staleCommits} stale commits, ${locks.wholeForSplit} splits sent whole-store; ${locks.timeouts} lock timeouts, ${locks.deadlocks} deadlocks; ingest CPU ${(locks.cpuMs / 1000).toFixed(1)} s (${locks.processes} processes counted)`,
        );
      }
    }
    console.log(`events per run: ${[...events].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
