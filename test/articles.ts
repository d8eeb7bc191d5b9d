/** Builds enriched articles from short texts, through the real extract and enrich stages. */
import { NewsDocument } from '../src/model/document.js';
import type { Article } from '../src/model/types.js';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { rawDocument } from '../src/ingest/read-input.js';

export function enrichedArticle(body: string, hints: { title?: string; outlet?: string; publishedAt?: string; url?: string }): Article {
  const doc = new NewsDocument(rawDocument(body, 'body', { file: `${hints.outlet ?? 'x'}.jsonl` }, hints));
  createExtract()(doc);
  createEnrich()(doc);
  return doc.article;
}
