/**
 * The one event build a store holds back: the record of the event the last commit joined, built only
 * when something needs it. Most builds were overwritten unread by the next article's, which joined the
 * same event (the forty-ninth and fiftieth sessions' counts: 30% of builds, 44% of consolidate and
 * store CPU, overwritten by the very next stored article), and a build the next commit of the same
 * event supersedes is never run.
 *
 * The build held back is run before anything else is written and before any read of event records
 * (a lookup, a search, an API read, the group's commit), so the store it reads is the store its own
 * commit left: the same as at the commit but for that commit's article, whose counted words its reads
 * of the document frequencies leave out (`current`). Its own reads run inside it and never wait for it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DeferredBuild, EventRewrite } from '../store.js';

/** A build held back, with what its commit counted: the reads the build makes leave those out. */
export interface HeldBuild {
  build: DeferredBuild;
  /** The terms the commit counted in the document frequencies (none when its article was stored already). */
  counted: ReadonlySet<string>;
  /** The commit's article's row number, when it was stored by that commit. */
  seq: number | null;
}

export class DeferredBuilds {
  private held: HeldBuild | null = null;
  private running: Promise<void> | null = null;
  private readonly scope = new AsyncLocalStorage<HeldBuild>();

  /**
   * `write`: the record written after the commit (in the same open group). `failed`: the build threw,
   * and the commit it was held for must be taken back (so that article is stored whole or not at all).
   */
  constructor(
    private readonly write: (rewrite: EventRewrite) => void,
    private readonly failed: () => void,
  ) {}

  /** Whether no build is held back or running: the store's group may be committed. */
  get settled(): boolean {
    return this.held === null && this.running === null;
  }

  /** The event whose build is held back (not yet running), if any. */
  get heldFor(): string | null {
    return this.held?.build.eventId ?? null;
  }

  /** The build the caller runs inside, if any: its reads see the store as of its commit. */
  current(): HeldBuild | undefined {
    return this.running === null ? undefined : this.scope.getStore();
  }

  /** Holds back a commit's build (the commit is written; nothing else may be written before the build). */
  hold(build: HeldBuild): void {
    if (this.held !== null || this.running !== null) throw new Error(`event ${build.build.eventId}: a build is already held back`);
    this.held = build;
  }

  /** The held build dropped unrun: the commit just written rebuilt the same event's record from the same articles and more. */
  drop(): void {
    this.held = null;
  }

  /**
   * A held build taken back with its commit, neither run nor written (the group is being committed at
   * once, with no time to build: an interrupted batch). Returns whether there was one.
   */
  abandon(): boolean {
    const had = this.held !== null || this.running !== null;
    this.held = null;
    return had;
  }

  /** Runs and writes the held build, if any; waits for one that is running (unless called from inside it). */
  async settle(): Promise<void> {
    if (this.held === null && this.running === null) return;
    if (this.scope.getStore() !== undefined) return;
    while (this.running !== null) await this.running;
    const held = this.held;
    if (held === null) return;
    this.held = null;
    // Running from here (the build's first reads are made before its first await).
    let finished!: () => void;
    this.running = new Promise<void>((resolve) => (finished = resolve));
    try {
      await this.scope.run(held, async () => {
        try {
          this.write(await held.build.build());
        } catch (error) {
          this.failed();
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`the put-off build of event ${held.build.eventId} failed, and the article that joined it was taken back: ${message}`);
        }
      });
    } finally {
      this.running = null;
      // Node 20 tracks the context through every promise while the scope is enabled: only during a build.
      this.scope.disable();
      finished();
    }
  }
}
