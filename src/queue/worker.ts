/**
 * A queue worker: takes article jobs from Redis and runs each through the real pipeline into a store
 * (prepare, then the stages that read and write the store, inside Store.exclusive as ingest runs them),
 * answering each job with its outcome. Several workers, on one machine or many, may share one queue and
 * one PostgreSQL store: the store's lock keeps their commits in turn, as it does for several ingests.
 *
 * Failures: a document that cannot be read fails its own job, with the message; a failure that may pass
 * is retried (job-options.ts); a store that cannot be written (its server gone, its disk full) fails no
 * job: the job goes back to the queue for later and the worker stops with that one reason, rather than
 * taking every remaining job only to fail each the same way.
 */
import { DelayedError, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { relinkStoredEvents } from '../consolidate/earlier-links.js';
import { REBUILD_SAMPLE } from '../consolidate/index.js';
import { batchReviewer, emptyReport, ingestDocument, type BatchReport } from '../ingest/batch.js';
import type { PreparePool } from '../ingest/prepare-pool.js';
import type { NewsDocument } from '../model/document.js';
import { createStages, DOCUMENT_STAGES, type PreparedDocument } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { Store } from '../store/store.js';
import { storeCannotWrite } from '../store/write-failure.js';
import { isConnectionError, type RedisConnections } from './connections.js';
import { inputOf, isArticleJob, type ArticleJob } from './job-data.js';
import { STORE_GONE_DELAY_MS } from './job-options.js';
import type { JobOutcome } from './job-outcome.js';
import { OneAtATime } from './one-at-a-time.js';
import { WORKER_LOCK_MS } from './worker-settings.js';

export interface QueueWorkerOptions {
  connections: RedisConnections;
  name: string;
  store: Store;
  /** Jobs in hand at once (their preparation overlaps; their store stages still take turns). */
  concurrency: number;
  /** Threads that prepare (extract, enrich) jobs in hand; null: this thread does. */
  pool: PreparePool | null;
  /** Told each job's outcome, and what the worker has to say (a split, a review's failure). */
  log: (line: string) => void;
  /** Stop once the queue holds no job waiting, delayed or in hand (a batch run; the benchmark). */
  untilEmpty?: boolean;
}

export interface WorkerEnd {
  /** Jobs this worker stored, found stored, and failed. */
  stored: number;
  duplicates: number;
  failed: number;
  /** Why the worker stopped on its own: the store cannot be written (the job in hand went back to the queue). */
  stopped?: string;
}

export interface RunningWorker {
  /** Settles when the worker has stopped, by stop(), by the queue becoming empty (`untilEmpty`), or on a store failure. */
  readonly done: Promise<WorkerEnd>;
  /** Finishes the jobs in hand, takes no more; the queue keeps the rest. */
  stop(): Promise<WorkerEnd>;
}

export async function startQueueWorker(options: QueueWorkerOptions): Promise<RunningWorker> {
  const { store, log } = options;
  const context: PipelineContext = { store, now: () => new Date().toISOString() };
  const stages = createStages();
  const turns = new OneAtATime();
  const end: WorkerEnd = { stored: 0, duplicates: 0, failed: 0 };
  // Collects what reviews find (splits, failures) between log lines.
  const reviews: BatchReport = emptyReport(0);
  const reviewer = batchReviewer(context, reviews, {});
  const tellReviews = (): void => {
    for (const split of reviews.splits.splice(0)) log(`split: event ${split.eventId} held two stories; ${split.moved} article(s) moved to new event ${split.newEventId}`);
    for (const e of reviews.errors.splice(0)) log(`error: ${e.input}: ${e.problem}`);
  };
  // A store just upgraded links the mentions its stored events answer before it takes new articles (as ingest does).
  try {
    await store.exclusive(() => relinkStoredEvents(context, REBUILD_SAMPLE));
  } catch (error) {
    const stop = storeCannotWrite(error);
    throw new Error(`${stop ?? 'linking earlier events after an upgrade failed'} (${(error as Error).message}); no job was taken`);
  }

  let stopping: Promise<WorkerEnd> | null = null;
  let settle: (value: WorkerEnd) => void = () => undefined;
  const done = new Promise<WorkerEnd>((resolve) => (settle = resolve));

  // Failures the handler has logged and counted already; any other error it throws is logged and counted here.
  const told = new WeakSet<object>();
  // The jobs being handled: a stop keeps the store open until they settle.
  const inHand = new Set<Promise<unknown>>();
  const handle = async (job: Job, token?: string): Promise<JobOutcome> => {
    const running = handleJob(job, token);
    inHand.add(running);
    try {
      return await running;
    } catch (error) {
      if (error instanceof DelayedError || (typeof error === 'object' && error !== null && told.has(error))) throw error;
      const final = error instanceof UnrecoverableError;
      const last = final || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) end.failed++;
      const message = error instanceof Error ? error.message : String(error);
      log(`failed: job ${job.id}${last ? '' : ` (attempt ${job.attemptsMade + 1}: to be retried)`}: ${message}`);
      throw error;
    } finally {
      inHand.delete(running);
    }
  };

  const handleJob = async (job: Job, token?: string): Promise<JobOutcome> => {
    if (!isArticleJob(job.data)) throw new UnrecoverableError('not an article job this version of Triangulate can read (malformed, or made by a newer one)');
    // After a store failure, jobs still being handed out go back untouched.
    if (end.stopped) return putBack(job, token);
    const data: ArticleJob = job.data;
    const input = inputOf(data.raw);
    const prepared = await prepare(data);
    const report = emptyReport(1);
    const doc = await turns.run(async () => {
      const ran = await ingestDocument(data.raw, data.notes, stages, context, report, {}, prepared);
      if (report.stored > 0) await reviewer.stored(ran);
      return ran;
    });
    tellReviews();
    if (report.stopped) {
      if (!end.stopped) {
        end.stopped = report.stopped;
        // The batch's wording of a stop (inputs not read) is not a worker's: the stage and the driver's message.
        const error = doc.messages.find((m) => m.severity === 'error');
        log(`error: ${input}: ${error ? `${error.stage} failed: ${error.message}` : report.stopped}`);
        void stop();
      }
      return putBack(job, token);
    }
    if (report.stored + report.duplicates > 0) {
      const duplicate = report.duplicates > 0;
      if (duplicate) end.duplicates++;
      else end.stored++;
      const articleId = report.articleIds[0]!;
      log(`${duplicate ? 'already stored' : 'stored'}: ${input} as ${articleId} (job ${job.id})`);
      return { status: duplicate ? 'duplicate' : 'stored', input, articleId, warnings: report.warnings, splits: splitsOf(doc) };
    }
    const problem = report.errors[0]?.problem ?? 'failed for no reason given';
    const stage = doc.messages.find((m) => m.severity === 'error')?.stage;
    const final = stage !== undefined && DOCUMENT_STAGES.has(stage);
    const last = final || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (last) end.failed++;
    log(`failed: ${input} (job ${job.id}${last ? '' : `, attempt ${job.attemptsMade + 1}: to be retried`}): ${problem}`);
    const error = final ? new UnrecoverableError(problem) : new Error(problem);
    told.add(error);
    throw error;
  };

  /** A job back to the queue, not counted as an attempt: tried again later, by this worker's successor or another. */
  const putBack = async (job: Job, token?: string): Promise<never> => {
    await job.moveToDelayed(Date.now() + STORE_GONE_DELAY_MS, token);
    throw new DelayedError();
  };

  /** The document stages on a preparing thread when there are some (jobs in hand then prepare at once); none for content stored already. */
  const prepare = async (data: ArticleJob): Promise<PreparedDocument | undefined> => {
    if (!options.pool) return undefined;
    try {
      if ((await store.findByContentHash(data.raw.contentHash)) !== null) return undefined;
    } catch {
      // The ingest stage meets the same failure and reports it.
      return undefined;
    }
    const prepared = options.pool.prepare(data.raw);
    options.pool.need(prepared);
    return prepared;
  };

  const worker = new Worker(options.name, handle, { connection: options.connections.connection(), concurrency: options.concurrency, autorun: false, lockDuration: WORKER_LOCK_MS });
  // A lost connection is said once by RedisConnections (and BullMQ reconnects): not again at every retry.
  let lastError = '';
  worker.on('error', (error) => {
    if (isConnectionError(error) || error.message === lastError) return;
    lastError = error.message;
    log(`error: the queue: ${error.message}`);
  });
  // The queue ran dry: the events touched since the last review are reviewed now, not only every REVIEW_EVERY.
  worker.on('drained', () => {
    void turns
      .run(() => reviewer.finish())
      .then(tellReviews, (error: Error) => log(`error: review: ${error.message}`));
  });
  // For `untilEmpty`: the queue is looked at every second (another worker's last job ends no 'drained' here).
  const counts = new Queue(options.name, { connection: options.connections.connection() });
  // Unheard, BullMQ prints each of its errors whole; its connection's are said by RedisConnections.
  counts.on('error', () => undefined);
  const watch = options.untilEmpty
    ? setInterval(() => {
        void empty(counts).then((yes) => {
          if (yes) void stop();
        }, () => undefined);
      }, 1000)
    : null;

  const stop = (): Promise<WorkerEnd> => {
    stopping ??= (async () => {
      if (watch) clearInterval(watch);
      // The jobs in hand finish and answer; an answer cannot reach a Redis that went away, and waiting
      // for it would hang the stop: after CLOSE_WAIT_MS the worker lets go, and those jobs go back to
      // the queue when their lock runs out.
      // A slow job (a big article) is told from a Redis gone by asking Redis: while it answers, the stop
      // waits on (review64d: a 50 s job was cut off after 10 s, its store closed under it).
      const closing = worker.close();
      let closed = await within(closing, CLOSE_WAIT_MS);
      let waiting = false;
      while (!closed && (await options.connections.check(5000).then(() => true, () => false))) {
        if (!waiting) log(`stopping: the job(s) in hand are still running; waiting for them to finish`);
        waiting = true;
        closed = await within(closing, CLOSE_WAIT_MS);
      }
      if (!closed) {
        log(`error: the queue did not answer within ${CLOSE_WAIT_MS / 1000} s: the job(s) in hand go back to it when their lock runs out (about ${WORKER_LOCK_MS / 60_000} min)`);
        void worker.close(true).catch(() => undefined);
      }
      // The store is closed by the caller once this settles: the jobs in hand first finish their store work
      // (their answers may not reach a Redis gone; a job whose lock ran out is back in the queue anyway).
      await within(Promise.allSettled([...inHand]), WORKER_LOCK_MS);
      await within(counts.close(), 1000);
      try {
        if (!end.stopped) await turns.run(() => reviewer.finish());
        tellReviews();
      } catch (error) {
        log(`error: review: ${(error as Error).message}`);
      }
      settle(end);
      return end;
    })();
    return stopping;
  };
  void worker.run().catch((error: Error) => {
    log(`error: the queue: ${error.message}`);
    void stop();
  });
  await worker.waitUntilReady();
  return { done, stop };
}

/** How long a stop waits for the queue to take the answers of the jobs in hand. */
const CLOSE_WAIT_MS = 10_000;

/** Whether `promise` settled within `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether nothing is waiting, delayed or in hand anywhere in the queue. */
async function empty(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  return Object.values(counts).every((n) => n === 0);
}

function splitsOf(doc: NewsDocument): JobOutcome['splits'] {
  const eventId = doc.event?.id ?? doc.deferredBuild?.eventId;
  return eventId && doc.splitOff ? [{ eventId, newEventId: doc.splitOff.event.id, moved: doc.splitOff.event.articles.length }] : [];
}
