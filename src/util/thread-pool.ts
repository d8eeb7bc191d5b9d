/**
 * A fixed set of worker threads that each answer requests one at a time, in the order sent (see
 * serveThread). A request goes to the thread with the fewest waiting. A request's promise never
 * rejects: `lost` turns a failure into an answer. When a thread dies, only the request it was
 * answering fails; the ones queued behind it go to its replacement. A thread that dies again and again
 * before answering anything (a missing file, a broken build) is restarted ever more slowly and given
 * up after a few tries, its requests failed with the reason, so a broken pool cannot spin.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Envelope<T> = { id: number; body: T } | { id: number; error: string };

interface Slot<Req, Res> {
  /** null while it waits to be restarted, or once given up. */
  worker: Worker | null;
  /** In the order sent: the first is the one being answered. */
  waiting: Map<number, { request: Req; resolve: (response: Res) => void }>;
  /** Deaths in a row before any answer. */
  failures: number;
  broken: boolean;
}

/** Deaths in a row, each before any answer, after which a thread is given up. */
const GIVE_UP_AFTER = 5;

export class ThreadPool<Req, Res> {
  private readonly slots: Slot<Req, Res>[] = [];
  private nextId = 0;
  private closing = false;

  /**
   * `script`: a module that calls serveThread; `data`: its workerData; `lost`: the answer to a request
   * that could not be answered, given why.
   */
  constructor(
    private readonly script: URL,
    readonly size: number,
    private readonly data: unknown,
    private readonly lost: (request: Req, why: string) => Res,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a thread pool needs at least one thread, got ${size}`);
    for (let i = 0; i < size; i++) {
      const slot: Slot<Req, Res> = { worker: null, waiting: new Map(), failures: 0, broken: false };
      this.slots.push(slot);
      this.start(slot);
    }
  }

  run(request: Req): Promise<Res> {
    const open = this.slots.filter((s) => !s.broken);
    if (this.closing || open.length === 0) return Promise.resolve(this.lost(request, this.closing ? 'the pool is closed' : 'no thread could be started'));
    // The least loaded thread that is up; one waiting to restart takes requests only when none is up.
    const up = open.filter((s) => s.worker !== null);
    const slot = (up.length > 0 ? up : open).reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.waiting.set(id, { request, resolve });
      if (slot.worker) this.send(slot, id, request);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const slot of this.slots) this.failAll(slot, 'the pool was closed');
  }

  private send(slot: Slot<Req, Res>, id: number, request: Req): void {
    try {
      slot.worker!.postMessage({ id, body: request } satisfies Envelope<Req>);
    } catch (error) {
      // A request that cannot be copied to the thread (a function in it, say) fails alone.
      const task = slot.waiting.get(id);
      slot.waiting.delete(id);
      task?.resolve(this.lost(request, `it could not be sent to a thread: ${(error as Error).message}`));
    }
  }

  private start(slot: Slot<Req, Res>): void {
    const worker = new Worker(this.script, { workerData: this.data });
    slot.worker = worker;
    worker.on('message', (reply: Envelope<Res>) => {
      const task = slot.waiting.get(reply.id);
      slot.waiting.delete(reply.id);
      slot.failures = 0;
      if (task) task.resolve('error' in reply ? this.lost(task.request, reply.error) : reply.body);
    });
    let why = 'it exited';
    worker.on('error', (error) => {
      why = error.message;
    });
    // An answer that cannot be read back: the thread is replaced, which fails the request it was on.
    worker.on('messageerror', (error) => {
      why = `its answer could not be read: ${error.message}`;
      void worker.terminate();
    });
    worker.on('exit', () => {
      if (this.closing) return;
      slot.worker = null;
      const [first] = slot.waiting;
      if (first) {
        slot.waiting.delete(first[0]);
        first[1].resolve(this.lost(first[1].request, `the thread answering it stopped: ${why}`));
      }
      slot.failures++;
      if (slot.failures >= GIVE_UP_AFTER) {
        slot.broken = true;
        this.failAll(slot, `its thread stopped ${slot.failures} times in a row: ${why}`);
        return;
      }
      // Restarted at once after a thread that had answered; ever later after deaths in a row.
      const delay = slot.failures <= 1 ? 0 : 50 * 2 ** slot.failures;
      setTimeout(() => {
        if (this.closing) return;
        this.start(slot);
        for (const [id, task] of slot.waiting) this.send(slot, id, task.request);
      }, delay);
    });
  }

  private failAll(slot: Slot<Req, Res>, why: string): void {
    for (const { request, resolve } of slot.waiting.values()) resolve(this.lost(request, why));
    slot.waiting.clear();
  }
}

/** The thread side: answers each request with `handle`, one at a time, in the order they come. */
export function serveThread<Req, Res>(handle: (request: Req) => Res | Promise<Res>): void {
  if (!parentPort) throw new Error('serveThread runs in a worker thread');
  const port = parentPort;
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (envelope: { id: number; body: Req }) => {
    queue = queue.then(async () => {
      let reply: Envelope<Res>;
      try {
        reply = { id: envelope.id, body: await handle(envelope.body) };
      } catch (error) {
        reply = { id: envelope.id, error: error instanceof Error ? error.message : String(error) };
      }
      try {
        port.postMessage(reply);
      } catch (error) {
        port.postMessage({ id: envelope.id, error: `its answer could not be sent back: ${(error as Error).message}` } satisfies Envelope<Res>);
      }
    });
  });
}
