/**
 * The pipeline: one literal, ordered list of stages. Each stage is made by a factory that checks its
 * options and returns a named function of (document, context).
 */
import { createCluster, createClusterSectionKeys, type ClusterOptions } from './cluster/index.js';
import { createConsolidate } from './consolidate/index.js';
import { enrichBatch } from './enrich/batch.js';
import { createEnrich } from './enrich/index.js';
import { createExtract, type ExtractOptions } from './extract/index.js';
import { createIngest } from './ingest/index.js';
import type { NewsDocument } from './model/document.js';
import type { Article, StageName } from './model/types.js';
import type { PipelineContext } from './pipeline-context.js';
import { createStoreStage } from './store/stage.js';
import { isStaleRead, needsWholeStore, sectionLost } from './store/stale-read.js';
import type { SectionKeys } from './store/store.js';
import { storeCannotWrite } from './store/write-failure.js';

export type StageFunction = (doc: NewsDocument, context: PipelineContext) => void | Promise<void>;

export interface Stage {
  name: StageName;
  run: StageFunction;
  /**
   * The stage over several documents at once, each answered with what its run threw, or null
   * (prepareDocuments). Absent: `run` on each in turn.
   */
  runBatch?: (docs: readonly NewsDocument[], context: PipelineContext) => ({ thrown: unknown } | null)[];
  /**
   * For a stage of the store section: the lock keys of a document's section (Store.exclusive's keys),
   * or null for the whole store. The first shared stage with one gives the section's keys.
   */
  lockKeys?: (doc: NewsDocument, context: PipelineContext) => Promise<SectionKeys | null>;
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
    // Over a batch of documents, a sub-step at a time (enrich/batch.ts): the same articles, faster.
    { name: 'enrich', run: createEnrich(), runBatch: enrichBatch },
    // Cluster compares the enriched article with stored events and picks (or merges) its event.
    // Its lookup keys are also what the store section locks, so that unrelated articles of several writers go at once.
    { name: 'cluster', run: createCluster(options.cluster), lockKeys: createClusterSectionKeys(options.cluster) },
    // Consolidate rebuilds that event from all its articles, this one included.
    // Its build of an event joined with nothing else changed is put off to the store, which drops it
    // when the next article joins the same event (most builds were overwritten so, unread).
    { name: 'consolidate', run: createConsolidate({ defer: true }) },
    // Store writes the article and its event together, last, in one transaction.
    { name: 'store', run: createStoreStage() },
  ];
}

/**
 * The stages that read the document alone (no store, no other document), so they may run ahead of
 * the others, on other threads (src/ingest/prepare-pool.ts). The rest run one document at a time in
 * input order, since each reads what the ones before it stored.
 */
export const DOCUMENT_STAGES: ReadonlySet<StageName> = new Set(['extract', 'enrich']);

/** A document's DOCUMENT_STAGES already run elsewhere: its article then, or the stage that failed. */
export type PreparedDocument = { article: Article } | { error: { stage: StageName; message: string }; article: Article };

export interface RunOutcome {
  status: 'stored' | 'duplicate' | 'failed';
  /** `stop`: the store cannot be written any more (store/write-failure.ts), so no later document can be stored either. */
  error?: { stage: StageName; message: string; stop?: string };
}

/**
 * The stages that read stored events and write them: from an article's first candidate read to its
 * commit, another writer's commit in between would make this one decide on a stale store (two events
 * for one new story, an event rebuilt without another writer's article). They run inside
 * Store.exclusive, once per article, with the lock keys the cluster stage gives (Stage.lockKeys).
 */
export const SHARED_STAGES: ReadonlySet<StageName> = new Set(['cluster', 'consolidate', 'store']);

/**
 * Runs the stages in order on one document. A failing stage is recorded on the document as an error
 * message and ends its run; the caller goes on with the next document.
 */
export async function runStages(doc: NewsDocument, stages: readonly Stage[], context: PipelineContext, prepared?: PreparedDocument): Promise<RunOutcome> {
  const shared = stages.findIndex((stage) => SHARED_STAGES.has(stage.name));
  const alone = await runInOrder(doc, shared < 0 ? stages : stages.slice(0, shared), context, prepared);
  if (alone === 'again' || alone === 'whole') throw new Error('unreachable: no retry outside the section');
  if (alone || shared < 0) return alone ?? { status: 'stored' };
  const keyed = stages.slice(shared).find((stage) => stage.lockKeys);
  const keys = keyed?.lockKeys ? () => keyed.lockKeys!(doc, context) : undefined;
  // Tries in the keyed section first; the last, if those all found the store changed, with the whole
  // store to itself, where no writer that takes the locks can change it (the article never fails for
  // a busy event while some try could still succeed).
  // What fails around the section's work (its keys' reads, a pool connection, the lock statement) is
  // the article's failure of its first section stage, as a stage's would be: a store that cannot be
  // written then stops the batch or the worker (storeCannotWrite) rather than escaping as an exception.
  const around = stages[shared]!.name;
  let first: RunOutcome | 'again';
  try {
    first = await context.store.exclusive(() => section(doc, stages, shared, context, STALE_READ_ATTEMPTS - 1, true), keys);
  } catch (error) {
    return { status: 'failed', error: failed(doc, around, error) };
  }
  if (first !== 'again') return first;
  let last: RunOutcome | 'again';
  try {
    last = await context.store.exclusive(() => section(doc, stages, shared, context, 1, false));
  } catch (error) {
    return { status: 'failed', error: failed(doc, around, error) };
  }
  if (last === 'again') throw new Error('unreachable: the last try keeps its failure');
  return last;
}

/**
 * How many times an article is clustered when its commit keeps finding the store changed (StaleRead:
 * another writer committed to an event it read, or the commit met another in a deadlock); the last
 * failure is the article's.
 */
export const STALE_READ_ATTEMPTS = 3;

/**
 * Inside a section: the stages from `shared` on, tried again from clustering while a commit finds
 * the store changed, `tries` times; 'again' when the last of them did too and `more` (another section
 * will try), else the last try's failure.
 */
async function section(doc: NewsDocument, stages: readonly Stage[], shared: number, context: PipelineContext, tries: number, more: boolean): Promise<RunOutcome | 'again'> {
  // Checked again where no other writer can store the same content meanwhile (two processes given one file).
  const recheck = stages.filter((stage) => stage.name === 'ingest');
  for (let attempt = 1; ; attempt++) {
    const messages = doc.messages.length;
    const again = more || attempt < tries;
    const step = await runInOrder(doc, [...recheck, ...stages.slice(shared)], context, undefined, again);
    if (step !== 'again' && step !== 'whole') return step ?? { status: 'stored' };
    // The commit found an event it was decided from changed by another writer: decide again from the store as it is now.
    doc.forgetClustering(messages);
    // A commit the keyed section may not make goes straight to the whole-store try (its keys would not change).
    if (attempt >= tries || (step === 'whole' && more)) return 'again';
  }
}

/**
 * The stages on the document in order; the outcome where one failed or found a duplicate, else null
 * (go on); 'again' where, with `again`, a stage threw StaleRead, and 'whole' where it threw NeedsWholeStore
 * or SectionLost (the next try in a new section).
 */
async function runInOrder(doc: NewsDocument, stages: readonly Stage[], context: PipelineContext, prepared?: PreparedDocument, again = false): Promise<RunOutcome | 'again' | 'whole' | null> {
  let applied = false;
  for (const stage of stages) {
    if (prepared && DOCUMENT_STAGES.has(stage.name)) {
      // The first of them takes the prepared result; the others were run with it.
      if (applied) continue;
      applied = true;
      const error = applyPrepared(doc, prepared);
      if (error) return { status: 'failed', error };
      continue;
    }
    try {
      await stage.run(doc, context);
    } catch (error) {
      if (again && isStaleRead(error)) return 'again';
      // A section that lost its locks cannot commit again; the next section takes new ones.
      if (again && (needsWholeStore(error) || sectionLost(error))) return 'whole';
      return { status: 'failed', error: failed(doc, stage.name, error) };
    }
    if (doc.duplicateOf) return { status: 'duplicate' };
  }
  return null;
}

/** A stage's failure recorded on the document as an error message; what the run answers for it. */
function failed(doc: NewsDocument, stage: StageName, error: unknown): NonNullable<RunOutcome['error']> {
  const message = error instanceof Error ? error.message : String(error);
  doc.message(stage, 'stage-failed', message, 'error');
  const stop = storeCannotWrite(error);
  return { stage, message, ...(stop ? { stop } : {}) };
}

/**
 * The DOCUMENT_STAGES over a batch of documents, each stage over all of them before the next (a stage
 * with runBatch over all at once): every document is prepared as runStages would leave it, and one
 * whose stage failed goes no further while the others go on.
 */
export async function prepareDocuments(docs: readonly NewsDocument[], stages: readonly Stage[], context: PipelineContext): Promise<PreparedDocument[]> {
  const errors: (RunOutcome['error'] | undefined)[] = docs.map(() => undefined);
  for (const stage of stages) {
    if (!DOCUMENT_STAGES.has(stage.name)) continue;
    const live = docs.flatMap((_doc, i) => (errors[i] ? [] : [i]));
    if (stage.runBatch) {
      const thrown = stage.runBatch(live.map((i) => docs[i]!), context);
      live.forEach((i, k) => {
        const failure = thrown[k];
        if (failure) errors[i] = failed(docs[i]!, stage.name, failure.thrown);
      });
      continue;
    }
    for (const i of live) {
      try {
        await stage.run(docs[i]!, context);
      } catch (error) {
        errors[i] = failed(docs[i]!, stage.name, error);
      }
    }
  }
  return docs.map((doc, i) => (errors[i] ? { error: errors[i]!, article: doc.article } : { article: doc.article }));
}

/**
 * The prepared article put in the document (its messages after the ones already there); the failure, if
 * any. The prepared article was made from the same raw document, so its messages begin with the notes
 * its NewsDocument constructor added (a JSON Lines record's misspelt or unread fields), which this
 * document's constructor added too: those are not added again (they were printed and stored twice).
 */
function applyPrepared(doc: NewsDocument, prepared: PreparedDocument): RunOutcome['error'] {
  const messages = prepared.article.warnings.slice(doc.raw.notes?.length ?? 0);
  Object.assign(doc.article, prepared.article, { warnings: doc.messages });
  doc.messages.push(...messages);
  return 'error' in prepared ? prepared.error : undefined;
}
