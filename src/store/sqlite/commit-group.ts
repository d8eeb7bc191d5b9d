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
 *
 * With `settling` (a store whose last change may still need work written after it before the group
 * can be committed: an event build put off, store/sqlite/deferred-builds.ts), the group never commits
 * itself when a change arrives (the owner reads `due` and commits once that work is written); its
 * timer awaits the work before it commits, and a failed change leaves the group's earlier changes
 * written again in a group still open (their put-off work is still to be written).
 *
 * Such changes come in chains: a change that waits for a later one (an article whose event's record
 * is written by a later change) and the changes up to the one that completes it. A chain is the unit
 * that must be whole: when the group's COMMIT fails, the changes are written again a chain per
 * transaction (not a change per transaction, which could store an article without its event's
 * record), and a change taken back takes back the open chain it belongs to.
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

/** What a group waits for before its timer commits, and how its changes chain (see above). */
export interface GroupSettling<C> {
  /** Writes the work put off after the group's changes (it may add changes to the group). */
  settle(): Promise<void>;
  /** Whether no work is put off: the group may be committed now. */
  settled(): boolean;
  /** Whether the change is incomplete without a later one: the chain it starts or continues goes on. */
  awaitsLater(change: C): boolean;
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
    private readonly settling?: GroupSettling<C>,
  ) {
    if (!(windowMs > 0)) throw new RangeError(`a commit group must last a positive number of milliseconds, got ${windowMs}`);
  }

  /** Whether changes are written and not yet committed. */
  get open(): boolean {
    return this.pending !== null;
  }

  /** Whether the open group is old enough to be committed. */
  get due(): boolean {
    return this.pending !== null && this.now() - this.started >= this.windowMs;
  }

  add(change: C): void {
    this.throwFailure();
    if (this.pending === null) {
      this.writes.begin();
      this.pending = [];
      this.started = this.now();
      // A batch that stops taking articles (a slow input, a long review) must not hold the write lock
      // and its articles uncommitted: another writer waits for the lock only so long.
      this.timer = setTimeout(() => void this.timedFlush(), this.windowMs);
      this.timer.unref?.();
    }
    try {
      this.writes.write(change);
    } catch (error) {
      this.redo();
      throw error;
    }
    this.pending.push(change);
    if (!this.settling && this.due) this.flush();
  }

  /**
   * The timer's commit. The put-off work is asynchronous, and a change may come while it is written:
   * the group is committed only once nothing is put off, in the same turn as the check.
   */
  private async timedFlush(): Promise<void> {
    try {
      if (this.settling) {
        do await this.settling.settle();
        while (!this.settling.settled());
      }
      this.flush();
    } catch (error) {
      this.failure = { error };
    }
  }

  /**
   * The group's open chain taken back (the work put off after it failed, or there is no time to write
   * it): the group is rolled back and its other changes written again, still open. What the chain's
   * changes stored is gone, whole. Returns how many changes were taken back.
   */
  withdrawOpenChain(): number {
    const changes = this.pending;
    if (changes === null) return 0;
    const chains = this.chains(changes);
    const last = chains[chains.length - 1];
    if (last === undefined || !this.awaitsLater(last[last.length - 1]!)) return 0;
    this.pending = chains.slice(0, -1).flat();
    this.redo();
    return last.length;
  }

  /** The changes cut into chains, in order: each ends at a change that awaits nothing later (the last may be open). */
  private chains(changes: readonly C[]): C[][] {
    const chains: C[][] = [];
    let chain: C[] = [];
    for (const change of changes) {
      chain.push(change);
      if (this.awaitsLater(change)) continue;
      chains.push(chain);
      chain = [];
    }
    if (chain.length > 0) chains.push(chain);
    return chains;
  }

  private awaitsLater(change: C): boolean {
    return this.settling?.awaitsLater(change) ?? false;
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
      // that what can be stored is (the error is thrown only if one of them fails too). A chain is
      // written in one: an article whose event's record a later change writes lands with it or not at all.
      if (this.writes.inTransaction()) this.writes.rollback();
      this.writes.forget();
      for (const chain of this.chains(changes)) this.single(chain);
    }
  }

  /**
   * The open group rolled back after a change failed, and its earlier changes written again (one
   * transaction: committed, or with `settling` left open for the work put off after them).
   */
  private redo(): void {
    const changes = this.pending ?? [];
    const keepOpen = this.settling !== undefined && this.pending !== null;
    const started = this.started;
    this.close();
    if (this.writes.inTransaction()) this.writes.rollback();
    this.writes.forget();
    if (changes.length === 0) return;
    this.writes.begin();
    try {
      for (const change of changes) this.writes.write(change);
      if (keepOpen) {
        this.pending = changes;
        this.started = started;
        this.timer = setTimeout(() => void this.timedFlush(), Math.max(0, this.windowMs - (this.now() - started)));
        this.timer.unref?.();
        return;
      }
      this.writes.commit();
    } catch (error) {
      if (this.writes.inTransaction()) this.writes.rollback();
      this.writes.forget();
      throw error;
    }
  }

  private single(chain: readonly C[]): void {
    this.writes.begin();
    try {
      for (const change of chain) this.writes.write(change);
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
