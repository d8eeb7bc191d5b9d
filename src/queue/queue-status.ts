/**
 * `triangulate queue`: how many jobs wait, run, are done and failed, the failed ones with their
 * messages, and the two things to do with failures: try them again (after fixing what failed) or clear them.
 */
import { Queue } from 'bullmq';
import type { RedisConnections } from './connections.js';
import { inputOf, isArticleJob } from './job-data.js';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  id: string;
  /** The input as reports name it (file, line, record id). */
  input: string;
  message: string;
  attempts: number;
  /** When it failed for good (ISO 8601), or null. */
  failedAt: string | null;
}

export interface QueueStatus {
  queue: string;
  counts: QueueCounts;
  /** The failed jobs, oldest first, at most `limit`. */
  failed: FailedJob[];
}

export async function queueStatus(connections: RedisConnections, name: string, label: string, limit = 50): Promise<QueueStatus> {
  return withQueue(connections, name, async (queue) => {
    const raw = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const counts: QueueCounts = { waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0), active: raw.active ?? 0, delayed: raw.delayed ?? 0, completed: raw.completed ?? 0, failed: raw.failed ?? 0 };
    const jobs = limit > 0 ? await queue.getFailed(0, limit - 1) : [];
    const failed = jobs.map((job) => ({
      id: String(job.id),
      input: isArticleJob(job.data) ? inputOf(job.data.raw) : '(not an article job)',
      message: job.failedReason || 'failed',
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
    return { queue: label, counts, failed };
  });
}

/** The failed jobs back to waiting, each with its attempts counted afresh; how many there were. */
export async function retryFailed(connections: RedisConnections, name: string): Promise<number> {
  return withQueue(connections, name, async (queue) => {
    const count = await queue.getFailedCount();
    if (count > 0) await queue.retryJobs({ state: 'failed', count: 1000 });
    return count;
  });
}

/** The failed jobs removed from the queue (their articles are not stored); how many there were. */
export async function clearFailed(connections: RedisConnections, name: string): Promise<number> {
  return withQueue(connections, name, async (queue) => {
    let removed = 0;
    for (;;) {
      const ids = await queue.clean(0, 1000, 'failed');
      removed += ids.length;
      if (ids.length === 0) return removed;
    }
  });
}

async function withQueue<T>(connections: RedisConnections, name: string, fn: (queue: Queue) => Promise<T>): Promise<T> {
  await connections.check();
  const queue = new Queue(name, { connection: connections.connection() });
  queue.on('error', () => undefined);
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}
