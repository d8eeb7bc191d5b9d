/**
 * Threads that run the pipeline's document stages (extract, enrich: about half of an article's cost)
 * ahead of the main thread, which runs the stages that read the store (cluster, consolidate, store)
 * one document at a time in input order. Results are the same as a sequential run: every document
 * still meets the store after the ones before it.
 *
 * A document is sent to the thread with the fewest waiting; a thread that dies fails only the
 * documents it held (each reported by name like any failed stage), and another takes its place.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NewsDocument } from '../model/document.js';
import type { RawDocument } from '../model/types.js';
import type { PipelineOptions, PreparedDocument } from '../pipeline.js';
import type { PrepareReply, PrepareRequest } from './prepare-worker.js';

const WORKER = new URL('./prepare-worker.js', import.meta.url);

/**
 * Threads used when not told: one per core beside the main thread's, at most four (each holds its own
 * entity model and gazetteer, about 100 MB; past four the main thread's stages are the bottleneck).
 */
export function defaultPrepareThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

interface Slot {
  worker: Worker;
  waiting: Map<number, { raw: RawDocument; resolve: (prepared: PreparedDocument) => void }>;
}

export class PreparePool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private readonly options: PipelineOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a preparing pool needs at least one thread, got ${size}`);
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /** Never rejects: a failure comes back as a prepared document with an error. */
  prepare(raw: RawDocument): Promise<PreparedDocument> {
    const slot = this.slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.waiting.set(id, { raw, resolve });
      slot.worker.postMessage({ id, raw } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER, { workerData: this.options }), waiting: new Map() };
    slot.worker.on('message', (reply: PrepareReply) => {
      const task = slot.waiting.get(reply.id);
      slot.waiting.delete(reply.id);
      task?.resolve(reply.prepared);
    });
    let failure = 'it exited';
    slot.worker.on('error', (error) => {
      failure = error.message;
    });
    slot.worker.on('exit', () => {
      if (this.closing) return;
      for (const { raw, resolve } of slot.waiting.values()) {
        resolve({ error: { stage: 'extract', message: `the thread preparing it stopped: ${failure}` }, article: new NewsDocument(raw).article });
      }
      slot.waiting.clear();
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.start();
    });
    return slot;
  }
}
