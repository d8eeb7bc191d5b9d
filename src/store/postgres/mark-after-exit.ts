/**
 * The change mark moved once more after an abandoned commit's server session has ended. A section's
 * commit that passed its deadline is given up on its connection (cancelled and closed), and the mark
 * is moved at once on the pool; but the server may still finish that COMMIT afterwards (review66b
 * finding 6), and an answer cached under the new mark would then hide the rows it wrote until the
 * next change. The session's end is the last moment its commit can land, so the mark moves again
 * then: a mark may change without a change, never the reverse.
 */

/** A statement on any connection of the store's pool. */
export type PoolQuery = (sql: string, params?: readonly unknown[]) => Promise<ReadonlyArray<Record<string, unknown>>>;

export interface MarkAfterExitOptions {
  /** How often to look whether the session is still there. */
  everyMs?: number;
  /** How long to look before moving the mark anyway. */
  forMs?: number;
  /** Waits `ms` (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

/** How the wait ended: the session gone, still there at the deadline, or the store unreachable. */
export type MarkAfterExitEnd = 'gone' | 'deadline' | 'unreachable';

const SESSION_SQL = 'SELECT 1 FROM pg_stat_activity WHERE pid = $1';
const MOVE_MARK_SQL = "SELECT nextval('change_mark')";

const realSleep = (ms: number): Promise<void> => new Promise((settle) => setTimeout(settle, ms).unref());

/**
 * Waits until server session `pid` is gone (or `forMs` has passed), then moves the change mark.
 * Never rejects: a store that cannot be reached cannot cache either, and the batch has already
 * stopped with the commit reported as maybe made.
 */
export async function markAfterExit(pid: number, ask: PoolQuery, options: MarkAfterExitOptions = {}): Promise<MarkAfterExitEnd> {
  const everyMs = options.everyMs ?? 100;
  const forMs = options.forMs ?? 30_000;
  const sleep = options.sleep ?? realSleep;
  let end: MarkAfterExitEnd = 'deadline';
  for (let waited = 0; waited <= forMs; waited += everyMs) {
    let rows: ReadonlyArray<Record<string, unknown>>;
    try {
      rows = await ask(SESSION_SQL, [pid]);
    } catch {
      end = 'unreachable';
      break;
    }
    if (rows.length === 0) {
      end = 'gone';
      break;
    }
    await sleep(everyMs);
  }
  try {
    await ask(MOVE_MARK_SQL);
  } catch {
    return 'unreachable';
  }
  return end;
}
