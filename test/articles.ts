/** Builds enriched articles from short texts, through the real extract and enrich stages. */
import { NewsDocument } from '../src/model/document.js';
import type { Article } from '../src/model/types.js';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { rawDocument } from '../src/ingest/read-input.js';

export function enrichedArticle(body: string, hints: { title?: string; outlet?: string; publishedAt?: string; url?: string }): Article {
  const doc = new NewsDocument(rawDocument(body, 'body', { file: `${hints.outlet ?? 'x'}.jsonl` }, hints));
  // A sentence or two, written to test what later stages make of it: the length an input needs to be
  // stored as an article is tested with extract (src/extract/article-length.test.ts), not here.
  createExtract({ minWords: 0 })(doc);
  createEnrich()(doc);
  return doc.article;
}
