/**
 * A PostgreSQL store whose network stalls without a reset, through a relay that can hold every byte
 * (stalling-relay.ts), and whose locks another session holds: each wait ends at the user's timeout with
 * an error naming the store and what happened, the article alone fails or is tried again in a new
 * section, and the store works again once the network is back or the locks are free. Its own
 * throw-away server.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { examplesFolder } from '../../cli/commands/demo.js';
import { ingestPaths } from '../../ingest/batch.js';
import { createStages } from '../../pipeline.js';
import { sampleArticle, sampleEvent } from '../contract.js';
import { sectionLost } from '../stale-read.js';
import type { Commit, SectionKeys } from '../store.js';
import { storeCannotWrite } from '../write-failure.js';
import { noAnswer } from './deadline.js';
import { PostgresStore } from './postgres-store.js';
import { startStallingRelay, type StallingRelay } from './stalling-relay.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';
import { WRITE_LOCK } from './write-lock.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;
const EVENT = 'evt_00000000000000e2';
const keys = async (): Promise<SectionKeys> => ({ exclusive: ['t:ferry@5'], shared: [] });

/** Article n starting EVENT, decided from a read of it with `before` articles (a transaction with its check). */
function joining(n: number, before: number): Commit {
  const article = { ...sampleArticle(n), eventId: EVENT };
  return { article, event: sampleEvent(EVENT, [article]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: ['t:ferry'], outletKey: `o${n}`, copyGroup: article.id, articleTerms: ['ferry'], mergedEventIds: [], readEvents: [{ eventId: EVENT, articles: before }] };
}

describe('a PostgreSQL store whose network stalls or whose locks are held', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  let relay: StallingRelay;
  let admin: Pg.Client;
  /** The relay's address, with a password to see it masked (the socket trusts the role and asks for none). */
  let url: string;
  before(async () => {
    server = startThrowawayServer(bin!);
    const folder = decodeURIComponent(/host=([^&]+)/.exec(server.url)![1]!);
    relay = await startStallingRelay(join(folder, '.s.PGSQL.5432'));
    url = `postgresql://triangulate:s3cret@127.0.0.1:${relay.port}/postgres`;
    admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
  });
  after(async () => {
    await admin.end();
    await relay.close();
    server.stop();
  });

  it('should fail a read left unanswered past the query timeout with an error naming the store, not stopping a batch, and read again once the network is back', async () => {
    const store = new PostgresStore(url, { schema: 'stalled_read', queryTimeoutMs: 400, maxConnections: 2 });
    try {
      await store.counts();
      relay.stall();
      const asked = performance.now();
      await assert.rejects(store.counts(), (error: unknown) => {
        assert.ok(noAnswer(error));
        assert.match(error.message, /^the PostgreSQL server of postgresql:\/\/triangulate:\*\*\*@127\.0\.0\.1:\d+\/postgres did not answer a statement within 0\.4 s \(a cut network, a stalled server, or a statement waiting on a lock or slower than this limit\); the server was asked to cancel it, and its connection was closed \(TRIANGULATE_PG_QUERY_TIMEOUT/);
        assert.equal(storeCannotWrite(error), null);
        return true;
      });
      // The deadline, not the system's TCP timeout (minutes).
      assert.ok(performance.now() - asked < 10_000);
      relay.unstall();
      assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
    } finally {
      relay.unstall();
      await store.close();
    }
  });

  it("should refuse a section's commit left unanswered as a lost section with nothing written, and make it in a new section once the network is back", async () => {
    const store = new PostgresStore(url, { schema: 'stalled_commit', queryTimeoutMs: 400, maxConnections: 3 });
    try {
      await store.counts();
      const refused = store.exclusive(async () => {
        relay.stall();
        await store.commit(joining(1, 0));
      }, keys);
      // A lost section: the pipeline tries the article again in a new section (pipeline.ts), the batch goes on.
      await assert.rejects(refused, (error: unknown) => sectionLost(error) && /before its commit \(the PostgreSQL server of .* did not answer a statement within 0\.4 s.*nothing of the commit was written$/.test((error as Error).message) && storeCannotWrite(error) === null);
      relay.unstall();
      await store.exclusive(() => store.commit(joining(1, 0)), keys);
      assert.equal((await store.counts()).articles, 1);
    } finally {
      relay.unstall();
      await store.close();
    }
  });

  it('should report an article whose locks another session holds past the lock timeout, go on with the batch, and store it when run again', async () => {
    const store = new PostgresStore(server.url, { schema: 'held_locks', lockTimeoutMs: 100 });
    const context = { store, now: () => '2026-01-01T00:00:00.000Z' };
    const folder = join(examplesFolder(), 'wellington-earthquake');
    try {
      await store.counts();
      // Another session holds the store's own lock exclusive: every section of this store waits for it.
      await admin.query("SELECT pg_advisory_lock(hashtextextended($1 || 'held_locks', 0))", [WRITE_LOCK]);
      const held = await ingestPaths([folder], createStages(), context, {});
      assert.equal(held.stored, 0);
      assert.equal(held.stopped, undefined);
      // Both articles were tried and reported, the second after the first had failed.
      assert.equal(held.errors.length, 2, JSON.stringify(held.errors));
      for (const e of held.errors) assert.match(e.problem, /the section's locks on the PostgreSQL store postgresql:\/\/triangulate@\/postgres\?host=.* were not granted in 5 waits of 0\.1 s each .*run the same input again to store it.*TRIANGULATE_PG_LOCK_TIMEOUT/);
      await admin.query('SELECT pg_advisory_unlock_all()');
      const again = await ingestPaths([folder], createStages(), context, {});
      assert.equal(again.stored, 2, JSON.stringify(again.errors));
    } finally {
      await admin.query('SELECT pg_advisory_unlock_all()');
      await store.close();
    }
  });
});
