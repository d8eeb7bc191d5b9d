/**
 * How long a PostgreSQL store waits, set by the user: for the server's answer to a statement (a silent
 * network cut otherwise leaves a writer waiting on the system's TCP retransmission timeout, about
 * fifteen minutes on Linux), and for another writer's locks. Read from the environment unless the
 * store's options give them (docs/postgres.md).
 */

/** Seconds a store waits for the server's answer to one statement before it closes the connection; 0: for ever. */
export const QUERY_TIMEOUT_ENV = 'TRIANGULATE_PG_QUERY_TIMEOUT';
/** Seconds a section's lock statement waits for another writer's locks before it lets go and asks again; 0: for ever. */
export const LOCK_TIMEOUT_ENV = 'TRIANGULATE_PG_LOCK_TIMEOUT';

/**
 * Far above any statement of an ingest or a page (a big article's commit took seconds on a loaded
 * machine), far below the fifteen minutes a cut connection otherwise takes to fail.
 */
export const DEFAULT_QUERY_TIMEOUT_MS = 120_000;
/**
 * One writer stuck in its section (or a whole-store request queued behind it) stalls the others this
 * long, not until it ends (review64d). A big article's section took about a minute on the shared test
 * machine.
 */
export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

export interface StoreTimeouts {
  /** Milliseconds to wait for a statement's answer; 0 waits for ever. */
  queryMs: number;
  /** Milliseconds a lock statement waits (the lock connection's lock_timeout, which bounds a commit's row-lock waits too); 0 waits for ever. */
  lockMs: number;
}

/** The timeouts: `given` (milliseconds) where set, else the environment's (seconds), else the defaults. */
export function storeTimeouts(given: Partial<StoreTimeouts> = {}, env: NodeJS.ProcessEnv = process.env): StoreTimeouts {
  return {
    queryMs: given.queryMs ?? secondsFrom(env, QUERY_TIMEOUT_ENV) ?? DEFAULT_QUERY_TIMEOUT_MS,
    lockMs: given.lockMs ?? secondsFrom(env, LOCK_TIMEOUT_ENV) ?? DEFAULT_LOCK_TIMEOUT_MS,
  };
}

/** A variable's seconds in milliseconds; undefined when unset or empty; an error in words when it is no number of seconds. */
function secondsFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  // setTimeout takes at most 2^31 - 1 ms (about 24 days); more would fire at once.
  if (!/^\d+(\.\d+)?$/.test(raw) || !(seconds * 1000 <= 2_147_483_647)) throw new Error(`${name} must be a number of seconds (0 for no limit, at most 2147483), got '${raw}'`);
  const ms = Math.round(seconds * 1000);
  // 0 means no limit: a tiny wait asked for must not silently become none.
  if (ms === 0 && seconds > 0) throw new Error(`${name} must be 0 (no limit) or at least 0.001 seconds, got '${raw}'`);
  return ms;
}

/** Milliseconds in words for messages: "120 s", "0.5 s". */
export function secondsText(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
