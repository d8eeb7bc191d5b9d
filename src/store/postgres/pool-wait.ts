/**
 * A connection from the store's pool. The pool's wait for a free connection is bounded by the query
 * timeout (pg-pool applies connectionTimeoutMillis to it), and pg-pool's own error says only "timeout
 * exceeded when trying to connect", which read as a server that cannot be reached and which the HTTP
 * API answered as 500 internal error (review66b finding 5). It is said here as what it is.
 */
import type * as Pg from 'pg';
import { StoreUnavailable } from '../store-unavailable.js';
import { QUERY_TIMEOUT_ENV, secondsText } from './timeouts.js';

/** pg-pool's words for a wait for a free connection that timed out (not a new connection's: that one is "Connection terminated due to connection timeout"). */
const POOL_WAIT_TIMED_OUT = 'timeout exceeded when trying to connect';

/** Every connection of the pool stayed busy for the whole wait. */
export class PoolBusy extends StoreUnavailable {
  constructor(where: string, connections: number, ms: number) {
    super(
      `no connection to the PostgreSQL store ${where} came free within ${secondsText(ms)}: all ${connections} of this process's connections were busy with other statements (too many requests at once, or slow statements); ${QUERY_TIMEOUT_ENV} sets how long to wait`,
      'every connection to the store was busy; try again shortly',
    );
    this.name = 'PoolBusy';
  }
}

/** pool.connect(), with a wait for a free connection that timed out failed as PoolBusy. */
export async function pooledConnection(pool: Pg.Pool, where: string): Promise<Pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    if (error instanceof Error && error.message === POOL_WAIT_TIMED_OUT) {
      // pg.Pool's default is 10 connections.
      throw new PoolBusy(where, pool.options.max ?? 10, pool.options.connectionTimeoutMillis ?? 0);
    }
    throw error;
  }
}
