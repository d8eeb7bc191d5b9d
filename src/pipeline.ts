/**
 * The pipeline: one literal, ordered list of stages. Each stage is made by a factory that checks its
 * options and returns a named function of (document, context).
 */
import { createCluster, type ClusterOptions } from './cluster/index.js';
import { createConsolidate } from './consolidate/index.js';
import { createEnrich } from './enrich/index.js';
import { createExtract, type ExtractOptions } from './extract/index.js';
import { createIngest } from './ingest/index.js';
import type { NewsDocument } from './model/document.js';
import type { StageName } from './model/types.js';
import type { PipelineContext } from './pipeline-context.js';
import { createStoreStage } from './store/stage.js';

export type StageFunction = (doc: NewsDocument, context: PipelineContext) => void | Promise<void>;

export interface Stage {
  name: StageName;
  run: StageFunction;
}

export interface PipelineOptions {
  extract?: ExtractOptions;
  cluster?: ClusterOptions;
}

export function createStages(options: PipelineOptions = {}): Stage[] {
  return [
    // Duplicates stop here, before any work is spent on them.
    { name: 'ingest', run: createIngest() },
    { name: 'extract', run: createExtract(options.extract) },
    // Enrich reads what extract found (body, publication time: the reference for every date).
    { name: 'enrich', run: createEnrich() },
    // Cluster compares the enriched article with stored events and picks (or merges) its event.
    { name: 'cluster', run: createCluster(options.cluster) },
    // Consolidate rebuilds that event from all its articles, this one included.
    { name: 'consolidate', run: createConsolidate() },
    // Store writes the article and its event together, last, in one transaction.
    { name: 'store', run: createStoreStage() },
  ];
}

export interface RunOutcome {
  status: 'stored' | 'duplicate' | 'failed';
  error?: { stage: StageName; message: string };
}

/**
 * Runs the stages in order on one document. A failing stage is recorded on the document as an error
 * message and ends its run; the caller goes on with the next document.
 */
export async function runStages(doc: NewsDocument, stages: readonly Stage[], context: PipelineContext): Promise<RunOutcome> {
  for (const stage of stages) {
    try {
      await stage.run(doc, context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      doc.message(stage.name, 'stage-failed', message, 'error');
      return { status: 'failed', error: { stage: stage.name, message } };
    }
    if (doc.duplicateOf) return { status: 'duplicate' };
  }
  return { status: 'stored' };
}
