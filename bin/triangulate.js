#!/usr/bin/env -S node --no-regexp-tier-up
// Entry point of the `triangulate` command; the code is compiled to dist/ by `npm install` (prepare).
// The first line starts Node with the V8 flags the pipeline runs under (src/util/v8-flags.ts: patterns
// compiled at first use, the enrich stage 1.1-1.4x faster); the commands that run the pipeline start
// again with any they lack (below), the others need none.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('triangulate: not built yet; run `npm install` (or `npm run build`) in the project folder\n');
  process.exit(1);
}

// The commands that run the pipeline (and the server, which ingests uploads) start again with the V8
// flags they lack (src/util/v8-flags.ts): --no-regexp-tier-up where this process was started without it
// (`node bin/triangulate.js ...`), and on a machine of two cores or fewer V8's garbage collector on the
// thread that allocates (--single-threaded-gc). Its helper threads otherwise take turns on the cores the
// work already fills: ingest took about 5% less CPU for the same articles, and under bench:api's search
// load the server's 95th percentile fell from 48-53 ms to 42-45 (docs/benchmarks.md). A V8 flag takes
// effect only when the process starts (set later, it crashed the server), hence the second process.
// TRIANGULATE_PARALLEL_GC=1 keeps V8's collector, TRIANGULATE_V8_DEFAULTS=1 all of V8's defaults.
const PIPELINE_COMMANDS = new Set(['ingest', 'extract', 'rebuild', 'demo', 'serve', 'worker']);
const { missingPipelineFlags } = await import(join(dirname(entry), '..', 'util', 'v8-flags.js'));
const restartFlags = PIPELINE_COMMANDS.has(process.argv[2] ?? '') ? missingPipelineFlags() : [];
if (restartFlags.length > 0) {
  // The channel tells the command if this process dies without passing a signal on (SIGKILL): it stops too.
  const child = spawn(process.execPath, [...restartFlags, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  // Signals are passed on (Ctrl-C reaches both processes; the server, ingest and worker ignore a second while they stop).
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (code !== null || !signal) process.exit(code ?? 0);
    // Ended by a signal: end the same way, so the caller sees it.
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
  child.on('error', (error) => {
    process.stderr.write(`triangulate: cannot start the second process: ${error.message}\n`);
    process.exit(1);
  });
} else {
  if (process.channel) {
    // Started by the process above: stop as on SIGTERM when it is gone, and let the channel keep nothing alive.
    process.channel.unref();
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  }
  const { main } = await import(entry);
  process.exitCode = await main(process.argv);
}
