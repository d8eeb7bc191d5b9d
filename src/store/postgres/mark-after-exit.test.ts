import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markAfterExit, type PoolQuery } from './mark-after-exit.js';

/** A fake pool: the session is listed for `livesFor` looks, then gone; records every statement. */
function fakePool(livesFor: number, failAfter = Infinity): { ask: PoolQuery; statements: string[] } {
  const statements: string[] = [];
  let looks = 0;
  const ask: PoolQuery = async (sql) => {
    if (statements.length >= failAfter) throw new Error('connection refused');
    statements.push(sql.includes('nextval') ? 'mark' : 'look');
    if (sql.includes('pg_stat_activity')) return looks++ < livesFor ? [{ '?column?': 1 }] : [];
    return [{ nextval: '7' }];
  };
  return { ask, statements };
}

const noWait = async (): Promise<void> => undefined;

describe('markAfterExit: the change mark after an abandoned commit', () => {
  it('moves the mark only once the session has left the server', async () => {
    const pool = fakePool(3);
    assert.equal(await markAfterExit(4242, pool.ask, { sleep: noWait }), 'gone');
    assert.deepEqual(pool.statements, ['look', 'look', 'look', 'look', 'mark']);
  });

  it('moves the mark at the deadline when the session is still there', async () => {
    const pool = fakePool(Infinity);
    assert.equal(await markAfterExit(4242, pool.ask, { everyMs: 100, forMs: 300, sleep: noWait }), 'deadline');
    assert.equal(pool.statements.at(-1), 'mark');
    assert.equal(pool.statements.filter((s) => s === 'look').length, 4);
  });

  it('never rejects when the store cannot be reached', async () => {
    const pool = fakePool(Infinity, 1);
    assert.equal(await markAfterExit(4242, pool.ask, { sleep: noWait }), 'unreachable');
  });
});
