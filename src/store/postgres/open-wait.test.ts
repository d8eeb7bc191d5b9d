/**
 * Opening a store while another session holds a lock the open needs (the lock VACUUM takes, held by
 * hand): the open waits past the query timeout, says who holds the lock, and opens once it is let go;
 * a reader opens meanwhile. Its own throw-away server.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { holdersText, OPEN_LOCK_WAIT_MS, openLockWaitMs, openWaitMessage } from './open-wait.js';
import { PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the lock wait of an open', () => {
  it('should wait a few seconds at most per try, a quarter of a short query timeout, and for ever with no query timeout', () => {
    assert.equal(openLockWaitMs(120_000), OPEN_LOCK_WAIT_MS);
    assert.equal(openLockWaitMs(1_000), 250);
    assert.equal(openLockWaitMs(2), 1);
    assert.equal(openLockWaitMs(0), 0);
  });

  it('should name each holder with its kind of process and its statement, and say that the wait goes on', () => {
    const holders = [{ pid: 12, backend_type: 'autovacuum worker', query: 'autovacuum: VACUUM public.articles' }, { pid: 40, backend_type: 'client backend', query: '' }];
    assert.equal(holdersText(holders), 'process 12 (autovacuum worker: autovacuum: VACUUM public.articles), process 40 (no statement shown)');
    assert.match(openWaitMessage('postgresql://db/news', holders), /^opening the PostgreSQL store postgresql:\/\/db\/news is waiting for a lock held by process 12 .*it goes on waiting until the lock is let go \(TRIANGULATE_PG_QUERY_TIMEOUT does not bound a lock wait at open\)$/);
  });
});

describe('opening a PostgreSQL store while a table lock is held', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  let admin: Pg.Client;
  before(async () => {
    server = startThrowawayServer(bin!);
    admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
  });
  after(async () => {
    await admin.end();
    server.stop();
  });

  it('should wait past the query timeout saying who holds the lock, open a reader meanwhile, and open once the lock is let go', async () => {
    const first = new PostgresStore(server.url, { schema: 'held_open' });
    await first.opened();
    await first.close();
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE held_open.articles IN SHARE UPDATE EXCLUSIVE MODE');
    const holder = (await admin.query('SELECT pg_backend_pid() AS pid')).rows[0]!.pid as number;
    const told: string[] = [];
    const writer = new PostgresStore(server.url, { schema: 'held_open', queryTimeoutMs: 400, onWait: (message) => told.push(message) });
    let opened = false;
    // Failed, the open shows it at counts() below; handled here so that no rejection goes unseen meanwhile.
    const opening = writer.opened().then(() => (opened = true), () => undefined);
    try {
      await sleep(1_500);
      assert.equal(opened, false);
      assert.equal(told.length, 1, 'told once, not at every try');
      assert.match(told[0]!, new RegExp(`is waiting for a lock held by process ${holder} \\(`));
      const reader = new PostgresStore(server.url, { schema: 'held_open', queryTimeoutMs: 400, mustExist: true });
      try {
        await reader.opened();
        assert.equal((await reader.counts()).articles, 0);
      } finally {
        await reader.close();
      }
    } finally {
      await admin.query('COMMIT');
    }
    await opening;
    assert.equal((await writer.counts()).articles, 0);
    await writer.close();
  });
});
