/**
 * A batch: paths in, every readable article through the pipeline, one report out. A bad file or line is
 * reported by name and skipped; the rest of the batch still goes in, and what was committed stays.
 */
import { relinkStoredEvents } from '../consolidate/earlier-links.js';
import { REBUILD_SAMPLE } from '../consolidate/index.js';
import { reviewEvents, type ReviewSplit } from '../consolidate/review.js';
import { NewsDocument } from '../model/document.js';
import type { Message, RawDocument } from '../model/types.js';
import { runStages, type PreparedDocument, type Stage } from '../pipeline.js';
import { storeCannotWrite } from '../store/write-failure.js';
import type { PipelineContext } from '../pipeline-context.js';
import { discoverInputs } from './discover.js';
import { InputError } from './errors.js';
import type { FileOutcomes } from './file-outcomes.js';
import { preparerHere, type Preparer } from './prepare-batches.js';
import type { PreparePool } from './prepare-pool.js';
import { DEFAULT_MAX_BYTES, readDocuments } from './read-input.js';
import { storedFileName } from './stored-name.js';

export interface BatchProblem {
  input: string;
  problem: string;
}

export interface BatchWarning {
  input: string;
  article: string;
  message: Message;
}

export interface BatchReport {
  files: number;
  documents: number;
  stored: number;
  duplicates: number;
  errors: BatchProblem[];
  warnings: BatchWarning[];
  /** Ids of the articles stored or found already stored, in input order. */
  articleIds: string[];
  /** Those of `articleIds` that were already stored. */
  duplicateIds: string[];
  /** Events found to hold two stories in the batch, and split: when an article joined, or by a review (consolidate/review.ts). */
  splits: ReviewSplit[];
  /**
   * Why the batch stopped before its end: the store could not be written any more (a full disk, a
   * store become read-only; store/write-failure.ts). What was stored before stays; the inputs after the
   * article that failed were not read. Absent when the batch ran to its end.
   */
  stopped?: string;
}

export interface BatchOptions {
  maxBytes?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** The name reports and stored sources give a file (an upload's own name instead of its temporary path). */
  nameOf?: (file: string) => string;
  /** Called with each document after its run (the `extract` command prints them). */
  onDocument?: (doc: NewsDocument) => void;
  /** Threads that extract and enrich documents ahead of the main thread (none: this thread does, over batches of documents read ahead). */
  pool?: PreparePool | null;
  /**
   * Whether the events the batch touched are reviewed for a second story (default: yes), at its end
   * and whenever `reviewEvery` distinct events (default REVIEW_EVERY) have been touched since the last.
   */
  review?: boolean;
  reviewEvery?: number;
  /** Whether the batch runs the store's housekeeping where it reviews (default: yes; a server runs it after answering). */
  maintain?: boolean;
  /** Where to tally what became of each file (the API answers an upload file by file). */
  outcomes?: FileOutcomes;
  /**
   * Documents extracted and enriched together without threads (default PREPARE_BATCH): a batch holds
   * the event loop until it is done, so a server that answers requests meanwhile asks for fewer.
   */
  prepareBatch?: number;
}

/** What the batch holds between reading and finishing, in input order. */
type Pending =
  | { kind: 'document'; path: string; raw: RawDocument; notes: string[]; prepared: Promise<PreparedDocument> | null }
  | { kind: 'problem'; path: string; problem: BatchProblem }
  | { kind: 'file-done'; file: string };

/**
 * Distinct events touched before the batch reviews them (consolidate/review.ts) without waiting for
 * its end: a batch of millions of articles keeps no more ids than this. Such a review uses the counts
 * of its moment, and an event touched again after it is reviewed again later.
 */
export const REVIEW_EVERY = 5000;

/**
 * How long a batch's commits may wait to be written together (store/sqlite/commit-group.ts): a
 * commit of its own for each article cost more than writing it. Half a second is the most a crash
 * loses, and the longest another writer waits for the store beyond one article's commit.
 */
export const COMMIT_GROUP_MS = 500;

/** Batches read ahead of the one being finished, per preparing thread: one being prepared, one waiting, so that none idles. */
const BATCHES_AHEAD_PER_THREAD = 2;

export async function ingestPaths(paths: readonly string[], stages: readonly Stage[], context: PipelineContext, options: BatchOptions = {}): Promise<BatchReport> {
  context.store.groupCommits(COMMIT_GROUP_MS);
  let report: BatchReport | null = null;
  try {
    report = await ingestGrouped(paths, stages, context, options);
    return report;
  } finally {
    // Written out before the batch answers, so that what it reports stored is committed (a build put
    // off by the last commit is run first: groupCommits alone would take that commit back).
    try {
      await context.store.flush();
      context.store.groupCommits(0);
    } catch (error) {
      if (!report) throw error;
      const problem = error instanceof Error ? error.message : String(error);
      report.errors.push({ input: 'writing the batch\'s last articles', problem });
      report.stopped ??= storeCannotWrite(error) ?? problem;
    }
  }
}

async function ingestGrouped(paths: readonly string[], stages: readonly Stage[], context: PipelineContext, options: BatchOptions): Promise<BatchReport> {
  const { files, errors } = discoverInputs(paths);
  const nameOf = options.nameOf ?? ((file: string) => file);
  const report = emptyReport(files.length);
  const outcomes = options.outcomes;
  for (const e of errors) {
    const refused = { input: nameOf(e.input), problem: e.problem };
    report.errors.push(refused);
    outcomes?.open(e.input, refused.input);
    outcomes?.problem(e.input, refused);
  }
  // A store just upgraded links the mentions its stored events answer before it takes new articles.
  try {
    await relinkStoredEvents(context, REBUILD_SAMPLE);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    const stop = storeCannotWrite(error);
    report.errors.push({ input: 'linking earlier events after an upgrade', problem: stop ? `${stop} (${problem}); the batch stopped before reading any input` : problem });
    // A store that cannot be written (its server gone) would fail every record alike: none is read.
    if (stop) {
      report.stopped = stop;
      return report;
    }
  }
  const pool = options.pool ?? null;
  // Without threads, the document stages run here over a batch of documents read ahead (prepare-batches.ts).
  const preparer: Preparer = pool ?? preparerHere(stages, context, options.prepareBatch);
  const readAhead = pool ? pool.size * BATCHES_AHEAD_PER_THREAD * pool.batch : preparer.batch;
  const queue: Pending[] = [];
  // Content in flight to a preparing thread: a second copy is not prepared, the store will know it.
  const inFlight = new Set<string>();
  let done = 0;
  const reviewer = batchReviewer(context, report, options);
  // The file whose document stopped the batch: it has its error, its documents read after it are not answered for again.
  let stoppedIn: string | null = null;
  const finish = async (item: Pending): Promise<void> => {
    // After a stop, what was read ahead of it is left as not read.
    if (report.stopped) return;
    if (item.kind === 'problem') {
      report.errors.push(item.problem);
      outcomes?.problem(item.path, item.problem);
    } else if (item.kind === 'file-done') options.onProgress?.(++done, files.length, item.file);
    else {
      if (item.prepared) preparer.need(item.prepared);
      const prepared = item.prepared ? await item.prepared : undefined;
      inFlight.delete(item.raw.contentHash);
      const [stored, duplicates, failed] = [report.stored, report.duplicates, report.errors.length];
      try {
        const doc = await ingestDocument(item.raw, item.notes, stages, context, report, options, prepared);
        if (report.stopped) stoppedIn ??= item.path;
        if (report.stored > stored) await reviewer.stored(doc);
      } catch (error) {
        // Charged to the document itself, not to the file being read when it was finished.
        report.errors.push({ input: inputName(item.raw), problem: error instanceof Error ? error.message : String(error) });
      }
      // The event loop turns between documents: a batch whose reads and stages never wait would
      // otherwise hold off Ctrl-C's handler (ingest.ts) and a server's other requests until its end.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (outcomes) {
        if (report.stored > stored || report.duplicates > duplicates) outcomes.article(item.path, report.articleIds[report.articleIds.length - 1]!, report.duplicates > duplicates);
        // The document's own failure, not one of a review the stored document set off.
        else if (report.errors.length > failed) outcomes.problem(item.path, report.errors[failed]!);
      }
    }
  };
  const add = async (item: Pending): Promise<void> => {
    queue.push(item);
    while (queue.length > readAhead) await finish(queue.shift()!);
  };
  for (const path of files) {
    const file = nameOf(path);
    outcomes?.open(path, file);
    if (report.stopped) {
      // Each file of an upload is answered for: those not reached say why.
      outcomes?.problem(path, { input: file, problem: `not read: the batch stopped (${report.stopped})` });
      continue;
    }
    try {
      for await (const item of readDocuments(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, name: file, now: Date.parse(context.now()) })) {
        if (report.stopped) break;
        if ('error' in item) await add({ kind: 'problem', path, problem: problem(item.error) });
        else {
          const raw = item.document;
          // Stored without the folders above the ingest's own (stored-name.ts); reports name the file as given.
          if (!options.nameOf && raw.source.file !== undefined) {
            givenNames.set(raw, raw.source.file);
            raw.source.file = storedFileName(path, paths);
          }
          const ahead = !inFlight.has(raw.contentHash) && !(await storedAlready(context, raw));
          if (ahead) inFlight.add(raw.contentHash);
          await add({ kind: 'document', path, raw, notes: item.notes, prepared: ahead ? preparer.prepare(raw) : null });
        }
      }
    } catch (error) {
      if (error instanceof InputError) await add({ kind: 'problem', path, problem: problem(error) });
      else await add({ kind: 'problem', path, problem: { input: file, problem: error instanceof Error ? error.message : String(error) } });
    }
    await add({ kind: 'file-done', file });
  }
  while (queue.length > 0 && !report.stopped) await finish(queue.shift()!);
  // Documents read ahead of a stop are let go: their preparations are not waited for, and their files
  // are answered for as those not reached are.
  const leftOf = new Set<string>(stoppedIn ? [stoppedIn] : []);
  for (const item of queue) {
    if (item.kind === 'document') void item.prepared?.catch(() => undefined);
    if (item.kind !== 'file-done' && !leftOf.has(item.path)) {
      leftOf.add(item.path);
      outcomes?.problem(item.path, { input: nameOf(item.path), problem: `not read: the batch stopped (${report.stopped})` });
    }
  }
  // A review writes too, and would only fail the same way.
  if (!report.stopped) await reviewer.finish();
  return report;
}

/** What a batch does with the events its stored documents touched: see REVIEW_EVERY. */
export interface BatchReviewer {
  /** Called after each document stored: its event (and one split off on its join) are to be reviewed. */
  stored(doc: NewsDocument): Promise<void>;
  /** The last review, at the batch's end. */
  finish(): Promise<void>;
}

export function batchReviewer(context: PipelineContext, report: BatchReport, options: Pick<BatchOptions, 'review' | 'reviewEvery' | 'maintain'> = {}): BatchReviewer {
  // The events stored documents went to (or split off), in the order first touched.
  const touched = new Set<string>();
  // An article stored with no event (an opinion column) touches no event but still wrote to the
  // store, so a batch of only such articles must still run the store's housekeeping.
  let storedEventless = false;
  const review = async (): Promise<void> => {
    const ids = [...touched];
    touched.clear();
    const wrote = ids.length > 0 || storedEventless;
    storedEventless = false;
    if (!wrote) return;
    if (ids.length > 0 && options.review !== false) {
      const { splits, failures } = await reviewEvents(ids, context);
      report.splits.push(...splits);
      // What the batch stored stays; a split that failed left its event as it was (one transaction).
      for (const f of failures) report.errors.push({ input: `review of event ${f.eventId}`, problem: f.problem });
    }
    if (options.maintain !== false) await maintainStore(context, report);
  };
  return {
    async stored(doc) {
      const eventId = doc.event?.id ?? doc.deferredBuild?.eventId;
      if (!eventId) {
        storedEventless = true;
        return;
      }
      touched.add(eventId);
      if (doc.splitOff) {
        touched.add(doc.splitOff.event.id);
        // A split on the article's join is reported as the review's are.
        report.splits.push({ eventId, newEventId: doc.splitOff.event.id, moved: doc.splitOff.event.articles.length });
      }
      if (touched.size >= (options.reviewEvery ?? REVIEW_EVERY)) await review();
    },
    finish: review,
  };
}

/**
 * The store's housekeeping (Store.maintain), run where a batch reviews its events, step after step
 * until none is left, the event loop free between steps: it does work only once enough was written
 * since it last did. A failure is the batch's error, not its end: what was stored stays, and reads are
 * as right as before, only slower.
 */
export async function maintainStore(context: PipelineContext, report: BatchReport): Promise<void> {
  try {
    while ((await context.store.maintain()).more) await new Promise<void>((resolve) => setImmediate(resolve));
  } catch (error) {
    report.errors.push({ input: 'store maintenance', problem: error instanceof Error ? error.message : String(error) });
  }
}

export function emptyReport(files: number): BatchReport {
  return { files, documents: 0, stored: 0, duplicates: 0, errors: [], warnings: [], articleIds: [], duplicateIds: [], splits: [] };
}

/** One raw document through the stages, its outcome added to the report; the document is returned. */
export async function ingestDocument(
  raw: RawDocument,
  notes: readonly string[],
  stages: readonly Stage[],
  context: PipelineContext,
  report: BatchReport,
  options: BatchOptions = {},
  prepared?: PreparedDocument,
): Promise<NewsDocument> {
  const doc = new NewsDocument(raw);
  for (const note of notes) doc.message('ingest', 'encoding', note);
  report.documents++;
  const outcome = await runStages(doc, stages, context, prepared);
  const input = inputName(raw);
  if (outcome.status === 'duplicate') {
    report.duplicates++;
    report.articleIds.push(doc.duplicateOf!);
    report.duplicateIds.push(doc.duplicateOf!);
  } else if (outcome.status === 'failed') {
    const { stage, message, stop } = outcome.error!;
    if (stop) {
      report.stopped = stop;
      report.errors.push({ input, problem: `${stage} failed: ${stop} (${message}); the batch stopped here: the ${report.stored} article(s) stored before it stay, and the inputs after it were not read (free space or fix the store, then run it again: what is stored is skipped)` });
    } else report.errors.push({ input, problem: `${stage} failed: ${message}` });
  } else {
    report.stored++;
    report.articleIds.push(doc.article.id);
    for (const message of doc.messages) {
      if (message.severity !== 'info') report.warnings.push({ input, article: doc.article.id, message });
    }
  }
  options.onDocument?.(doc);
  return doc;
}

/** The file as the ingest was given it, of a document stored under a shorter name (storedFileName). */
const givenNames = new WeakMap<RawDocument, string>();

/** How reports name a document: its file, with the line and id of a JSON Lines record. */
function inputName(raw: RawDocument): string {
  const file = givenNames.get(raw) ?? raw.source.file ?? 'request';
  return raw.source.line ? `${file}:${raw.source.line}${raw.source.id ? ` (id ${raw.source.id})` : ''}` : file;
}

/** Whether the store holds this content; a failing lookup answers no, and the ingest stage reports it. */
async function storedAlready(context: PipelineContext, raw: RawDocument): Promise<boolean> {
  try {
    return (await context.store.findByContentHash(raw.contentHash)) !== null;
  } catch {
    return false;
  }
}

function problem(error: InputError): BatchProblem {
  return { input: error.input, problem: error.problem };
}
