/**
 * Switching a connection to write-ahead logging, with a wait: while another process creates the same
 * new database (its first transaction holds the lock), SQLite refuses the switch at once with
 * SQLITE_BUSY, without calling the busy handler that other statements wait in.
 */
import type Database from 'better-sqlite3';

/** Sets WAL mode, trying again for up to `timeoutMs` while the database is busy. */
export function enterWalMode(db: Database.Database, timeoutMs: number): void {
  const until = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if ((code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') || Date.now() >= until) throw error;
      // A synchronous pause: the store's constructor cannot wait any other way.
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}
