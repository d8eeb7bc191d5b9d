/**
 * The ingest stage, per document: content the store already holds is recognised here (by hash) and
 * goes no further, so the same article ingested twice is stored once. Reading and decoding files
 * happens before, in read-input.ts, which makes the documents.
 */
import type { NewsDocument } from '../model/document.js';
import type { PipelineContext } from '../pipeline-context.js';

export function createIngest() {
  return async function ingest(doc: NewsDocument, context: PipelineContext): Promise<void> {
    const existing = await context.store.findByContentHash(doc.raw.contentHash);
    if (existing) doc.duplicateOf = existing;
  };
}
