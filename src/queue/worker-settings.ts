/**
 * How a queue worker holds its jobs. BullMQ keeps a job's lock in Redis for lockDuration and renews
 * it from the worker's event loop; a job whose lock runs out is taken as stalled and handed to another
 * worker (review64d: a 3 MB article prepared on the main thread blocked the renewal, was prepared twice
 * and ended "failed" though stored). So jobs prepare on a thread by default, leaving the main thread
 * free to renew, and the lock outlasts the store section of a big article, which runs on the main thread.
 */

/** A job's lock in Redis: a stopped worker's job goes back to the queue after this long. */
export const WORKER_LOCK_MS = 120_000;

/**
 * Preparing threads when --threads is not given: one at --concurrency 1 (the main thread stays free to
 * renew the job's lock), else one per job in hand up to the cores there are to spare.
 */
export function defaultWorkerThreads(concurrency: number, spareThreads: number): number {
  return concurrency > 1 ? Math.min(concurrency, Math.max(1, spareThreads)) : 1;
}
