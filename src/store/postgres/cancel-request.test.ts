/**
 * A statement left past its deadline is cancelled on the server, not only cut off from its client: its
 * backend stops running it and lets go of its locks at once (review66b finding 2). Its own throw-away
 * server.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { cancelRequestBytes, cancelRunning } from './cancel-request.js';
import { answeredWithin, noAnswer } from './deadline.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('a cancel request', () => {
  it('should be the protocol\'s sixteen bytes: its length, the cancel code, the session and its key', () => {
    const bytes = cancelRequestBytes(4242, -7);
    assert.deepEqual([bytes.readInt32BE(0), bytes.readInt32BE(4), bytes.readInt32BE(8), bytes.readInt32BE(12)], [16, 80877102, 4242, -7]);
  });

  it('should send nothing for a client that never had a session', async () => {
    assert.equal(await cancelRunning({ host: '127.0.0.1', port: 1 }), false);
  });
});

describe('a statement past its deadline on a real server', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
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

  /** Whether another session can take advisory lock `key` now (and lets it go again). */
  async function lockFree(key: number): Promise<boolean> {
    const free = (await admin.query('SELECT pg_try_advisory_lock($1) AS free', [key])).rows[0]!.free === true;
    if (free) await admin.query('SELECT pg_advisory_unlock($1)', [key]);
    return free;
  }

  it('should stop running on the server and let go of its locks soon after the client gave up on it', async () => {
    const client = new pg.Client({ connectionString: server.url });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(66)');
    const started = Date.now();
    await assert.rejects(answeredWithin(client, 300, 'the test server', () => client.query('SELECT pg_sleep(30)')), (error: unknown) => noAnswer(error));
    // Closing alone left the sleep running for its 30 s, the lock held all that while.
    let free = false;
    while (!free && Date.now() - started < 5_000) {
      await sleep(100);
      free = await lockFree(66);
    }
    assert.ok(free, 'the abandoned statement still held its lock 5 s after its deadline');
    const sleeping = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'");
    assert.equal(sleeping.rows[0]!.n, 0);
  });
});
