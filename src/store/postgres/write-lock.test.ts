import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as Pg from 'pg';
import { WriteLock } from './write-lock.js';

/** A pool of one connection that records its statements and fails the keyed lock statement as PostgreSQL does when its lock table is full. */
function fullLockTable() {
  const statements: string[] = [];
  const client = {
    async query(text: string) {
      statements.push(text);
      if (text.includes('unnest')) throw Object.assign(new Error('out of shared memory'), { code: '53200' });
      return { rows: [] };
    },
    release() {},
  };
  const pool = { connect: async () => client } as unknown as Pg.Pool;
  return { pool, statements };
}

describe('WriteLock', () => {
  it("should run a keyed section whole-store when the server's lock table is full, instead of failing it", async () => {
    const { pool, statements } = fullLockTable();
    const lock = new WriteLock(pool, Promise.resolve());
    const ran = await lock.run(async () => 'done', async () => ({ exclusive: ['n:l:wellington@1'], shared: [] }));
    assert.equal(ran, 'done');
    const kinds = statements.map((s) => (s.includes('unnest') ? 'keys' : s.includes('unlock_all') ? 'unlock' : s.includes('pg_advisory_lock(') ? 'store' : s));
    assert.deepEqual(kinds, ['keys', 'unlock', 'store', 'unlock']);
  });
});
