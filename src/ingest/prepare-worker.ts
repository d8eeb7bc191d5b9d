/**
 * A preparing thread (see prepare-pool.ts): runs the pipeline's document stages (extract, enrich) on
 * each batch of raw documents it is sent and answers with their articles, or the stage each failed in.
 */
import { workerData } from 'node:worker_threads';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import { createStages, DOCUMENT_STAGES, prepareDocuments, type PipelineOptions, type PreparedDocument } from '../pipeline.js';
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

serveThread<RawDocument[], PreparedDocument[]>((raws) => prepareDocuments(raws.map((raw) => new NewsDocument(raw)), stages, context));
