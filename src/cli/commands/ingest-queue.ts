/**
 * `triangulate ingest PATH... --queue redis://...`: the articles queued for workers (commands/worker.ts)
 * instead of stored here. Without --wait it prints how many were queued; with --wait, the report plain
 * ingest prints once every job has its outcome, and ingest's exit code.
 */
import { RedisConnections } from '../../queue/connections.js';
import { enqueue } from '../../queue/enqueue.js';
import { queueLabel, queueName } from '../../queue/queue-address.js';
import { discoverInputs, skippedNote } from '../../ingest/discover.js';
import { CliError } from '../context.js';
import { json } from '../format.js';
import { ingestExitCode, printReport, type IngestOptions } from './ingest.js';

export async function queueIngestCommand(paths: string[], url: string, options: IngestOptions, maxBytes: number | undefined): Promise<number> {
  const name = queueName(options);
  const label = queueLabel(url, name);
  const found = discoverInputs(paths);
  if (found.files.length === 0) {
    throw new CliError(found.errors.length ? found.errors.map((e) => `${e.input}: ${e.problem}`).join('; ') : `no input files (.txt, .html, .htm, .jsonl) in ${paths.join(', ')}`);
  }
  // Said before the queueing, on stderr: files of other types in the folders are not read.
  const note = skippedNote(found.skipped);
  if (note) process.stderr.write(`${note}\n`);
  const connections = new RedisConnections(url, (message) => process.stderr.write(`triangulate: ${message}\n`));
  let queued = 0;
  let allQueued = false;
  // Ctrl-C while waiting: what is queued stays queued, and the workers store it all the same.
  const interrupted = (signal: NodeJS.Signals): void => {
    process.stderr.write(`triangulate: interrupted (${signal}): ${allQueued ? `the ${queued} queued article(s) stay in the queue and the workers store them; see \`triangulate queue\`` : `${queued} article(s) were queued before it and stay queued; run the same command again to queue the rest (what is stored is skipped)`}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    const { report } = await enqueue(paths, {
      connections,
      name,
      wait: options.wait === true,
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      onProgress: (n) => (queued = n),
      onQueued: (n) => {
        queued = n;
        allQueued = true;
        // Without a worker running the wait is endless: said, so that a silent terminal is not taken for a hang.
        if (options.wait && options.progress !== false && !options.json && n > 0) process.stderr.write(`triangulate: ${n} article(s) queued in ${label}; waiting for the workers to store them (Ctrl-C leaves them queued)\n`);
      },
    });
    if (options.wait) {
      if (options.json) process.stdout.write(`${json(report)}\n`);
      else printReport(report, `${label} (by its workers)`);
      return ingestExitCode(report);
    }
    if (options.json) process.stdout.write(`${json({ queue: label, files: report.files, queued, errors: report.errors })}\n`);
    else {
      const refused = report.errors.length > 0 ? `, ${report.errors.length} refused (listed below)` : '';
      process.stdout.write(`${queued} article(s) queued${refused}, from ${report.files} file(s) into ${label}; \`triangulate queue\` shows their progress\n`);
      if (report.errors.length > 0) process.stderr.write(`${report.errors.map((e) => `error: ${e.input}: ${e.problem}`).join('\n')}\n`);
    }
    if (report.errors.length === 0) return 0;
    return queued === 0 ? 1 : 2;
  } catch (error) {
    throw new CliError((error as Error).message);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await connections.close();
  }
}
