/**
 * Threads that run the pipeline's document stages (extract, enrich: about half of an article's cost)
 * ahead of the main thread, which runs the stages that read the store (cluster, consolidate, store)
 * one document at a time in input order. Results are the same as a sequential run: every document
 * still meets the store after the ones before it. A thread that dies fails only the document it was
 * preparing, reported by name like any failed stage; the ones queued behind it go to its replacement.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import type { PipelineOptions, PreparedDocument } from '../pipeline.js';
import { ThreadPool } from '../util/thread-pool.js';

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
  private readonly pool: ThreadPool<RawDocument, PreparedDocument>;

  constructor(size: number, options: PipelineOptions = {}) {
    this.pool = new ThreadPool<RawDocument, PreparedDocument>(new URL('./prepare-worker.js', import.meta.url), size, options, (raw, why) => ({
      error: { stage: 'extract', message: why },
      article: new NewsDocument(raw).article,
    }));
  }

  get size(): number {
    return this.pool.size;
  }

  /** Never rejects: a failure comes back as a prepared document with an error. */
  prepare(raw: RawDocument): Promise<PreparedDocument> {
    return this.pool.run(raw);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
