/**
 * Opening a store while another session holds a lock its opening needs: a VACUUM or ANALYZE
 * (`triangulate optimize`, the end of a batch, an anti-wraparound autovacuum) holds SHARE UPDATE
 * EXCLUSIVE on a table, which the schema script's CREATE INDEX IF NOT EXISTS waits for; another
 * process's opening holds the schema lock. Such a wait is healthy and may be long, so it is not bound
 * by the query timeout (which then failed the open blaming the network, review66b finding 1): each
 * statement of the open waits at most OPEN_LOCK_WAIT_MS for a lock (the server's lock_timeout), then
 * the open lets go of everything, says who holds what it waits for, and tries again.
 */
import { QUERY_TIMEOUT_ENV } from './timeouts.js';

/** Longest lock wait of one try of an open: short, so that the user hears soon who holds the lock. */
export const OPEN_LOCK_WAIT_MS = 5_000;

/**
 * One try's lock wait: OPEN_LOCK_WAIT_MS, and at most a quarter of the query timeout, so that a
 * statement waiting on a few locks in turn is still answered within its deadline; none (0, for ever)
 * when the query timeout is none, as before deadlines existed.
 */
export function openLockWaitMs(queryMs: number): number {
  if (!(queryMs > 0)) return 0;
  return Math.max(1, Math.min(OPEN_LOCK_WAIT_MS, Math.floor(queryMs / 4)));
}

/**
 * Sessions other than this one holding a lock an open waits for: a lock on a table of the current
 * schema in a mode stronger than a reader's, or the schema lock ($1, hashed as pg_advisory_xact_lock
 * takes it: the high 32 bits in classid, the low in objid).
 */
export const LOCK_HOLDERS_SQL = `
SELECT DISTINCT a.pid, a.backend_type, coalesce(left(regexp_replace(a.query, '\\s+', ' ', 'g'), 80), '') AS query
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.granted AND l.pid <> pg_backend_pid() AND (
  (l.locktype = 'relation' AND l.mode NOT IN ('AccessShareLock', 'RowShareLock')
    AND l.relation IN (SELECT c.oid FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())))
  OR (l.locktype = 'advisory' AND l.objsubid = 1
    AND l.classid::bigint = ((hashtext($1)::bigint >> 32) & 4294967295) AND l.objid::bigint = (hashtext($1)::bigint & 4294967295)))
ORDER BY a.pid`;

/** A session holding a lock, as LOCK_HOLDERS_SQL reads it. */
export interface LockHolder {
  pid: number;
  backend_type: string | null;
  query: string;
}

/** The holders in words: "process 123 (autovacuum worker: VACUUM public.articles)". */
export function holdersText(holders: readonly LockHolder[]): string {
  return holders
    .map((h) => {
      const kind = h.backend_type && h.backend_type !== 'client backend' ? `${h.backend_type}: ` : '';
      return `process ${h.pid} (${kind}${h.query || 'no statement shown'})`;
    })
    .join(', ');
}

/** What the user is told while an open waits: who holds the lock, and that the wait goes on. */
export function openWaitMessage(where: string, holders: readonly LockHolder[]): string {
  return `opening the PostgreSQL store ${where} is waiting for a lock held by ${holdersText(holders)}: a VACUUM or ANALYZE, another process opening the store, or a long transaction; it goes on waiting until the lock is let go (${QUERY_TIMEOUT_ENV} does not bound a lock wait at open)`;
}
