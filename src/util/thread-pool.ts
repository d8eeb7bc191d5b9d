/**
 * A fixed set of worker threads that each answer requests one at a time (see serveThread). A request
 * goes to the thread with the fewest waiting. A thread that dies fails only the requests it held
 * (`lost` turns each into an answer, so a request's promise never rejects) and another takes its place.
 */
import { parentPort, Worker } from 'node:worker_threads';

interface Envelope<T> {
  id: number;
  body: T;
}

interface Slot<Req, Res> {
  worker: Worker;
  waiting: Map<number, { request: Req; resolve: (response: Res) => void }>;
}

export class ThreadPool<Req, Res> {
  private readonly slots: Slot<Req, Res>[] = [];
  private nextId = 0;
  private closing = false;

  /**
   * `script`: a module that calls serveThread; `data`: its workerData; `lost`: the answer to a request
   * whose thread died, given why.
   */
  constructor(
    private readonly script: URL,
    readonly size: number,
    private readonly data: unknown,
    private readonly lost: (request: Req, why: string) => Res,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a thread pool needs at least one thread, got ${size}`);
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(request: Req): Promise<Res> {
    if (this.closing) return Promise.resolve(this.lost(request, 'the pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.waiting.set(id, { request, resolve });
      slot.worker.postMessage({ id, body: request } satisfies Envelope<Req>);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const slot of this.slots) this.fail(slot, 'the pool was closed');
  }

  private start(): Slot<Req, Res> {
    const slot: Slot<Req, Res> = { worker: new Worker(this.script, { workerData: this.data }), waiting: new Map() };
    slot.worker.on('message', (reply: Envelope<Res>) => {
      const task = slot.waiting.get(reply.id);
      slot.waiting.delete(reply.id);
      task?.resolve(reply.body);
    });
    let why = 'it exited';
    slot.worker.on('error', (error) => {
      why = error.message;
    });
    slot.worker.on('exit', () => {
      if (this.closing) return;
      this.fail(slot, `the thread answering it stopped: ${why}`);
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.start();
    });
    return slot;
  }

  private fail(slot: Slot<Req, Res>, why: string): void {
    for (const { request, resolve } of slot.waiting.values()) resolve(this.lost(request, why));
    slot.waiting.clear();
  }
}

/** The thread side: answers each request with `handle`, one at a time, in the order they come. */
export function serveThread<Req, Res>(handle: (request: Req) => Res | Promise<Res>): void {
  if (!parentPort) throw new Error('serveThread runs in a worker thread');
  const port = parentPort;
  port.on('message', (envelope: Envelope<Req>) => {
    void Promise.resolve()
      .then(() => handle(envelope.body))
      .then((body) => port.postMessage({ id: envelope.id, body } satisfies Envelope<Res>));
  });
}
