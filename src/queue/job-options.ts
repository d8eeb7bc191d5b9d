/**
 * How queued jobs are kept and retried. A failure of a store-reading stage may pass (another writer's
 * commit changed what the article was clustered against, a lock wait timed out): retried with growing
 * waits. A document that cannot be read fails at once (UnrecoverableError), being the same next time.
 * Completed jobs are kept a day (at most COMPLETED_KEPT of them) so that `ingest --wait` finds their
 * outcomes; failed ones are kept until `triangulate queue --retry-failed` or `--clear-failed`.
 */
import type { JobsOptions } from 'bullmq';

export const ATTEMPTS = 3;
export const BACKOFF_MS = 2000;
export const COMPLETED_KEPT = 10_000;

export const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_MS },
  removeOnComplete: { age: 24 * 3600, count: COMPLETED_KEPT },
  removeOnFail: false,
};

/** How long a job waits before it is tried again when the store could not be written (its server gone). */
export const STORE_GONE_DELAY_MS = 30_000;
