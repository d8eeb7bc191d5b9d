import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as Pg from 'pg';
import { storeUnavailable } from '../store-unavailable.js';
import { storeCannotWrite } from '../write-failure.js';
import { PoolBusy, pooledConnection } from './pool-wait.js';

/** A pool whose connect() fails with `message`, as pg-pool's does, with these options. */
function failingPool(message: string, options: Partial<Pg.PoolConfig>): Pg.Pool {
  return { options, connect: async () => Promise.reject(new Error(message)) } as unknown as Pg.Pool;
}

describe('a connection from the pool', () => {
  it('should say that every connection stayed busy, naming the store, their number and the setting, when the wait for a free one times out', async () => {
    const pool = failingPool('timeout exceeded when trying to connect', { max: 4, connectionTimeoutMillis: 1500 });
    await assert.rejects(pooledConnection(pool, 'postgresql://ana:***@db/news'), (error: unknown) => {
      assert.ok(error instanceof PoolBusy);
      assert.equal(error.message, "no connection to the PostgreSQL store postgresql://ana:***@db/news came free within 1.5 s: all 4 of this process's connections were busy with other statements (too many requests at once, or slow statements); TRIANGULATE_PG_QUERY_TIMEOUT sets how long to wait");
      // A reader may try again; a batch fails the article alone rather than stopping.
      assert.ok(storeUnavailable(error));
      assert.equal(storeCannotWrite(error), null);
      return true;
    });
  });

  it("should pass any other failure through as it came (a new connection's timeout is a server that cannot be reached)", async () => {
    const pool = failingPool('Connection terminated due to connection timeout', { connectionTimeoutMillis: 1500 });
    await assert.rejects(pooledConnection(pool, 'db'), /^Error: Connection terminated due to connection timeout$/);
  });
});
