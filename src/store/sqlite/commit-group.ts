/**
 * Commits written as one SQLite transaction while a batch ingests. Each article's commit was a
 * transaction of its own, and committing cost more than writing: at every commit SQLite wrote each
 * page the article changed to the log again (the same pages of the term counts, the tag and key
 * indexes, the event's row, article after article) and FTS5 wrote its pending index entries out as a
 * segment of their own. Replaying the commits of 973 generated-stream articles into a new store took
 * 2.7 to 4.4 s of CPU in groups of 16 against 4.2 to 6.4 s one by one (three runs each, alternated).
 *
 * Each change is still written whole or not at all: one that fails part way has the group rolled back
 * and the group's earlier changes written again (they were written once, so they write again), before
 * its error is thrown. A group is committed once it is `windowMs` old (at the next change, or by a
 * timer when none comes), and by `flush`. What a crash loses is the open group, never part of a change.
 */

/** What a group is written with: the store's own transaction control and writes. */
export interface GroupWrites<C> {
  begin(): void;
  commit(): void;
  rollback(): void;
  inTransaction(): boolean;
  /** One change written inside the open transaction (no transaction or savepoint of its own). */
  write(change: C): void;
  /** What the store keeps in memory of written changes forgotten: they were rolled back. */
  forget(): void;
}

export class CommitGroup<C> {
  private pending: C[] | null = null;
  private started = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A failure of a commit the timer made, thrown at the next call: nobody was waiting for it. */
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly writes: GroupWrites<C>,
    private readonly windowMs: number,
    /** Milliseconds on a monotonic clock; a test gives its own, since a loaded machine may pause between any two lines. */
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(windowMs > 0)) throw new RangeError(`a commit group must last a positive number of milliseconds, got ${windowMs}`);
  }

  /** Whether changes are written and not yet committed. */
  get open(): boolean {
    return this.pending !== null;
  }

  add(change: C): void {
    this.throwFailure();
    if (this.pending === null) {
      this.writes.begin();
      this.pending = [];
      this.started = this.now();
      // A batch that stops taking articles (a slow input, a long review) must not hold the write lock
      // and its articles uncommitted: another writer waits for the lock only so long.
      this.timer = setTimeout(() => {
        try {
          this.flush();
        } catch (error) {
          this.failure = { error };
        }
      }, this.windowMs);
      this.timer.unref?.();
    }
    try {
      this.writes.write(change);
    } catch (error) {
      this.redo();
      throw error;
    }
    this.pending.push(change);
    if (this.now() - this.started >= this.windowMs) this.flush();
  }

  /** Commits the open group, if any. */
  flush(): void {
    this.throwFailure();
    const changes = this.pending;
    if (changes === null) return;
    this.close();
    try {
      this.writes.commit();
    } catch (error) {
      // The group is lost; its changes are written again one transaction each, as without a group, so
      // that what can be stored is (the error is thrown only if one of them fails too).
      if (this.writes.inTransaction()) this.writes.rollback();
      this.writes.forget();
      for (const change of changes) this.single(change);
    }
  }

  /** The open group rolled back after a change failed, and its earlier changes written again (one transaction). */
  private redo(): void {
    const changes = this.pending ?? [];
    this.close();
    if (this.writes.inTransaction()) this.writes.rollback();
    this.writes.forget();
    if (changes.length === 0) return;
    this.writes.begin();
    try {
      for (const change of changes) this.writes.write(change);
      this.writes.commit();
    } catch (error) {
      if (this.writes.inTransaction()) this.writes.rollback();
      this.writes.forget();
      throw error;
    }
  }

  private single(change: C): void {
    this.writes.begin();
    try {
      this.writes.write(change);
      this.writes.commit();
    } catch (error) {
      if (this.writes.inTransaction()) this.writes.rollback();
      this.writes.forget();
      throw error;
    }
  }

  private close(): void {
    this.pending = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private throwFailure(): void {
    const failure = this.failure;
    if (failure === null) return;
    this.failure = null;
    throw failure.error;
  }
}
