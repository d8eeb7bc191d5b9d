/**
 * A preparing thread (see prepare-pool.ts): runs the pipeline's document stages (extract, enrich) on
 * the raw documents it is sent and posts back each article, or the stage that failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import { createStages, DOCUMENT_STAGES, runStages, type PipelineOptions, type PreparedDocument } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { Store } from '../store/store.js';

export interface PrepareRequest {
  id: number;
  raw: RawDocument;
}

export interface PrepareReply {
  id: number;
  prepared: PreparedDocument;
}

const options = (workerData ?? {}) as PipelineOptions;
const stages = createStages(options).filter((s) => DOCUMENT_STAGES.has(s.name));

// The document stages never read the store; one that starts to would fail loudly here, not quietly.
const noStore = new Proxy({} as Store, {
  get: (_target, name) => {
    throw new Error(`the store (${String(name)}) is not available to the document stages`);
  },
});
const context: PipelineContext = { store: noStore, now: () => new Date().toISOString() };

parentPort!.on('message', (request: PrepareRequest) => {
  const doc = new NewsDocument(request.raw);
  void runStages(doc, stages, context).then((outcome) => {
    const prepared: PreparedDocument = outcome.error ? { error: outcome.error, article: doc.article } : { article: doc.article };
    parentPort!.postMessage({ id: request.id, prepared } satisfies PrepareReply);
  });
});
