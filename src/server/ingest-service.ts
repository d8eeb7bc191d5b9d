/**
 * Writing through the API: uploads and JSON records go through the same pipeline and batch code as
 * `triangulate ingest`. Writes are queued one at a time (SQLite has one writer, and clustering must
 * see each article's commit before the next article is compared), while reads go on alongside.
 */
import { emptyReport, ingestDocument, ingestPaths, type BatchProblem, type BatchReport } from '../ingest/batch.js';
import { InputError } from '../ingest/errors.js';
import { FileOutcomes, statusOf, type FileOutcome } from '../ingest/file-outcomes.js';
import { recordToDocument } from '../ingest/jsonl.js';
import { defaultPrepareThreads, preparePoolFor } from '../ingest/prepare-pool.js';
import { createStages, type Stage } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { Store } from '../store/store.js';
import { badRequest } from './http-error.js';
import type { ReceivedFile } from './uploads.js';

/**
 * Documents a small upload (no threads) extracts and enriches at a time on the serving thread: each
 * batch holds it, and one document (tens of milliseconds) keeps other requests' waits short, where the
 * CLI's 16 (enrich's faster way) held it for about half a second on a loaded machine.
 */
const SERVER_PREPARE_BATCH = 1;

export interface IngestResult extends BatchReport {
  /** The event of each article in `articleIds`, in the same order. */
  eventIds: (string | null)[];
  /** What became of each file of the request (or of the one JSON record), in the request's order. */
  inputs: FileOutcome[];
}

export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();
  private maintaining = false;
  private readonly stages: Stage[] = createStages();
  private readonly context: PipelineContext;

  constructor(private readonly store: Store) {
    this.context = { store, now: () => new Date().toISOString() };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Files already on disk (uploads), reported under the names the client gave them. `received` lists
   * every file of the request, those refused on arrival too, so `files` and `inputs` count them all.
   */
  ingestFiles(names: ReadonlyMap<string, string>, maxBytes: number, problems: readonly BatchProblem[], received: readonly ReceivedFile[] = []): Promise<IngestResult> {
    return this.exclusive(async () => {
      // A large upload is extracted and enriched on other threads, which also keeps this one free to serve.
      const pool = preparePoolFor([...names.keys()], defaultPrepareThreads());
      const outcomes = new FileOutcomes();
      for (const file of received) {
        outcomes.open(file.path, file.name);
        if (file.refused) outcomes.problem(file.path, file.refused);
      }
      try {
        const report = names.size ? await ingestPaths([...names.keys()], this.stages, this.context, { maxBytes, pool, nameOf: (file) => names.get(file) ?? file, maintain: false, outcomes, prepareBatch: SERVER_PREPARE_BATCH }) : emptyReport(0);
        report.errors.unshift(...problems);
        report.files = Math.max(report.files, received.length);
        return await this.withEvents(report, outcomes.list());
      } finally {
        await pool?.close();
      }
    }).finally(() => this.scheduleMaintenance());
  }

  /** One JSON record, the same fields as a JSON Lines line: `{text | html | body, url?, title?, outlet?, publishedAt?, fetchedAt?}`. */
  ingestRecord(record: unknown): Promise<IngestResult> {
    let raw;
    try {
      raw = recordToDocument(record, 'request', 1, Date.parse(this.context.now()));
    } catch (error) {
      if (error instanceof InputError) throw badRequest(`request body: ${error.problem.replace('each line must be', 'the body must be').replace('the record has', 'the body has')}`);
      throw error;
    }
    // The record came in a request, not from a file: keep only what identifies it.
    delete raw.source.file;
    delete raw.source.line;
    return this.exclusive(async () => {
      const report = emptyReport(0);
      await ingestDocument(raw, [], this.stages, this.context, report);
      const outcome = { name: 'request', stored: report.stored, duplicates: report.duplicates, articleIds: [...report.articleIds], errors: [...report.errors] };
      return this.withEvents(report, [{ ...outcome, status: statusOf(outcome) }]);
    }).finally(() => this.scheduleMaintenance());
  }

  /**
   * The store's housekeeping (Store.maintain) after a write has been answered, not before: a step at a
   * time, each queued behind the writes waiting then, the event loop free between steps, so no request
   * waits on a merge of the whole search index (seconds on a large store). A failure is logged; what
   * was stored stays, and searches are only slower.
   */
  private scheduleMaintenance(): void {
    if (this.maintaining) return;
    this.maintaining = true;
    const step = (): void => {
      this.exclusive(() => this.store.maintain()).then(
        (done) => {
          if (done.more) setImmediate(step);
          else this.maintaining = false;
        },
        (error: unknown) => {
          this.maintaining = false;
          process.stderr.write(`triangulate serve: store maintenance failed: ${error instanceof Error ? error.message : String(error)}\n`);
        },
      );
    };
    // After the answer has gone out, not in the same turn.
    setImmediate(step);
  }

  private async withEvents(report: BatchReport, inputs: FileOutcome[]): Promise<IngestResult> {
    const eventIds: (string | null)[] = [];
    for (const id of report.articleIds) eventIds.push((await this.store.getArticle(id))?.eventId ?? null);
    return { ...report, eventIds, inputs };
  }
}
