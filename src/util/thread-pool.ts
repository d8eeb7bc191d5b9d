/**
 * A fixed set of worker threads that each answer requests one at a time (see serveThread). Two ways to
 * hand requests out. 'assigned' (the default, for large requests such as whole documents, copied once):
 * each goes to the thread with the fewest waiting. 'first-free' (for small requests such as searches):
 * each is posted to every thread, and the first to reach it claims it through shared memory, so the
 * threads take requests in the order made, as from one queue, without waiting for the main thread; a
 * quick search is never stuck behind a slow one while another thread idles. A request's promise never
 * rejects: `lost` turns a failure into an answer. When a thread dies, only the request it was
 * answering fails; the ones queued behind it go to its replacement. A thread that dies again and again
 * before answering anything (a missing file, a broken build) is restarted ever more slowly and given
 * up after a few tries, its requests failed with the reason, so a broken pool cannot spin.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** `cell`: under 'first-free', the request's cell in the claims. */
type Envelope<T> = { id: number; cell?: number; body: T } | { id: number; error: string };

/** The first message of a 'first-free' thread: the shared claims and its own mark in them. */
interface ClaimsMessage {
  claims: BigInt64Array;
  claimant: number;
}

/**
 * Claims of 'first-free' requests, one cell per open request (taken from a free list, sent with the
 * request): id << 8 while the request is open, (id << 8) | claimant once a thread took it. A thread
 * claims with compare-exchange on the open value, so a late copy of an older request that had the
 * same cell can never match. Claimants fit in 8 bits: at most 255 threads.
 */
const CLAIM_CELLS = 1 << 14;
const open = (id: number): bigint => BigInt(id) << 8n;
const claimed = (id: number, claimant: number): bigint => (BigInt(id) << 8n) | BigInt(claimant);

export interface ThreadPoolOptions {
  dispatch?: 'assigned' | 'first-free';
}

interface Task<Req, Res> {
  request: Req;
  resolve: (response: Res) => void;
  /** 'first-free': its cell in the claims. */
  cell?: number;
}

interface Slot<Req, Res> {
  /** Its mark in the claims (1 and up). */
  claimant: number;
  /** null while it waits to be restarted, or once given up. */
  worker: Worker | null;
  /** 'assigned': in the order sent, the first is the one being answered. */
  waiting: Map<number, Task<Req, Res>>;
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
  private readonly dispatch: 'assigned' | 'first-free';
  /** 'first-free': the claims every thread shares, and the requests not yet answered, oldest first. */
  private readonly claims: BigInt64Array | null;
  private readonly open = new Map<number, Task<Req, Res>>();
  /** 'first-free': the cells no open request holds. */
  private readonly freeCells: number[] = [];

  /**
   * `script`: a module that calls serveThread; `data`: its workerData; `lost`: the answer to a request
   * that could not be answered, given why.
   */
  constructor(
    private readonly script: URL,
    readonly size: number,
    private readonly data: unknown,
    private readonly lost: (request: Req, why: string) => Res,
    options: ThreadPoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a thread pool needs at least one thread, got ${size}`);
    this.dispatch = options.dispatch ?? 'assigned';
    if (this.dispatch === 'first-free' && size > 255) throw new Error(`a 'first-free' thread pool has at most 255 threads, got ${size}`);
    this.claims = this.dispatch === 'first-free' ? new BigInt64Array(new SharedArrayBuffer(CLAIM_CELLS * 8)) : null;
    if (this.claims) for (let cell = CLAIM_CELLS - 1; cell >= 0; cell--) this.freeCells.push(cell);
    for (let i = 0; i < size; i++) {
      const slot: Slot<Req, Res> = { claimant: i + 1, worker: null, waiting: new Map(), failures: 0, broken: false };
      this.slots.push(slot);
      this.start(slot);
    }
  }

  run(request: Req): Promise<Res> {
    const usable = this.slots.filter((s) => !s.broken);
    if (this.closing || usable.length === 0) return Promise.resolve(this.lost(request, this.closing ? 'the pool is closed' : 'no thread could be started'));
    if (this.claims) return this.runFirstFree(request, this.claims);
    // The least loaded thread that is up; one waiting to restart takes requests only when none is up.
    const up = usable.filter((s) => s.worker !== null);
    const slot = (up.length > 0 ? up : usable).reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
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
    this.failOpen('the pool was closed');
  }

  private runFirstFree(request: Req, claims: BigInt64Array): Promise<Res> {
    const cell = this.freeCells.pop();
    if (cell === undefined) return Promise.resolve(this.lost(request, `${CLAIM_CELLS} requests are already waiting`));
    const id = this.nextId++;
    Atomics.store(claims, cell, open(id));
    return new Promise((resolve) => {
      this.open.set(id, { request, resolve, cell });
      for (const slot of this.slots) {
        if (!slot.worker) continue;
        try {
          slot.worker.postMessage({ id, cell, body: request } satisfies Envelope<Req>);
        } catch (error) {
          // A request that cannot be copied to a thread (a function in it, say) fails alone.
          this.release(id);
          resolve(this.lost(request, `it could not be sent to a thread: ${(error as Error).message}`));
          return;
        }
      }
    });
  }

  /** 'first-free': takes an open request out, answered or failed, and gives its cell back. */
  private release(id: number): Task<Req, Res> | undefined {
    const task = this.open.get(id);
    if (!task) return undefined;
    this.open.delete(id);
    if (task.cell !== undefined) this.freeCells.push(task.cell);
    return task;
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
    if (this.claims) {
      worker.postMessage({ claims: this.claims, claimant: slot.claimant } satisfies ClaimsMessage);
      // A new thread (or a replacement) gets every request still open: it may take any not yet claimed.
      for (const [id, task] of this.open) if (Atomics.load(this.claims, task.cell!) === open(id)) worker.postMessage({ id, cell: task.cell, body: task.request } satisfies Envelope<Req>);
    }
    worker.on('message', (reply: Envelope<Res>) => {
      const task = slot.waiting.get(reply.id) ?? this.release(reply.id);
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
      // 'first-free': the request it had claimed fails; the open ones stay with the other threads.
      if (this.claims) {
        for (const [id, task] of [...this.open]) {
          if (Atomics.load(this.claims, task.cell!) !== claimed(id, slot.claimant)) continue;
          this.release(id);
          task.resolve(this.lost(task.request, `the thread answering it stopped: ${why}`));
        }
      }
      slot.failures++;
      if (slot.failures >= GIVE_UP_AFTER) {
        slot.broken = true;
        this.failAll(slot, `its thread stopped ${slot.failures} times in a row: ${why}`);
        if (this.slots.every((s) => s.broken)) this.failOpen(`its thread stopped ${slot.failures} times in a row: ${why}`);
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

  private failOpen(why: string): void {
    for (const id of [...this.open.keys()]) {
      const task = this.release(id)!;
      task.resolve(this.lost(task.request, why));
    }
  }

  private failAll(slot: Slot<Req, Res>, why: string): void {
    for (const { request, resolve } of slot.waiting.values()) resolve(this.lost(request, why));
    slot.waiting.clear();
  }
}

/**
 * The thread side: answers each request with `handle`, one at a time, in the order they come. Under a
 * 'first-free' pool each request comes to every thread, and this one answers only those it claims as
 * it reaches them. `transferOf` names the buffers of an answer that are handed over rather than
 * copied (the thread must not touch them after).
 */
export function serveThread<Req, Res>(handle: (request: Req) => Res | Promise<Res>, transferOf: (response: Res) => ArrayBuffer[] = () => []): void {
  if (!parentPort) throw new Error('serveThread runs in a worker thread');
  const port = parentPort;
  let mine: ClaimsMessage | null = null;
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: { id: number; cell?: number; body: Req } | ClaimsMessage) => {
    if ('claims' in message) {
      mine = message;
      return;
    }
    const envelope = message;
    queue = queue.then(async () => {
      if (mine && envelope.cell !== undefined && Atomics.compareExchange(mine.claims, envelope.cell, open(envelope.id), claimed(envelope.id, mine.claimant)) !== open(envelope.id)) return;
      let reply: Envelope<Res>;
      let transfer: ArrayBuffer[] = [];
      try {
        const body = await handle(envelope.body);
        reply = { id: envelope.id, body };
        transfer = transferOf(body);
      } catch (error) {
        reply = { id: envelope.id, error: error instanceof Error ? error.message : String(error) };
      }
      try {
        port.postMessage(reply, transfer);
      } catch (error) {
        port.postMessage({ id: envelope.id, error: `its answer could not be sent back: ${(error as Error).message}` } satisfies Envelope<Res>);
      }
    });
  });
}
