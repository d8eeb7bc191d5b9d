/**
 * The scale run of issue 5 (run at 10k and 100k so far; docs/benchmarks.md): a stream generated from the real articles
 * (cluster-stream.ts) of 10k (or --sizes 10000,100000,...) articles through the real pipeline into a
 * new SQLite store, reporting articles per second over the whole run and over its last tenth (flat
 * means the two agree), and the process's peak memory. One process per size, so peaks do not mix.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadClusterSet } from './cluster-data.js';
import { runPipeline } from './cluster-pipeline.js';
import { datedSources, generatedStream } from './cluster-stream.js';
import { formatTable, row, type BenchRow } from './table.js';

interface SizeResult {
  articles: number;
  perSecond: number;
  lastTenthPerSecond: number;
  peakRssMb: number;
  refused: number;
}

async function measureSize(n: number): Promise<SizeResult> {
  const sources = datedSources(loadClusterSet('gva').items, loadClusterSet('ecbplus').items);
  const marks: [number, number][] = [];
  const run = await runPipeline(generatedStream(sources, n), { readBack: false, onProgress: (done) => marks.push([done, performance.now()]) });
  const tenth = marks.find(([done]) => done >= n * 0.9);
  const end = marks[marks.length - 1];
  const lastTenthPerSecond = tenth && end && end[0] > tenth[0] ? ((end[0] - tenth[0]) * 1000) / (end[1] - tenth[1]) : NaN;
  return { articles: n, perSecond: n / run.seconds, lastTenthPerSecond, peakRssMb: process.resourceUsage().maxRSS / 1024, refused: run.failures.length };
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  process.stdout.write(JSON.stringify(await measureSize(Number(args[1]))));
} else {
  const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10000').split(',').map(Number);
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`${n} articles...\n`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`the run at ${n} failed`);
    const r = JSON.parse(child.stdout) as SizeResult;
    const label = `generated stream, ${n} articles`;
    rows.push(row(label, 'articles per second, one core (ingest to store)', r.perSecond, null, (x) => x.toFixed(1)));
    rows.push(row(label, 'articles per second over the last tenth', r.lastTenthPerSecond, null, (x) => x.toFixed(1)));
    rows.push(row(label, 'peak memory, MB', r.peakRssMb, null, (x) => x.toFixed(0)));
    rows.push(row(label, 'articles refused (no text found)', r.refused, null, (x) => x.toFixed(0)));
  }
  console.log(formatTable(`Event clustering at scale, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`, 'Triangulate', '(no peer)', rows));
}
