/**
 * The section's lock connection against a real server: a server's idle timeout must not end it while
 * the section's reads run elsewhere, a session ended before the commit is reported as nothing written
 * (the batch goes on), and the writes that need the whole store refuse a keyed section. Its own
 * throw-away server: one test changes a database setting.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { sampleArticle, sampleEvent } from '../contract.js';
import { sectionLost } from '../stale-read.js';
import type { Commit, SectionKeys } from '../store.js';
import { storeCannotWrite } from '../write-failure.js';
import { PostgresStore } from './postgres-store.js';
import { SectionEnded } from './write-lock.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;
const EVENT = 'evt_00000000000000e1';
const PROFILE = { terms: {}, names: [], dates: [], size: 1 };
const keys = async (): Promise<SectionKeys> => ({ exclusive: ['t:crane@5'], shared: [] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Article n joining EVENT, decided from a read of it with `before` articles (a transaction with its check). */
function joining(n: number, before: number): Commit {
  const article = { ...sampleArticle(n), eventId: EVENT };
  return { article, event: sampleEvent(EVENT, [article]), profile: PROFILE, keys: ['t:crane'], outletKey: `o${n}`, copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: [], readEvents: [{ eventId: EVENT, articles: before }] };
}

describe('the lock connection of a PostgreSQL section', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
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

  it("should keep its session through a server idle_session_timeout shorter than the section's work", async () => {
    const version = Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num);
    if (version < 140000) return;
    const database = String((await admin.query('SELECT current_database() AS d')).rows[0].d);
    await admin.query(`ALTER DATABASE ${database} SET idle_session_timeout = '1s'`);
    const store = new PostgresStore(server.url, { schema: 'idle', maxConnections: 3 });
    try {
      await store.counts();
      await store.exclusive(async () => {
        await sleep(1500);
        await store.commit(joining(1, 0));
      }, keys);
      assert.equal((await store.counts()).articles, 1);
    } finally {
      await admin.query(`ALTER DATABASE ${database} RESET idle_session_timeout`);
      await store.close();
    }
  });

  it('should report a session ended before the commit as nothing written, not as a server that cannot be reached', async () => {
    const store = new PostgresStore(server.url, { schema: 'ended', maxConnections: 3 });
    try {
      await store.counts();
      const refused = store.exclusive(async () => {
        // The lock connection is the one holding an advisory lock of this store's.
        const held = await admin.query("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() LIMIT 1");
        await admin.query('SELECT pg_terminate_backend($1)', [held.rows[0].pid]);
        await sleep(200);
        await store.commit(joining(1, 0));
      }, keys);
      await assert.rejects(refused, (error: unknown) => sectionLost(error) && storeCannotWrite(error) === null && /nothing of the commit was written/.test((error as Error).message));
      assert.equal((await store.counts()).articles, 0);
      // The next section takes a new connection, and commits.
      await store.exclusive(() => store.commit(joining(1, 0)), keys);
      assert.equal((await store.counts()).articles, 1);
    } finally {
      await store.close();
    }
  });

  it('should refuse a commit asked for after its section ended instead of making it on a connection given back to the pool', async () => {
    const store = new PostgresStore(server.url, { schema: 'late', maxConnections: 2 });
    try {
      await store.counts();
      let late: Promise<void> | null = null;
      const fired = new Promise<void>((resolve) => {
        void store.exclusive(async () => {
          // A timer the section's work left behind: it still runs in the section's async context.
          setTimeout(() => {
            late = store.commit(joining(1, 0));
            resolve();
          }, 50);
        }, keys);
      });
      await fired;
      await assert.rejects(late!, SectionEnded);
      assert.equal((await store.counts()).articles, 0);
    } finally {
      await store.close();
    }
  });

  it('should refuse a split or relinked events in a keyed section, and write both on the lock connection of a whole-store one', async () => {
    const store = new PostgresStore(server.url, { schema: 'whole', maxConnections: 1 });
    try {
      const a = { ...sampleArticle(1), eventId: EVENT };
      const b = { ...sampleArticle(2), eventId: EVENT };
      await store.commit({ ...joining(1, 0), article: a, event: sampleEvent(EVENT, [a]), readEvents: undefined });
      await store.commit({ ...joining(2, 1), article: b, event: sampleEvent(EVENT, [a, b]), readEvents: undefined });
      const other = { ...b, eventId: 'evt_00000000000000f1' };
      const split = { event: sampleEvent(EVENT, [a]), profile: PROFILE, keys: ['t:crane'], splitOff: { event: sampleEvent('evt_00000000000000f1', [other]), profile: PROFILE, keys: ['t:hoist'], articleIds: [b.id] } };
      await assert.rejects(store.exclusive(() => store.splitEvent(split), keys), /keyed section/);
      await assert.rejects(store.exclusive(() => store.relinked(EVENT, []), keys), /keyed section/);
      // A pool of one connection: these finish only if they run on the section's own (the lock) connection.
      await store.exclusive(() => store.relinked(EVENT, []));
      await store.exclusive(() => store.splitEvent(split));
      assert.equal((await store.counts()).events, 2);
    } finally {
      await store.close();
    }
  });
});
