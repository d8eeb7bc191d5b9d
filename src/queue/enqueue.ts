/**
 * `ingest --queue`: the inputs read as ingest reads them, each document queued as one job, and with
 * `wait` each job's outcome awaited and gathered into the report plain ingest prints (in input order,
 * the same counts and errors), so that a script sees no difference but where the work was done.
 */
import { Job, Queue, QueueEvents } from 'bullmq';
import { emptyReport, type BatchProblem, type BatchReport } from '../ingest/batch.js';
import { discoverInputs } from '../ingest/discover.js';
import type { RedisConnections } from './connections.js';
import { ARTICLE_JOB, inputOf, readJobs, type ArticleJob } from './job-data.js';
import { JOB_OPTIONS } from './job-options.js';
import { isJobOutcome, type JobOutcome } from './job-outcome.js';

/** Jobs sent to Redis in one round trip. */
const ADD_CHUNK = 200;
/** How often the outcomes not yet heard of are asked for (an event missed while reconnecting, a stream trimmed). */
const SWEEP_MS = 2000;

export interface EnqueueOptions {
  connections: RedisConnections;
  name: string;
  maxBytes?: number;
  /** Wait for every job's outcome. */
  wait?: boolean;
  /** Told how many jobs were queued, and how many have an outcome, as they change. */
  onProgress?: (queued: number, finished: number) => void;
  /** Called once every job is queued, with their count (a Ctrl-C after it leaves them queued). */
  onQueued?: (queued: number) => void;
}

export interface EnqueueResult {
  /** As ingest's: without `wait`, only `files`, `errors` (inputs refused before queueing) are filled. */
  report: BatchReport;
  queued: number;
}

type Entry = { problem: BatchProblem } | { jobId: string; input: string };

export async function enqueue(paths: readonly string[], options: EnqueueOptions): Promise<EnqueueResult> {
  const { connections, name } = options;
  await connections.check();
  const queue = new Queue<ArticleJob, JobOutcome>(name, { connection: connections.connection() });
  // Listening before the first job is added: no outcome can come before the listener.
  const events = options.wait ? new QueueEvents(name, { connection: connections.connection() }) : null;
  // Unheard, BullMQ prints each of its errors whole; the connections' are said once by RedisConnections.
  queue.on('error', () => undefined);
  events?.on('error', () => undefined);
  const finished = new Map<string, JobOutcome | { failed: string }>();
  let queued = 0;
  const progress = (): void => options.onProgress?.(queued, finished.size);
  try {
    if (events) {
      await events.waitUntilReady();
      events.on('completed', ({ jobId, returnvalue }) => {
        const value: unknown = typeof returnvalue === 'string' ? safeParse(returnvalue) : returnvalue;
        if (isJobOutcome(value)) finished.set(jobId, value);
        progress();
      });
      // A failure with attempts left is heard of too: the sweep settles it once it is final.
    }
    const entries: Entry[] = [];
    let batch: { data: ArticleJob; at: number }[] = [];
    const send = async (): Promise<void> => {
      if (batch.length === 0) return;
      const jobs = await queue.addBulk(batch.map(({ data }) => ({ name: ARTICLE_JOB, data, opts: JOB_OPTIONS })));
      batch.forEach(({ at, data }, k) => (entries[at] = { jobId: jobs[k]!.id!, input: inputOf(data.raw) }));
      queued += jobs.length;
      batch = [];
      progress();
    };
    for await (const item of readJobs(paths, options.maxBytes)) {
      if ('problem' in item) entries.push({ problem: item.problem });
      else {
        batch.push({ data: item.job, at: entries.length });
        entries.push({ problem: { input: '', problem: 'not queued' } });
        if (batch.length >= ADD_CHUNK) await send();
      }
    }
    await send();
    options.onQueued?.(queued);
    const report = emptyReport(discoverInputs(paths).files.length);
    if (!options.wait) {
      for (const entry of entries) if ('problem' in entry) report.errors.push(entry.problem);
      return { report, queued };
    }
    const ids = entries.flatMap((e) => ('jobId' in e ? [e.jobId] : []));
    for (;;) {
      const open = ids.filter((id) => !finished.has(id));
      if (open.length === 0) break;
      await sweep(queue, open, finished);
      progress();
      if (open.some((id) => !finished.has(id))) await new Promise((resolve) => setTimeout(resolve, SWEEP_MS));
    }
    for (const entry of entries) {
      if ('problem' in entry) {
        report.errors.push(entry.problem);
        continue;
      }
      const outcome = finished.get(entry.jobId)!;
      if ('failed' in outcome) {
        report.errors.push({ input: entry.input, problem: outcome.failed });
        continue;
      }
      report.documents++;
      report.articleIds.push(outcome.articleId);
      if (outcome.status === 'duplicate') {
        report.duplicates++;
        report.duplicateIds.push(outcome.articleId);
      } else report.stored++;
      report.warnings.push(...outcome.warnings);
      report.splits.push(...outcome.splits);
    }
    return { report, queued };
  } finally {
    await events?.close();
    await queue.close();
  }
}

/** The jobs among `ids` that have finished for good, asked of Redis a hundred at a time. */
async function sweep(queue: Queue<ArticleJob, JobOutcome>, ids: readonly string[], finished: Map<string, JobOutcome | { failed: string }>): Promise<void> {
  for (let i = 0; i < ids.length; i += 100) {
    await Promise.all(
      ids.slice(i, i + 100).map(async (id) => {
        // The state first, then the job: read the other way round, a job finishing in between showed
        // 'completed' with the return value of its snapshot taken while active (none).
        const state = await queue.getJobState(id);
        if (state === 'unknown') {
          finished.set(id, { failed: 'its outcome is no longer in the queue (removed, or kept no longer: see docs/scale-out.md)' });
          return;
        }
        if (state !== 'completed' && state !== 'failed') return;
        const job = await Job.fromId<ArticleJob, JobOutcome>(queue, id);
        if (!job) finished.set(id, { failed: 'its outcome is no longer in the queue (removed, or kept no longer: see docs/scale-out.md)' });
        else if (state === 'failed') finished.set(id, { failed: job.failedReason || 'failed' });
        else finished.set(id, isJobOutcome(job.returnvalue) ? job.returnvalue : { failed: 'the worker answered with an outcome this version cannot read' });
      }),
    );
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
