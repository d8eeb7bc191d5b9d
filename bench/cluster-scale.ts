/**
 * The scale run of issue 5 (10k, 100k and 1M; docs/benchmarks.md): a stream generated from the real articles
 * (cluster-stream.ts) of 10k (or --sizes 10000,100000,...) articles through the real pipeline into a
 * new SQLite store, reporting articles per second over the whole run and over its last tenth (flat
 * means the two agree; and per CPU second of the process over its first and last tenth, which a shared
 * machine does not move), the process's peak memory, and the live heap (after a full garbage collection)
 * at each tenth of the run: peak RSS also holds garbage V8 had no reason to collect yet, so only the
 * live heap says whether what the process keeps grows with the store. One process per size, so peaks
 * do not mix; the collections' time is left out of the rates. Beside each figure, the peer's (ingest-peer.ts:
 * the same stream through compromise, chrono-node, a single-pass TF-IDF clustering and SQLite FTS5),
 * each in its own process too; --no-peer leaves it out.
 * --memory prints, at each tenth, where the process's resident memory goes (memory-account.ts), taken
 * before the tenth's full collection: V8's heap as committed and as used, by space, compiled code,
 * buffers, the C library's heap (SQLite's page cache among it) and the mapped files.
 * --superseded adds how much of the consolidate and store stages' CPU went to event records a later
 * article overwrote within the next 1, 8, 64 and 256 stored articles (superseded-builds.ts);
 * --repeat-builds (with --superseded) also runs each article's consolidate stage a second time at once
 * and says what of it those records took: what leaving their builds out would save (the rates printed
 * then include the second runs).
 * --keep DIR (one size, --no-peer) runs in DIR and keeps the store and the measurements there; the same
 * command again goes on from where the last sitting stopped (scale-progress.ts), for the 1M run.
 * Each child runs under this process's Node flags as well (`node --trace-gc-verbose --expose-gc
 * dist/bench/cluster-scale.js ...` traces the runs); a child (`--one N`) writes its JSON result on one
 * marked line of its stdout, and whatever else it prints there comes out on the parent's stderr
 * (child-result.ts).
 */
import { spawn } from 'node:child_process';
import { missingPipelineFlags } from '../src/util/v8-flags.js';
import { childNodeArgs, ResultLineReader, resultText } from './child-result.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClusterItem, loadClusterSet } from './cluster-data.js';
import { runPipeline, writeStreamFile } from './cluster-pipeline.js';
import { datedSources, generatedStream, streamClock } from './cluster-stream.js';
import { HeapCapture } from './heap-capture.js';
import { formatAccount, memoryAccount } from './memory-account.js';
import { type EventBuild, recordingBuilds, supersededLines } from './superseded-builds.js';
import { createStages } from '../src/pipeline.js';
import { formatTable, row, type BenchRow } from './table.js';
import { addSpan, newScaleState, overallPerSecond, readScaleState, type Sitting, tenthRates, writeScaleState } from './scale-progress.js';

interface SizeResult {
  articles: number;
  perSecond: number;
  lastTenthPerSecond: number;
  /** Articles per CPU second of this process over the first and the last tenth: flat whatever else runs. */
  firstTenthPerCpuSecond: number;
  lastTenthPerCpuSecond: number;
  peakRssMb: number;
  /** Live heap in MB after a full collection at the first tenth, at half way and at the end. */
  liveHeapMb: [number, number, number];
  refused: number;
  /** With --superseded: supersededLines of the run. */
  superseded?: string[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The peer's run (ingest-peer.ts) over the stream, written as JSON Lines as runPipeline writes it. */
async function runPeer(items: Iterable<ClusterItem>, now: string, progressEvery: number, onProgress: (done: number) => void): Promise<{ seconds: number; refused: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-peer-'));
  try {
    const file = join(dir, 'stream.jsonl');
    writeStreamFile(items, file);
    // Imported here, in the peer's process only: a static import loaded compromise's lexicon and
    // model (about 4 MB of live heap, heap snapshot) into our run's process too, which never uses them.
    const { runPeerIngest } = await import('./ingest-peer.js');
    const run = await runPeerIngest(file, join(dir, 'peer.db'), now, progressEvery, onProgress);
    return { seconds: run.seconds, refused: run.failures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSize(n: number, heapDir: string | null, superseded = false, peer = false, repeat = false, keepDir: string | null = null, memory = false): Promise<SizeResult> {
  if (!gc) throw new Error('run with --expose-gc (the parent process does)');
  const capture = heapDir === null ? null : new HeapCapture(heapDir);
  const sources = datedSources(loadClusterSet('gva').items, loadClusterSet('ecbplus').items);
  // With --keep the measurements live in the run's folder, so that a later sitting adds to them.
  const stateFile = keepDir === null ? null : join(keepDir, 'state.json');
  const state = (stateFile === null ? null : readScaleState(stateFile)) ?? newScaleState(n);
  if (state.articles !== n) throw new Error(`${stateFile}: the run there is of ${state.articles} articles, not ${n}`);
  const from = state.next;
  if (from >= n) throw new Error(`${stateFile}: the run there is finished`);
  const sitting: Sitting = { from, to: from, startedAt: new Date().toISOString(), lastMarkAt: new Date().toISOString(), peakRssMb: 0 };
  state.sittings.push(sitting);
  // The last mark of this sitting: [articles done, wall ms, CPU ms of this process], collections left out.
  let last: [number, number, number] | null = null;
  let collecting = 0;
  let collectingCpu = 0;
  const cpuMs = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const onProgress = (doneHere: number): void => {
    const done = from + doneHere;
    const mark: [number, number, number] = [done, performance.now() - collecting, cpuMs() - collectingCpu];
    // The first span of a sitting holds its start (model loads, re-reading what the last sitting left unmarked): not measured.
    if (last === null) state.gaps.push([from, done]);
    else addSpan(state, last[0], done, mark[2] - last[2], mark[1] - last[1]);
    last = mark;
    sitting.to = state.next = done;
    sitting.lastMarkAt = new Date().toISOString();
    sitting.peakRssMb = process.resourceUsage().maxRSS / 1024;
    const tenth = Math.floor((done * 10) / n);
    if (!(String(tenth) in state.liveHeapMb)) {
      const started = performance.now();
      const startedCpu = cpuMs();
      // Before the collection: what the process holds as it runs, garbage included.
      if (memory) process.stderr.write(`  ${done} of ${n}: ${formatAccount(memoryAccount())}\n`);
      gc();
      state.liveHeapMb[String(tenth)] = process.memoryUsage().heapUsed / 1048576;
      // The end is the last article's mark, while the pipeline and its store are still open.
      if (tenth === 1 || tenth === 10) capture?.capture(`${n}-${tenth === 1 ? 'first-tenth' : 'end'}`);
      collecting += performance.now() - started;
      collectingCpu += cpuMs() - startedCpu;
      // A run at the larger sizes takes hours: say how it goes at each tenth, so a run cut short still tells.
      // CPU time as well as wall time: on a shared machine the wall-clock rate also measures the neighbours.
      const heapMb = state.liveHeapMb[String(tenth)]!.toFixed(0);
      if (tenth === 0) process.stderr.write(`  ${done} of ${n}: started, live heap ${heapMb} MB\n`);
      else {
        const { perSecond, perCpuSecond } = tenthRates(state, tenth);
        process.stderr.write(`  ${done} of ${n}: ${perSecond.toFixed(1)} articles/s over tenth ${tenth} (${perCpuSecond.toFixed(1)} per CPU second), live heap ${heapMb} MB\n`);
      }
    }
    if (stateFile !== null) writeScaleState(stateFile, state);
  };
  // The later passes are dated years ahead of today: the clock must be after them, or their dates are refused.
  const builds: EventBuild[] = [];
  const stages = superseded ? recordingBuilds(createStages(), builds, { repeat }) : createStages();
  const progressEvery = Math.max(1, Math.min(250, Math.floor(n / 40)));
  if (from > 0) process.stderr.write(`  going on from article ${from} of ${n} in ${keepDir}\n`);
  const run = peer
    ? await runPeer(generatedStream(sources, n), streamClock(sources, n), progressEvery, onProgress)
    : await runPipeline(generatedStream(sources, n, from), { readBack: false, onProgress, progressEvery, now: streamClock(sources, n), stages, ...(keepDir === null ? {} : { dir: keepDir }) }).then((r) => ({ seconds: r.seconds, refused: r.failures.length }));
  state.refused += run.refused;
  sitting.to = state.next = n;
  gc();
  const live: [number, number, number] = [state.liveHeapMb['1'] ?? NaN, state.liveHeapMb['5'] ?? NaN, process.memoryUsage().heapUsed / 1048576];
  sitting.peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (stateFile !== null) writeScaleState(stateFile, state);
  capture?.close();
  // One sitting from the start: the whole run's time, as before resumable runs; else the measured spans'.
  const perSecond = state.sittings.length === 1 && from === 0 ? n / (run.seconds - collecting / 1000) : overallPerSecond(state);
  return {
    articles: n,
    perSecond,
    lastTenthPerSecond: tenthRates(state, 10).perSecond,
    firstTenthPerCpuSecond: tenthRates(state, 1).perCpuSecond,
    lastTenthPerCpuSecond: tenthRates(state, 10).perCpuSecond,
    peakRssMb: Math.max(...state.sittings.map((s) => s.peakRssMb)),
    liveHeapMb: live,
    refused: state.refused,
    ...(superseded ? { superseded: supersededLines(builds) } : {}),
  };
}

const args = process.argv.slice(2);
// --heap DIR: heap snapshots and live allocations at the first tenth and the end of each size (heap-capture.ts).
const heapDir = args.includes('--heap') ? args[args.indexOf('--heap') + 1]! : null;
// --repeat-builds: with --superseded, each article's consolidate run again at once (superseded-builds.ts).
const repeatBuilds = args.includes('--repeat-builds');
const superseded = args.includes('--superseded') || repeatBuilds;
// --memory: where the resident memory goes, at each tenth (memory-account.ts).
const memory = args.includes('--memory');
// --no-peer: Triangulate alone (the peer's run takes about as long again).
const withPeer = !args.includes('--no-peer');
// --keep DIR: run in DIR and keep its store and measurements (DIR/state.json); run again with the same
// DIR, the run goes on from its last mark (scale-progress.ts). One size, ours alone.
const keepDir = args.includes('--keep') ? resolve(args[args.indexOf('--keep') + 1]!) : null;

/**
 * One size in a process of its own, so peaks do not mix: ours, or the peer's with `peer`. The child runs
 * under this process's own Node flags too (child-result.ts), so `node --trace-gc ... cluster-scale.js`
 * traces the runs; what the child prints besides its result comes out on this process's stderr.
 */
async function measureInChild(n: number, peer: boolean): Promise<SizeResult> {
  const flags = [...(keepDir === null || peer ? [] : ['--keep', keepDir]), ...(heapDir === null || peer ? [] : ['--heap', heapDir]), ...(superseded && !peer ? ['--superseded'] : []), ...(repeatBuilds && !peer ? ['--repeat-builds'] : []), ...(memory ? ['--memory'] : []), ...(peer ? ['--peer'] : [])];
  // Both under the V8 flags the `triangulate` command runs the pipeline with (src/util/v8-flags.ts).
  const child = spawn(process.execPath, [...childNodeArgs(process.execArgv, missingPipelineFlags()), fileURLToPath(import.meta.url), '--one', String(n), ...flags], { stdio: ['ignore', 'pipe', 'inherit'] });
  // Streamed, not gathered at the end: a traced run of hours prints far more than a buffer should hold.
  const reader = new ResultLineReader((line) => process.stderr.write(`${line}\n`));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => reader.push(chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code));
  });
  reader.end();
  const json = reader.result();
  if (status !== 0 || json === null) throw new Error(`the ${peer ? "peer's " : ''}run at ${n} failed`);
  return JSON.parse(json) as SizeResult;
}

if (args[0] === '--one') {
  process.stdout.write(resultText(JSON.stringify(await measureSize(Number(args[1]), heapDir, superseded, args.includes('--peer'), repeatBuilds, keepDir, memory))));
} else {
  const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10000').split(',').map(Number);
  if (keepDir !== null && (sizes.length !== 1 || withPeer)) {
    process.stderr.write('cluster-scale: --keep runs one size, ours alone: give one --sizes and --no-peer\n');
    process.exit(2);
  }
  if (keepDir !== null) mkdirSync(keepDir, { recursive: true });
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`${n} articles...\n`);
    const r = await measureInChild(n, false);
    let p: SizeResult | null = null;
    if (withPeer) {
      process.stderr.write(`${n} articles, the peer...\n`);
      p = await measureInChild(n, true);
    }
    const label = `generated stream, ${n} articles`;
    const both = (measure: string, pick: (x: SizeResult) => number, digits: number, ratio = true): void => {
      rows.push(row(label, measure, pick(r), p ? pick(p) : null, (x) => x.toFixed(digits), ratio));
    };
    both('articles per second, one core (ingest to store)', (x) => x.perSecond, 1);
    both('articles per second over the last tenth', (x) => x.lastTenthPerSecond, 1);
    both('articles per CPU second over the first tenth', (x) => x.firstTenthPerCpuSecond, 1);
    both('articles per CPU second over the last tenth', (x) => x.lastTenthPerCpuSecond, 1);
    both('peak memory (RSS), MB', (x) => x.peakRssMb, 0);
    both('live heap after a full GC at the first tenth, MB', (x) => x.liveHeapMb[0], 0);
    both('live heap after a full GC at half way, MB', (x) => x.liveHeapMb[1], 0);
    both('live heap after a full GC at the end, MB', (x) => x.liveHeapMb[2], 0);
    both('articles refused (no text found)', (x) => x.refused, 0, false);
    for (const line of r.superseded ?? []) process.stderr.write(`  ${n}: ${line.trim()}\n`);
  }
  const peerName = withPeer ? 'compromise + chrono-node + single-pass TF-IDF + SQLite FTS5 (ingest-peer.ts)' : '(peer not run: --no-peer)';
  console.log(formatTable(`Event clustering at scale, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`, 'Triangulate', peerName, rows));
}
