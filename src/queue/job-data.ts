/**
 * What a queued job carries: one raw document as ingest reads it (the text or HTML after decoding, its
 * file name, a JSON Lines record's metadata) and the notes reading it gave (an encoding guessed), so
 * that a worker on another machine needs no shared disk. A job whose data would exceed the limit is
 * refused before it reaches Redis, which holds every waiting job in memory.
 */
import { readDocuments, DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import { storedFileName } from '../ingest/stored-name.js';
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
        // Stored without the folders above the ingest's own, as a plain ingest stores it (stored-name.ts).
        item.document.source.file = storedFileName(path, paths);
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

/**
 * Whether data taken from Redis is a job this version can run: the whole shape is checked, since jobs
 * come from anyone who can write to the queue (a job without its source failed in the worker unlogged
 * and then broke `triangulate queue`, review64d).
 */
export function isArticleJob(data: unknown): data is ArticleJob {
  if (!isObject(data)) return false;
  const { format, raw, notes, file } = data;
  if (format !== JOB_FORMAT || !isStrings(notes) || (file !== undefined && typeof file !== 'number')) return false;
  if (!isObject(raw) || !isObject(raw.source) || !isObject(raw.hints)) return false;
  const { source } = raw;
  const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;
  if (!optional(source.file, 'string') || !optional(source.line, 'number') || !optional(source.url, 'string') || !optional(source.id, 'string')) return false;
  return (
    typeof raw.content === 'string' &&
    typeof raw.contentHash === 'string' &&
    (raw.kind === 'text' || raw.kind === 'html' || raw.kind === 'body') &&
    (raw.notes === undefined || isStrings(raw.notes))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * How reports name a queued document: as ingest names it (file, and a JSON Lines record's line and id).
 * Defensive: it also names what a malformed job holds, so a listing of the queue never fails on one.
 */
export function inputOf(raw: RawDocument): string {
  const source: Partial<Record<keyof RawDocument['source'], unknown>> = isObject((raw as unknown as Record<string, unknown> | null)?.source) ? raw.source : {};
  const file = typeof source.file === 'string' ? source.file : 'request';
  const id = typeof source.id === 'string' ? ` (id ${source.id})` : '';
  return typeof source.line === 'number' && source.line > 0 ? `${file}:${source.line}${id}` : file;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
