import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type * as Pg from 'pg';
import { storeCannotWrite } from '../write-failure.js';
import { sectionLost } from '../stale-read.js';
import { lockCount, LocksLost, LocksLostInCommit, LocksNotGranted, SectionEnded, WriteLock } from './write-lock.js';

/**
 * A pool of one connection that records its statements by kind; `failKeys` answers the keyed lock
 * statement with an error of that SQLSTATE the first `times` times it is asked.
 */
function fakePool(failKeys?: { code: string; times: number }, busy = 0) {
  const kinds: string[] = [];
  let released: boolean | undefined;
  const client = Object.assign(new EventEmitter(), {
    async query(text: string) {
      const kind = text.includes('unnest') ? 'keys' : text.includes('unlock_all') ? 'unlock' : text.includes('advisory_lock(') ? 'store' : text.startsWith('SET lock_timeout') ? 'settings' : text;
      // The statement that does not wait says whether it got every lock.
      const trying = text.includes('pg_try_');
      kinds.push(trying ? `try ${kind}` : kind);
      if (trying) return { rows: [{ got: busy-- > 0 ? 'false' : 'true' }] };
      if (kind === 'keys' && failKeys && failKeys.times-- > 0) throw Object.assign(new Error(`failed with ${failKeys.code}`), { code: failKeys.code });
      return { rows: [] };
    },
    release(destroy?: boolean) {
      released = destroy === true;
    },
  });
  const pool = { connect: async () => client } as unknown as Pg.Pool;
  return { pool, client, kinds, destroyed: () => released };
}

const keys = async () => ({ exclusive: ['n:l:wellington@1'], shared: [] });

/**
 * A pool of one connection whose waiting lock statement is answered after `answerMs` (never when
 * undefined), and fails as pg's does once the connection is ended.
 */
function slowLockPool(answerMs?: number) {
  let fail: (error: Error) => void = () => undefined;
  const client = Object.assign(new EventEmitter(), {
    async query(text: string) {
      if (text.includes('pg_try_')) return { rows: [{ got: 'false' }] };
      if (!text.includes('unnest')) return { rows: [] };
      return new Promise((resolve, reject) => {
        fail = reject;
        if (answerMs !== undefined) setTimeout(() => resolve({ rows: [{ got: '3' }] }), answerMs);
      });
    },
    async end() {
      client.emit('end');
      fail(new Error('Connection terminated'));
    },
    release() {},
  });
  return { connect: async () => client } as unknown as Pg.Pool;
}

describe('WriteLock', () => {
  it("should run a keyed section whole-store when the server's lock table is full, instead of failing it", async () => {
    const { pool, kinds } = fakePool({ code: '53200', times: 1 }, 1);
    const lock = new WriteLock(pool, Promise.resolve());
    const ran = await lock.run(async () => 'done', keys);
    assert.equal(ran, 'done');
    assert.deepEqual(kinds, ['settings', 'try keys', 'unlock', 'keys', 'unlock', 'store', 'unlock']);
    assert.equal(lock.counts.wholeTableFull, 1);
  });

  it('should let its locks go and ask again when a lock wait times out, and fail the section after a few such waits', async () => {
    const once = fakePool({ code: '55P03', times: 1 }, 1);
    assert.equal(await new WriteLock(once.pool, Promise.resolve()).run(async () => 'done', keys), 'done');
    assert.deepEqual(once.kinds, ['settings', 'try keys', 'unlock', 'keys', 'unlock', 'keys', 'unlock']);
    const always = fakePool({ code: '55P03', times: 100 }, 1);
    // Said with the store's address and the setting that changes the wait; a failure of this article alone.
    await assert.rejects(new WriteLock(always.pool, Promise.resolve(), { where: 'postgresql://ana:***@db/news', queryMs: 0, lockMs: 30_000 }).run(async () => 'done', keys), (error: unknown) => {
      assert.ok(error instanceof LocksNotGranted);
      assert.match(error.message, /^the section's locks on the PostgreSQL store postgresql:\/\/ana:\*\*\*@db\/news were not granted in 5 waits of 30 s each .*TRIANGULATE_PG_LOCK_TIMEOUT/);
      assert.equal(storeCannotWrite(error), null);
      return true;
    });
    assert.equal(always.kinds.filter((k) => k === 'keys').length, 5);
  });

  it('should count the store lock and each distinct key among the locks a statement may wait for in turn', () => {
    assert.equal(lockCount(null), 1);
    assert.equal(lockCount({ exclusive: ['a', 'b'], shared: ['b', 'c'] }), 4);
  });

  it('should give a lock statement waiting on several keys a lock wait for each beyond the query timeout, not one for all', async () => {
    // Three keys and the store's lock released one after another: 120 ms, past 50 + 30 ms, within 50 + 4 x 30 ms.
    const lock = new WriteLock(slowLockPool(120), Promise.resolve(), { where: 'db', queryMs: 50, lockMs: 30 });
    assert.equal(await lock.run(async () => 'done', async () => ({ exclusive: ['a', 'b'], shared: ['c'] })), 'done');
  });

  it('should make a lock statement left unanswered past its deadline a lost section, tried again rather than failed', async () => {
    const lock = new WriteLock(slowLockPool(), Promise.resolve(), { where: 'postgresql://ana:***@db/news', queryMs: 40, lockMs: 20 });
    await assert.rejects(lock.run(async () => 'done', keys), (error: unknown) => {
      assert.ok(sectionLost(error));
      assert.match(error.message, /before its locks were granted: the PostgreSQL server of postgresql:\/\/ana:\*\*\*@db\/news did not answer a statement within 0\.08 s /);
      assert.equal(storeCannotWrite(error), null);
      return true;
    });
  });

  it('should take free locks in one statement without waiting, and count a section that had to wait and the whole-store ones', async () => {
    const free = fakePool();
    const lock = new WriteLock(free.pool, Promise.resolve());
    await lock.run(async () => undefined, keys);
    assert.deepEqual(free.kinds, ['settings', 'try keys', 'unlock']);
    assert.equal(lock.counts.keyed, 1);
    assert.equal(lock.counts.waited, 0);
    const busy = fakePool(undefined, 1);
    const waiting = new WriteLock(busy.pool, Promise.resolve());
    await waiting.run(async () => undefined, keys);
    // What the first statement took is let go before the one that waits, which asks in the global order.
    assert.deepEqual(busy.kinds, ['settings', 'try keys', 'unlock', 'keys', 'unlock']);
    assert.equal(waiting.counts.waited, 1);
    await waiting.run(async () => undefined);
    await waiting.run(async () => undefined, async () => null);
    assert.deepEqual([waiting.counts.keyed, waiting.counts.wholeAsked, waiting.counts.wholeNoKeys], [1, 1, 1]);
  });

  it("should run a section's commit on the connection that holds its locks, and refuse it once that connection failed", async () => {
    const { pool, client, kinds, destroyed } = fakePool();
    const lock = new WriteLock(pool, Promise.resolve());
    assert.equal(lock.onSection(async () => 'outside'), null);
    await assert.rejects(
      lock.run(async () => {
        assert.equal(lock.inKeyedSection(), true);
        await lock.onSection(async (c) => {
          assert.equal(c, client);
          return c.query('COMMIT-ish');
        });
        client.emit('error', new Error('terminating connection due to administrator command'));
        await lock.onSection(async () => 'never run');
      }, keys),
      // Found lost before the next use began: nothing was written, and the batch need not stop.
      (error: unknown) => error instanceof LocksLost && /nothing of the commit was written/.test(error.message) && storeCannotWrite(error) === null,
    );
    assert.equal(kinds.filter((k) => k === 'COMMIT-ish').length, 1);
    assert.equal(destroyed(), true);
    assert.equal(lock.inKeyedSection(), false);
  });

  it('should refuse as lost a statement that failed because its lock connection went away', async () => {
    const { pool, client } = fakePool();
    const lock = new WriteLock(pool, Promise.resolve());
    await assert.rejects(
      lock.run(
        async () =>
          lock.onSection(async () => {
            client.emit('end');
            throw new Error('Connection terminated unexpectedly');
          }),
        keys,
      ),
      LocksLost,
    );
  });

  it('should say a commit lost while it was being sent may or may not have been made, and stop the batch', async () => {
    const { pool, client } = fakePool();
    const lock = new WriteLock(pool, Promise.resolve());
    await assert.rejects(
      lock.run(
        async () =>
          lock.onSection(async (_client, committing) => {
            committing();
            client.emit('end');
            throw new Error('Connection terminated unexpectedly');
          }),
        keys,
      ),
      (error: unknown) => error instanceof LocksLostInCommit && /may or may not/.test(error.message) && /already stored/.test(error.message) && /cannot be reached/.test(storeCannotWrite(error) ?? ''),
    );
  });

  it("should turn the server's idle timeouts off on the lock connection and back before the pool has it again", async () => {
    const texts: string[] = [];
    const { pool, client } = fakePool();
    const query = client.query.bind(client);
    client.query = async (text: string) => {
      texts.push(text);
      return query(text);
    };
    await new WriteLock(pool, Promise.resolve()).run(async () => undefined, keys);
    assert.match(texts[0]!, /set_config\(name, '0', false\) FROM pg_settings WHERE name IN \('idle_session_timeout', 'idle_in_transaction_session_timeout'\)/);
    assert.match(texts.at(-1)!, /set_config\(name, reset_val, false\)/);
  });

  it('should refuse a use that a callback of the section asks for after the section ended, and run nothing on the released connection', async () => {
    const { pool, kinds, destroyed } = fakePool();
    const lock = new WriteLock(pool, Promise.resolve());
    let late: Promise<unknown> | null = null;
    const timerFired = new Promise<void>((resolve) => {
      void lock.run(async () => {
        // Left behind by the work: it fires once the section has let its locks go.
        setTimeout(() => {
          late = lock.onSection(async (client) => client.query('LATE COMMIT'));
          resolve();
        }, 20);
      }, keys);
    });
    await timerFired;
    assert.notEqual(late, null);
    await assert.rejects(late!, (error: unknown) => error instanceof SectionEnded && /after the section ended/.test(error.message));
    assert.equal(kinds.includes('LATE COMMIT'), false);
    assert.equal(destroyed(), false);
  });

  it('should tell a whole-store section from a keyed one', async () => {
    const { pool } = fakePool();
    const lock = new WriteLock(pool, Promise.resolve());
    assert.equal(await lock.run(async () => lock.inKeyedSection()), false);
    assert.equal(await lock.run(async () => lock.inKeyedSection(), keys), true);
  });
});
