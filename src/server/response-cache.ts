/**
 * Answers to read requests, kept until the store changes. An analyst's feed, the events everyone is
 * reading and repeated searches are asked for far more often than articles arrive; each answer is
 * kept with the store's change mark (Store.changeMark: this process's commits and any other
 * process's), and served again only while the mark is the same, so a cached answer is never older
 * than the data. Bounded by entries and bytes, least recently used out first.
 */
export interface CachedResponse {
  body: Buffer;
  type: string;
  etag: string;
}

interface Entry extends CachedResponse {
  mark: string;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 5_000,
    private readonly maxBytes = 64 * 1048576,
  ) {}

  get(key: string, mark: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.mark !== mark) {
      this.bytes -= entry.body.length;
      return undefined;
    }
    // Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, mark: string, response: CachedResponse): void {
    if (response.body.length > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, { ...response, mark });
    this.bytes += response.body.length;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
