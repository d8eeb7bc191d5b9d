/**
 * When `serve` works out the entity list ahead of requests. A whole list after every stored upload
 * made each upload cost a quarter of a second of blocked server at 10,000 articles, even when nobody
 * read the list, and a burst of uploads queued one list each. So after a change the list is worked
 * out only where a reader is likely (the list was asked for since the last one ahead), only once the
 * uploads have paused for `quietMs`, and at most one at a time with at most one more waiting.
 */
export class EntityWarmer {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private pending = false;
  private wanted = false;
  private closed = false;

  /** `work` lists the store as it is now; its failure is not this class's to report (the next request meets it). */
  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly quietMs: number,
  ) {}

  /** The list at once (the server starting): nothing is waiting yet for uploads to pause. */
  now(): void {
    this.start();
  }

  /** A request read the list: the next change is worth working out ahead. */
  asked(): void {
    this.wanted = true;
  }

  /** The store changed: the list is worked out once the changes pause, if somebody reads it. */
  changed(): void {
    if (!this.wanted || this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.quietMs);
    // A pending list must not keep a stopping process alive.
    this.timer.unref();
  }

  /** No more lists (the server closed). */
  close(): void {
    this.closed = true;
    this.pending = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(): void {
    if (this.closed) return;
    if (this.running) {
      // One waits behind the running list, however many changes came meanwhile.
      this.pending = true;
      return;
    }
    this.running = true;
    // Asked for again before the next change is worth a list ahead; otherwise the request pays for it.
    this.wanted = false;
    void this.work()
      .catch(() => undefined)
      .finally(() => {
        this.running = false;
        if (!this.pending) return;
        this.pending = false;
        this.start();
      });
  }
}
