/**
 * What a queued job carries: one raw document as ingest reads it (the text or HTML after decoding, its
 * file name, a JSON Lines record's metadata) and the notes reading it gave (an encoding guessed), so
 * that a worker on another machine needs no shared disk. A job whose data would exceed the limit is
 * refused before it reaches Redis, which holds every waiting job in memory.
 */
import { readDocuments, DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import { discoverInputs } from '../ingest/discover.js';
import { InputError } from '../ingest/errors.js';
import type { BatchProblem } from '../ingest/batch.js';
import type { RawDocument } from '../model/types.js';

/** The job's name in BullMQ: one kind of job per queue for now. */
export const ARTICLE_JOB = 'article';

/** Job data version: a worker refuses a job whose shape it does not know (a newer producer) instead of misreading it. */
export const JOB_FORMAT = 1;

export interface ArticleJob {
  format: typeof JOB_FORMAT;
  raw: RawDocument;
  notes: string[];
  /** Index of the input file it was read from in the enqueuing command (its --wait report names files by it). */
  file: number;
}

/** The job's data in bytes, as Redis will hold it. */
export function jobBytes(job: ArticleJob): number {
  return Buffer.byteLength(JSON.stringify(job), 'utf8');
}

export type JobItem = { job: ArticleJob } | { problem: BatchProblem; file: number };

/**
 * The inputs' documents as jobs, in input order, with the same handling as ingest (folders, JSON Lines,
 * decoding, files named in each error); `maxBytes` bounds a file (a JSON Lines record) as --max-mb does,
 * and a job's data too.
 */
export async function* readJobs(paths: readonly string[], maxBytes = DEFAULT_MAX_BYTES, now = Date.now()): AsyncGenerator<JobItem> {
  const { files, errors } = discoverInputs(paths);
  for (const e of errors) yield { problem: { input: e.input, problem: e.problem }, file: -1 };
  for (const [file, path] of files.entries()) {
    try {
      for await (const item of readDocuments(path, { maxBytes, now })) {
        if ('error' in item) {
          yield { problem: { input: item.error.input, problem: item.error.problem }, file };
          continue;
        }
        const job: ArticleJob = { format: JOB_FORMAT, raw: item.document, notes: item.notes, file };
        const bytes = jobBytes(job);
        if (bytes > maxBytes) yield { problem: { input: inputOf(item.document), problem: `too large for the queue (${mb(bytes)} MB of job data; the limit is ${mb(maxBytes)} MB, see --max-mb)` }, file };
        else yield { job };
      }
    } catch (error) {
      if (error instanceof InputError) yield { problem: { input: error.input, problem: error.problem }, file };
      else yield { problem: { input: path, problem: error instanceof Error ? error.message : String(error) }, file };
    }
  }
}

/** Whether data taken from Redis is a job this version can run. */
export function isArticleJob(data: unknown): data is ArticleJob {
  if (typeof data !== 'object' || data === null) return false;
  const job = data as Partial<ArticleJob>;
  return job.format === JOB_FORMAT && typeof job.raw === 'object' && job.raw !== null && typeof job.raw.content === 'string' && Array.isArray(job.notes);
}

/** How reports name a queued document: as ingest names it (file, and a JSON Lines record's line and id). */
export function inputOf(raw: RawDocument): string {
  const file = raw.source.file ?? 'request';
  return raw.source.line ? `${file}:${raw.source.line}${raw.source.id ? ` (id ${raw.source.id})` : ''}` : file;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
