/**
 * Threads that run the pipeline's document stages (extract, enrich: about half of an article's cost)
 * ahead of the main thread, which runs the stages that read the store (cluster, consolidate, store)
 * one document at a time in input order. Documents go to a thread in batches (prepare-batches.ts).
 * Results are the same as a sequential run: every document still meets the store after the ones
 * before it. A thread that dies fails only the document it was preparing, reported by name like any
 * failed stage: its batch is sent again a document at a time; the ones queued behind it go to its
 * replacement.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import type { PipelineOptions, PreparedDocument } from '../pipeline.js';
import { ThreadPool } from '../util/thread-pool.js';
import { PREPARE_BATCH, PrepareBatches } from './prepare-batches.js';

/**
 * Threads used when not told: one per core beyond the main thread's, at most four (each holds its own
 * entity model and gazetteer, about 70 MB; past that the main thread's stages are the bottleneck).
 */
export function defaultPrepareThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/** A thread takes about 0.4 s to start (its own entity model and gazetteer): worth it past a megabyte of input. */
const THREADS_FROM_BYTES = 1024 * 1024;

/** A pool of `threads` for a batch of these files, or null when there are none to use or the input is small. */
export function preparePoolFor(files: readonly string[], threads: number, options: PipelineOptions = {}): PreparePool | null {
  if (threads < 1) return null;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Reported by the batch when it reads the file.
    }
  }
  return bytes >= THREADS_FROM_BYTES ? new PreparePool(threads, options) : null;
}

export class PreparePool {
  /** A batch not answered (its thread died, the pool closed) answers why. */
  private readonly pool: ThreadPool<RawDocument[], PreparedDocument[] | { lost: string }>;
  private readonly batches: PrepareBatches;

  /** `script`: the thread's module (a test gives one that dies). */
  constructor(size: number, options: PipelineOptions = {}, batch = PREPARE_BATCH, script = new URL('./prepare-worker.js', import.meta.url)) {
    this.pool = new ThreadPool<RawDocument[], PreparedDocument[] | { lost: string }>(script, size, options, (_raws, why) => ({ lost: why }));
    this.batches = new PrepareBatches(batch, (raws) => this.prepareAll(raws));
  }

  get size(): number {
    return this.pool.size;
  }

  /** Documents a thread is sent at once. */
  get batch(): number {
    return this.batches.size;
  }

  /**
   * Answered once its batch is full and prepared, or sooner after need(); never rejects: a failure
   * comes back as a prepared document with an error.
   */
  prepare(raw: RawDocument): Promise<PreparedDocument> {
    return this.batches.add(raw);
  }

  /** Sends the document's batch now if it is still being gathered: the caller is about to wait for it. */
  need(prepared: Promise<PreparedDocument>): void {
    this.batches.need(prepared);
  }

  private async prepareAll(raws: RawDocument[]): Promise<PreparedDocument[]> {
    const answer = await this.pool.run(raws);
    if (Array.isArray(answer)) return answer;
    if (raws.length === 1) return [{ error: { stage: 'extract', message: answer.lost }, article: new NewsDocument(raws[0]!).article }];
    // Sent again a document at a time, so that only the one that killed its thread fails.
    return Promise.all(raws.map(async (raw) => (await this.prepareAll([raw]))[0]!));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
