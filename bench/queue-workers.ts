/**
 * Ingest through a Redis queue against plain ingest, into one throw-away PostgreSQL server: the first
 * --limit records of a cluster set (one JSON Lines file) queued by `ingest --queue` and stored by 1, 2
 * ... `worker --until-empty` processes, beside one `triangulate ingest` of the same file (the peer, in
 * the same run). Each run writes a schema of its own on a fresh throw-away redis-server queue; the
 * runs' order is reversed each round. Prints, per run, the seconds to queue, the seconds from the
 * workers' start to the last one's exit (their start-up included, as ingest's is), articles per
 * second, events, and the ratio to plain ingest's articles per second.
 *
 *   node dist/bench/queue-workers.js [--set gva] [--limit 1000] [--workers 1,2] [--rounds 1] [--threads 0]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redisServerBinary, startThrowawayRedis } from '../src/queue/throwaway-redis.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer } from '../src/store/postgres/throwaway-server.js';
import { type ClusterSetName, loadClusterSet } from './cluster-data.js';

const CLI = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

/** One CLI run; resolves when it exits with 0 or 2 (GVA has pages with no article text: refused, the rest stored). */
function cli(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_DB: '', TRIANGULATE_QUEUE: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 2 ? resolve() : reject(new Error(`triangulate ${args[0]} exited with ${code}: ${stderr.trim()}`))));
  });
}

async function main(): Promise<void> {
  const set = option('--set', 'gva') as ClusterSetName;
  const limit = Number(option('--limit', '1000'));
  const workerCounts = option('--workers', '1,2').split(',').map(Number);
  const rounds = Number(option('--rounds', '1'));
  const threads = option('--threads', '0');
  const items = loadClusterSet(set, limit).items;
  const pgBin = postgresBinaries();
  const redisBin = redisServerBinary();
  if (!pgBin) throw new Error('no PostgreSQL binaries (/usr/lib/postgresql/<version>/bin)');
  if (!redisBin) throw new Error('no redis-server (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-queue-bench-'));
  const server = startThrowawayServer(pgBin);
  const redis = await startThrowawayRedis(redisBin);
  try {
    const file = join(dir, `${set}-${limit}.jsonl`);
    writeFileSync(file, `${items.map((i) => JSON.stringify({ id: i.id, title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text })).join('\n')}\n`);
    const runs: number[] = [0, ...workerCounts];
    for (let round = 1; round <= rounds; round++) {
      let plainRate = 0;
      const results: string[] = [];
      for (const workers of round % 2 === 1 ? runs : [...runs].reverse()) {
        const schema = `q${workers}_r${round}`;
        const url = `${server.url}&options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        // The schema made before the clock starts (creation is serialised by the store anyway).
        const setup = new PostgresStore(server.url, { schema });
        await setup.counts();
        await setup.close();
        let queueSeconds = 0;
        let started = performance.now();
        if (workers === 0) await cli(['ingest', '--db', url, '--threads', threads, '--no-progress', file]);
        else {
          const queue = ['--queue', redis.url, '--queue-name', schema];
          await cli(['ingest', ...queue, file]);
          queueSeconds = (performance.now() - started) / 1000;
          started = performance.now();
          await Promise.all(Array.from({ length: workers }, () => cli(['worker', ...queue, '--db', url, '--threads', threads, '--until-empty', '--quiet'])));
        }
        const seconds = (performance.now() - started) / 1000;
        const store = new PostgresStore(server.url, { schema });
        const stored = await store.counts();
        await store.close();
        const rate = stored.articles / seconds;
        if (workers === 0) plainRate = rate;
        results.push(`${workers === 0 ? 'plain ingest' : `${workers} worker(s)`}: ${stored.articles} articles in ${seconds.toFixed(1)} s${workers === 0 ? '' : ` (queued in ${queueSeconds.toFixed(1)} s before)`}, ${rate.toFixed(1)} articles/s, ${stored.events} events`);
        if (workers > 0 && plainRate > 0) results[results.length - 1] += `, ${(rate / plainRate).toFixed(2)}x plain ingest`;
      }
      // Ratios need plain ingest's rate: in a reversed round it runs last, so the lines are printed then.
      if (round % 2 === 0) {
        const plain = results.find((r) => r.startsWith('plain'))!;
        const rate = Number(/, ([\d.]+) articles\/s/.exec(plain)![1]);
        for (let i = 0; i < results.length; i++) {
          if (results[i]!.startsWith('plain') || results[i]!.includes('x plain')) continue;
          const own = Number(/, ([\d.]+) articles\/s/.exec(results[i]!)![1]);
          results[i] += `, ${(own / rate).toFixed(2)}x plain ingest`;
        }
      }
      for (const line of results) console.log(`round ${round}, ${line}`);
    }
  } finally {
    await redis.stop();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
