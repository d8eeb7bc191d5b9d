/**
 * `triangulate worker --queue redis://... --db STORE`: stores the articles `ingest --queue` queued,
 * until stopped (Ctrl-C, SIGTERM: the jobs in hand finish, the rest stay queued) or, with
 * --until-empty, until the queue has nothing left. Several may run against one PostgreSQL store; a
 * SQLite store takes one (queue/sqlite-worker-lock.ts).
 */
import { defaultPrepareThreads, PreparePool } from '../../ingest/prepare-pool.js';
import { RedisConnections } from '../../queue/connections.js';
import { queueAddress, queueLabel, queueName, type QueueOptions } from '../../queue/queue-address.js';
import { lockSqliteForWorker, type WorkerLock } from '../../queue/sqlite-worker-lock.js';
import { startQueueWorker } from '../../queue/worker.js';
import { defaultWorkerThreads } from '../../queue/worker-settings.js';
import { CliError, databaseLabel, databasePath, isPostgresDatabase, openStoreReady, type CommonOptions } from '../context.js';

export interface WorkerOptions extends CommonOptions, QueueOptions {
  concurrency?: string;
  threads?: string;
  quiet?: boolean;
  untilEmpty?: boolean;
}

export async function workerCommand(options: WorkerOptions): Promise<number> {
  const url = queueAddress(options);
  if (!url) throw new CliError('no queue: give --queue redis://host:port[/db] (or set $TRIANGULATE_QUEUE)');
  const name = queueName(options);
  const concurrency = wholeNumber('--concurrency', options.concurrency ?? '1', 1, 64);
  // Jobs prepare on threads: the main thread stays free to renew their locks in Redis (worker-settings.ts).
  const threads = options.threads === undefined ? defaultWorkerThreads(concurrency, defaultPrepareThreads()) : wholeNumber('--threads', options.threads, 0, 64);
  const log = (line: string): void => {
    if (line.startsWith('error:')) process.stderr.write(`${line}\n`);
    else if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const connections = new RedisConnections(url, (message) => process.stderr.write(`triangulate: ${message}\n`));
  let lock: WorkerLock | null = null;
  try {
    await connections.check();
    lock = isPostgresDatabase(options) ? null : lockSqliteForWorker(databasePath(options));
  } catch (error) {
    await connections.close();
    throw new CliError((error as Error).message);
  }
  const store = await openStoreReady(options, false).catch(async (error: unknown) => {
    lock?.release();
    await connections.close();
    throw error;
  });
  const pool = threads > 0 ? new PreparePool(threads) : null;
  let signals = 0;
  let firstAt = 0;
  let stop: (() => void) | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    // Ctrl-C reaches this process twice at once (directly, and passed on by bin/triangulate.js): a second
    // signal stops at once only when it comes later, as a user's second Ctrl-C.
    if (signals > 0 && Date.now() - firstAt < SIGNAL_TWICE_MS) return;
    signals++;
    if (signals === 1) {
      firstAt = Date.now();
      process.stderr.write(`triangulate: ${signal}: finishing the job(s) in hand; the rest stay in the queue (again to stop at once: those in hand go back to the queue when their lock runs out, about 2 min)\n`);
      stop?.();
      return;
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const running = await startQueueWorker({ connections, name, store, concurrency, pool, log, untilEmpty: options.untilEmpty === true });
    stop = () => void running.stop();
    if (signals > 0) stop();
    process.stderr.write(`triangulate: worker taking articles from ${queueLabel(url, name)} into ${databaseLabel(options)} (${concurrency} at a time${pool ? `, ${pool.size} preparing thread(s)` : ''})\n`);
    const end = await running.done;
    process.stderr.write(`triangulate: worker stopped: ${end.stored} article(s) stored, ${end.duplicates} already stored, ${end.failed} failed\n`);
    if (end.stopped) {
      process.stderr.write(`triangulate: ${end.stopped}: the job in hand went back to the queue (tried again in 30 s); start the worker again once the store can be written\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    throw new CliError((error as Error).message);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
    await store.close().catch(() => undefined);
    lock?.release();
    await connections.close();
  }
}

/** Signals closer together than this are one (see onSignal). */
const SIGNAL_TWICE_MS = 1000;

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got '${value}'`);
  return n;
}
