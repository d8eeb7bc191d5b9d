/**
 * A process's own turnstile: the store-reading stages of one job at a time. Store.exclusive keeps other
 * processes out (PostgreSQL's lock), but on SQLite it is a plain call, and jobs a worker runs at once
 * would otherwise interleave their cluster -> consolidate -> store at every await.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    // The next waits for this one to settle, whether it failed or not.
    this.tail = next.catch(() => undefined);
    return next;
  }
}
