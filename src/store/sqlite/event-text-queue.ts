/**
 * Events' search rows (event_fts) written once per transaction, in rowid order, instead of as each
 * event is written.
 *
 * FTS5 keeps a transaction's new index entries in memory only while their rowids rise: a write to a
 * rowid below the last one written (an older event gaining a report after a newer one was written)
 * makes it write out what it holds as a segment of its own first. In a commit group that happened at
 * about one event write in five (replaying GVA's first 1,500 pages' commits in groups of 8: 257 such
 * writes in 171 groups, so some 2.5 event index segments a group instead of one, each merged again
 * later), and an event rewritten again in the same group (240 of 1,399 writes) had its old row
 * deleted and its new one indexed twice. Queued, each event's row is written once, with its last
 * text, and the rows in rising rowid order: one segment a transaction. The stored rows are the same;
 * only how the index is cut into segments differs.
 *
 * The queue must be written before anything reads event_fts on this connection (the store does so)
 * and before the transaction commits, and emptied when the transaction is rolled back.
 */

/** An event's search row: its id, then the searched columns in the table's order. */
export type EventTextRow = readonly unknown[];

export class EventTextQueue {
  /** By rowid: the row to write, or null where the row is only deleted (a merged event's). */
  private readonly rows = new Map<number, EventTextRow | null>();

  constructor(
    private readonly remove: (rowid: number) => void,
    private readonly insert: (rowid: number, row: EventTextRow) => void,
  ) {}

  get size(): number {
    return this.rows.size;
  }

  /** The event's row at `rowid` replaced by this one (a later put or delete in the transaction wins). */
  put(rowid: number, row: EventTextRow): void {
    this.rows.set(rowid, row);
  }

  /** The row at `rowid` deleted (its event is deleted). */
  delete(rowid: number): void {
    this.rows.set(rowid, null);
  }

  /** Writes the queued rows in rising rowid order (each row's old text deleted first); returns whether there were any. */
  write(): boolean {
    if (this.rows.size === 0) return false;
    // Each row's write deletes and inserts, so writing the queue again after a failure part way leaves
    // the same rows: it is kept until written whole (or the transaction is rolled back: clear).
    for (const rowid of [...this.rows.keys()].sort((a, b) => a - b)) {
      this.remove(rowid);
      const row = this.rows.get(rowid);
      if (row) this.insert(rowid, row);
    }
    this.rows.clear();
    return true;
  }

  /** The transaction was rolled back: nothing queued is to be written. */
  clear(): void {
    this.rows.clear();
  }
}
