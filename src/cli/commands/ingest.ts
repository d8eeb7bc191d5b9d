/** `triangulate ingest PATH...`: files and folders into the store, with a report of what went wrong. */
import { existsSync, rmSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { ingestPaths, type BatchReport } from '../../ingest/batch.js';
import { createStages } from '../../pipeline.js';
import type { Store } from '../../store/store.js';
import { discoverInputs, skippedNote } from '../../ingest/discover.js';
import { defaultPrepareThreads, preparePoolFor } from '../../ingest/prepare-pool.js';
import { CliError, type CommonOptions, databaseLabel, databasePath, isPostgresDatabase, missingFolders, removeEmptyFolders, withStore } from '../context.js';
import { json } from '../format.js';
import { queueAddress, type QueueOptions } from '../../queue/queue-address.js';
import { queueIngestCommand } from './ingest-queue.js';

export interface IngestOptions extends CommonOptions, QueueOptions {
  maxMb?: string;
  progress?: boolean;
  threads?: string;
  wait?: boolean;
}

export async function ingestCommand(paths: string[], options: IngestOptions): Promise<number> {
  const maxBytes = options.maxMb === undefined ? undefined : parseMaxMb(options.maxMb);
  // With a queue, the articles go to Redis for workers to store (commands/ingest-queue.ts).
  const queue = queueAddress(options);
  if (queue) return queueIngestCommand(paths, queue, options, maxBytes);
  if (options.wait) throw new CliError('--wait is for --queue (or $TRIANGULATE_QUEUE): a plain ingest always waits');
  const threads = options.threads === undefined ? defaultPrepareThreads() : parseThreads(options.threads);
  // Nothing to read: say so without creating a database.
  const found = discoverInputs(paths);
  if (found.files.length === 0) {
    throw new CliError(found.errors.length ? found.errors.map((e) => `${e.input}: ${e.problem}`).join('; ') : `no input files (.txt, .html, .htm, .jsonl) in ${paths.join(', ')}`);
  }
  const path = databasePath(options);
  // A PostgreSQL database is the server's: there is no file or folder to make or remove.
  const local = !isPostgresDatabase(options);
  const existed = !local || existsSync(path);
  const madeFolders = local ? missingFolders(path) : [];
  let empty = false;
  const report = await withStore(
    options,
    async (store) => {
      const ran = await runIngest(paths, store, { maxBytes, threads, progress: options.progress !== false && !options.json });
      // Read from the store, not this run's report: another process may have stored into it meanwhile.
      empty = !existed && ran.stored === 0 && (await store.counts()).articles === 0;
      return ran;
    },
    false,
  );
  // A database this run created and put nothing in is not left behind ("ingest empty.txt --db new.db"),
  // unless another process has it open: SQLite removes the log when the last connection closes, so a
  // log still there after this run closed is another's, whose articles would be lost with the file.
  const removed = empty && !existsSync(`${path}-wal`);
  if (removed) {
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    removeEmptyFolders(madeFolders);
  }
  if (options.json) process.stdout.write(`${json(report)}\n`);
  else printReport(report, databaseLabel(options), removed);
  // On stderr, so that --json output stays one document.
  const note = skippedNote(found.skipped);
  if (note) process.stderr.write(`${note}\n`);
  // Partial success is still a failure for scripts: exit 2 when some input was rejected, 1 when all were
  // (a page read but with no article in it is rejected too).
  return ingestExitCode(report);
}

/** `threads`: preparing threads (prepare-pool.ts), used when the input is large enough; none when not given. */
export async function runIngest(paths: string[], store: Store, options: { maxBytes?: number | undefined; progress?: boolean; threads?: number } = {}): Promise<BatchReport> {
  const showBar = options.progress === true && process.stderr.isTTY === true;
  // Files done, and articles: one JSON Lines file of thousands of records is one file for minutes.
  const bar = showBar
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files  {articles} articles  {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  const files = discoverInputs(paths).files;
  let started = false;
  let articles = 0;
  let file = '';
  const start = (): void => {
    if (!bar || started) return;
    bar.start(files.length, 0, { file: '', articles: 0 });
    started = true;
  };
  const pool = preparePoolFor(files, options.threads ?? 0);
  // Ctrl-C (or a kill) ends the run at once, never inside a commit (SQLite's are synchronous): the user
  // is told what stays and how to go on, rather than left with a bare prompt.
  let stored = 0;
  // A second signal is ignored, not left to kill the process while the last articles are written: Ctrl-C
  // reaches this process and the one that started it (bin/triangulate.js), which passes its own on.
  let interrupting = false;
  const interrupted = (signal: NodeJS.Signals): void => {
    if (interrupting) return;
    interrupting = true;
    if (started) bar?.stop();
    // The batch's last articles may wait to be written with the next ones (ingest/batch.ts): written now.
    try {
      // The last articles are taken back when their event's put-off build was not yet written: not stored.
      stored -= store.groupCommits(0);
    } catch {
      // What cannot be written now was not stored; the next run stores it.
    }
    process.stderr.write(`triangulate: interrupted (${signal}): the ${stored} article(s) this run stored stay; run the same command again to store the rest (what is stored is skipped)\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    return await ingestPaths(paths, createStages(), { store, now: () => new Date().toISOString() }, {
      pool,
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      onDocument: (doc) => {
        start();
        articles++;
        if (!doc.duplicateOf && !doc.messages.some((m) => m.severity === 'error')) stored++;
        file = doc.raw.source.file ?? file;
        bar?.update({ articles, file: file.length > 40 ? `…${file.slice(-39)}` : file });
      },
      onProgress: (done) => {
        start();
        bar?.update(done, { articles });
      },
    });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (started) bar?.stop();
    await pool?.close();
  }
}

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`--threads must be a whole number from 0 to 64, got '${value}'`);
  return n;
}

function parseMaxMb(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`--max-mb must be a positive number, got '${value}'`);
  return Math.round(mb * 1024 * 1024);
}

/** Exit code of an ingest: 0 all went in, 2 some inputs were refused, 1 all were. */
export function ingestExitCode(report: BatchReport): number {
  if (report.errors.length === 0) return 0;
  return report.stored + report.duplicates === 0 ? 1 : 2;
}

/** `removed`: the database was made by this run, which stored nothing, and removed again (no file is left to name as the target). */
export function printReport(report: BatchReport, db: string, removed = false): void {
  const lines = [reportHeadline(report, db, removed)];
  for (const w of report.warnings) lines.push(`warning: ${w.input}: [${w.message.stage}/${w.message.rule}] ${w.message.message}`);
  for (const e of report.errors) lines.push(`error: ${e.input}: ${e.problem}`);
  process.stdout.write(`${lines[0]}\n`);
  for (const split of report.splits) process.stdout.write(`split: event ${split.eventId} held two stories; ${split.moved} article(s) moved to new event ${split.newEventId}\n`);
  if (lines.length > 1) process.stderr.write(`${lines.slice(1).join('\n')}\n`);
}

/** The report's first line: what went in, and where; for a database removed again, that none was made. */
export function reportHeadline(report: Pick<BatchReport, 'stored' | 'duplicates' | 'errors' | 'files'>, db: string, removed = false): string {
  // The refused are counted on the line a reader sees first: the list of them goes to stderr, and may scroll by.
  const refused = report.errors.length > 0 ? `, ${report.errors.length} refused (listed below)` : '';
  const where = removed ? `; nothing stored, so no database was created at ${db}` : ` into ${db}`;
  return `${report.stored} article(s) stored, ${report.duplicates} already stored${refused}, from ${report.files} file(s)${where}`;
}
