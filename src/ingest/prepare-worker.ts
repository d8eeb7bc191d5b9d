/**
 * A preparing thread (see prepare-pool.ts): runs the pipeline's document stages (extract, enrich) on
 * each raw document it is sent and answers with the article, or the stage that failed.
 */
import { workerData } from 'node:worker_threads';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import { createStages, DOCUMENT_STAGES, runStages, type PipelineOptions, type PreparedDocument } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { Store } from '../store/store.js';
import { serveThread } from '../util/thread-pool.js';

const options = (workerData ?? {}) as PipelineOptions;
const stages = createStages(options).filter((s) => DOCUMENT_STAGES.has(s.name));

// The document stages never read the store; one that starts to would fail loudly here, not quietly.
const noStore = new Proxy({} as Store, {
  get: (_target, name) => {
    throw new Error(`the store (${String(name)}) is not available to the document stages`);
  },
});
const context: PipelineContext = { store: noStore, now: () => new Date().toISOString() };

serveThread<RawDocument, PreparedDocument>(async (raw) => {
  const doc = new NewsDocument(raw);
  const outcome = await runStages(doc, stages, context);
  return outcome.error ? { error: outcome.error, article: doc.article } : { article: doc.article };
});
