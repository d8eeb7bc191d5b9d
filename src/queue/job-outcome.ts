/**
 * What a worker answers for a job it stored or found stored (a failed job answers with its failure's
 * message instead, BullMQ's failedReason): enough for `ingest --wait` to print the report plain ingest
 * prints, on another machine.
 */
import type { BatchWarning } from '../ingest/batch.js';
import type { ReviewSplit } from '../consolidate/review.js';

export interface JobOutcome {
  status: 'stored' | 'duplicate';
  /** How the report names the input: the file, with a JSON Lines record's line and id. */
  input: string;
  /** The article stored, or the one already stored with the same content. */
  articleId: string;
  warnings: BatchWarning[];
  /** An event split when this article joined it. */
  splits: ReviewSplit[];
}

export function isJobOutcome(value: unknown): value is JobOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as Partial<JobOutcome>;
  return (outcome.status === 'stored' || outcome.status === 'duplicate') && typeof outcome.articleId === 'string' && Array.isArray(outcome.warnings) && Array.isArray(outcome.splits);
}
