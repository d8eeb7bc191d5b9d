/**
 * V8 flags the pipeline runs under, given when a process starts: the `triangulate` command's first line
 * (`#!/usr/bin/env -S node --no-regexp-tier-up`) and the server's restart (bin/triangulate.js), the
 * benches through relaunchWithPipelineFlags. A V8 flag set after start-up (v8.setFlagsFromString)
 * crashed worker threads, so a process without them starts again with them.
 *
 * --no-regexp-tier-up: V8 first runs a pattern in its bytecode interpreter and compiles it to machine
 * code only once it counts as hot; in the enrich stage's process the large patterns mostly stayed
 * interpreted or were compiled anew at each use (a casualty-word test 50-90 µs a text against 2 µs
 * compiled). With the flag each pattern is compiled once, at first use, with the same matches: the
 * temporal finder 2.5× faster and the whole enrich stage about 1.1-1.4× (docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';

export const PIPELINE_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/**
 * The pipeline's flags a process started from this one should be given: those this process lacks,
 * none where TRIANGULATE_V8_DEFAULTS=1 asks for V8's defaults (to measure without them).
 */
export function missingPipelineFlags(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): string[] {
  if (['1', 'true', 'yes'].includes((env.TRIANGULATE_V8_DEFAULTS ?? '').toLowerCase())) return [];
  return PIPELINE_V8_FLAGS.filter((flag) => !execArgv.includes(flag));
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
