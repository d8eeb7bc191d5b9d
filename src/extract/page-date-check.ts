/**
 * A page's own publication date held to the rule a record's "publishedAt" is held to
 * (implausiblePublication in ingest/jsonl.ts): a date later than the ingest's clock, or before any
 * newspaper, is a wrong one. Why: a JSONL record dated next year was refused while the same date in an
 * HTML page's `article:published_time` or JSON-LD was stored, and every "on Friday" of the story was
 * then resolved against a day that had not come.
 */
import { implausiblePublication } from '../ingest/jsonl.js';

/** The date kept (null when refused) and, when refused, why, for the article's messages. */
export interface PageDateCheck {
  publishedAt: string | null;
  refused: string | null;
}

export function checkPageDate(publishedAt: string | null, now: number): PageDateCheck {
  if (!publishedAt) return { publishedAt, refused: null };
  const wrong = implausiblePublication(publishedAt, now);
  if (!wrong) return { publishedAt, refused: null };
  return { publishedAt: null, refused: `the page's publication date ${publishedAt} ${wrong}; left out` };
}
