/**
 * The lock several writers of one PostgreSQL store take around each article's clustering reads and
 * commit (Store.exclusive): a session advisory lock, one for the whole store, held on a connection of
 * its own while the section's statements run on the pool's others. A reader of the section sees every
 * commit of the sections before it (each commit is finished before its lock is let go), so no two
 * writers decide from the same state. Extract and enrich, most of an article's CPU, run outside it, in
 * parallel across processes.
 */
import type * as Pg from 'pg';

/** The lock's key, hashed by the server: one per schema, so stores in other schemas of a database never wait on each other. */
export const WRITE_LOCK = 'triangulate writers';

export class WriteLock {
  /**
   * Sections of this process, one after another: the server lock is taken once per section, and
   * sections of one process waiting on the server would each hold a pool connection while the one
   * running needs some for its statements.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pg.Pool,
    /** Waited for before the lock is taken (the store's schema creation). */
    private readonly ready: Promise<void>,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => this.holding(work));
    // The next section waits for this one to end, however it ends.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async holding<T>(work: () => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    let held = false;
    let broken = false;
    try {
      // current_schema() in the key: the tests' stores share one database, a schema each.
      await client.query("SELECT pg_advisory_lock(hashtext($1 || current_schema()))", [WRITE_LOCK]);
      held = true;
      return await work();
    } finally {
      if (held) {
        // A connection whose unlock failed may still hold the lock: it is closed, which lets it go.
        await client.query("SELECT pg_advisory_unlock(hashtext($1 || current_schema()))", [WRITE_LOCK]).catch(() => {
          broken = true;
        });
      }
      client.release(broken);
    }
  }
}
