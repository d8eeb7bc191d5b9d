/**
 * V8 flags the pipeline runs under, given when a process starts: the `triangulate` command's first line
 * (`#!/usr/bin/env -S node --no-regexp-tier-up`) and its restart for the commands that run the pipeline
 * (bin/triangulate.js), the benches through relaunchWithPipelineFlags and their children. A V8 flag set
 * after start-up (v8.setFlagsFromString) crashed worker threads, so a process without them starts again
 * with them.
 *
 * --no-regexp-tier-up: V8 first runs a pattern in its bytecode interpreter and compiles it to machine
 * code only once it counts as hot; in the enrich stage's process the large patterns mostly stayed
 * interpreted or were compiled anew at each use (a casualty-word test 50-90 µs a text against 2 µs
 * compiled). With the flag each pattern is compiled once, at first use, with the same matches: the
 * temporal finder 2.5× faster and the whole enrich stage about 1.1-1.4× (docs/benchmarks.md).
 *
 * --single-threaded-gc, on a machine of two cores or fewer: V8's collector works on the thread that
 * allocates instead of handing parallel scavenges and concurrent marking to helper threads. Those
 * threads' CPU is the process's too, and on two cores they take turns with the work they would
 * overlap: ingest took about 5% less CPU for the same articles (2,000-article scale runs, 57th and
 * 58th sessions) and the server's slow searches stopped waiting behind collections. With more cores
 * the helpers run beside the work, so V8's default stays.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export const PIPELINE_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
/** The collector on the allocating thread (see above). */
export const SINGLE_THREADED_GC = '--single-threaded-gc';
/** Machines with this many cores or fewer run the pipeline with SINGLE_THREADED_GC. */
export const SINGLE_THREADED_GC_CORES = 2;

/** TRIANGULATE_V8_DEFAULTS set to 1, true or yes: V8's defaults asked for (to measure without the flags). */
function v8Defaults(env: NodeJS.ProcessEnv): boolean {
  return ['1', 'true', 'yes'].includes((env.TRIANGULATE_V8_DEFAULTS ?? '').toLowerCase());
}

/** TRIANGULATE_PARALLEL_GC set to anything but empty, 0, false or no: V8's parallel collector kept. */
function parallelGcAsked(env: NodeJS.ProcessEnv): boolean {
  return !['', '0', 'false', 'no'].includes((env.TRIANGULATE_PARALLEL_GC ?? '').toLowerCase());
}

/** The flags a process that runs the pipeline should have on a machine of `cores` cores. */
export function pipelineFlags(env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): string[] {
  if (v8Defaults(env)) return [];
  return [...PIPELINE_V8_FLAGS, ...(cores <= SINGLE_THREADED_GC_CORES && !parallelGcAsked(env) ? [SINGLE_THREADED_GC] : [])];
}

/**
 * The pipeline's flags a process started from this one should be given: those this process lacks,
 * none where TRIANGULATE_V8_DEFAULTS=1 asks for V8's defaults (to measure without them); the
 * single-threaded collector only on two cores or fewer and without TRIANGULATE_PARALLEL_GC=1.
 */
export function missingPipelineFlags(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): string[] {
  return pipelineFlags(env, cores).filter((flag) => !execArgv.includes(flag));
}

/**
 * For a bench or script run as `node FILE ...`: when this process lacks the pipeline's flags, run the
 * same file again with them, wait, and exit with its status; else return and let the caller go on.
 * TRIANGULATE_V8_DEFAULTS=1 keeps V8's defaults (to measure without the flags).
 */
export function relaunchWithPipelineFlags(): void {
  const missing = missingPipelineFlags();
  if (missing.length === 0) return;
  const child = spawnSync(process.execPath, [...missing, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) throw child.error;
  process.exit(child.status ?? 1);
}
