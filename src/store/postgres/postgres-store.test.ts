/**
 * The PostgreSQL store against a throw-away server of its own (one for the whole file): the Store
 * contract in full, a few things only this backend has, and the example articles ingested through the
 * real pipeline into it and into SQLite, which must give the same events. Without PostgreSQL installed
 * the file skips, unless TRIANGULATE_REQUIRE_POSTGRES=1 (CI), where that is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { examplesFolder } from '../../cli/commands/demo.js';
import { ingestPaths } from '../../ingest/batch.js';
import { createStages } from '../../pipeline.js';
import { runStoreContract, sampleArticle, sampleEvent } from '../contract.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import type { Store } from '../store.js';
import { displayUrl, isPostgresUrl, PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
if (!bin && process.env.TRIANGULATE_REQUIRE_POSTGRES === '1') throw new Error('TRIANGULATE_REQUIRE_POSTGRES=1, and no PostgreSQL is installed (no /usr/lib/postgresql/*/bin/initdb)');

describe('PostgreSQL connection strings', () => {
  it('should tell a PostgreSQL address from a SQLite file, and print it without its password', () => {
    assert.equal(isPostgresUrl('postgres://u@db/news'), true);
    assert.equal(isPostgresUrl('postgresql://u@db/news'), true);
    assert.equal(isPostgresUrl('data/postgres.db'), false);
    assert.equal(displayUrl('postgresql://ana:s3cret@db.example:5432/news'), 'postgresql://ana:***@db.example:5432/news');
    assert.equal(displayUrl('postgres://ana@db/news'), 'postgres://ana@db/news');
  });
});

if (!bin) {
  describe('PostgreSQL store', () => {
    it('needs PostgreSQL installed (/usr/lib/postgresql/<version>/bin): skipped', { skip: 'no PostgreSQL binaries on this machine' }, () => undefined);
  });
} else {
  let server: ThrowawayServer | null = null;
  let stores = 0;
  /** Each store in a schema of its own: an empty store per test, on one server. */
  const open = async (): Promise<PostgresStore> => {
    if (!server) throw new Error('the server did not start');
    return new PostgresStore(server.url, { schema: `contract_${++stores}`, maxConnections: 4 });
  };
  before(() => {
    server = startThrowawayServer(bin);
  });
  after(() => server?.stop());

  runStoreContract('PostgreSQL', open);

  describe('PostgreSQL store', () => {
    it('should say which database it cannot open, without its password', async () => {
      const store = new PostgresStore(`postgresql://ana:s3cret@/nothere?host=${encodeURIComponent('/nonexistent-socket-folder')}`);
      await assert.rejects(store.counts(), (error: Error) => error.message.includes('cannot open database postgresql://ana:***@') && !error.message.includes('s3cret'));
      await store.close();
    });

    it('should open a store written before, keeping what it holds, and refuse one a newer version wrote', async () => {
      const first = await open();
      const a = sampleArticle(1);
      await first.commit({ article: { ...a, eventId: 'evt_0000000000000001' }, event: sampleEvent('evt_0000000000000001', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: ['t:crane'], outletKey: 'o', copyGroup: a.id, articleTerms: ['crane'], mergedEventIds: [] });
      await first.close();
      const again = new PostgresStore(server!.url, { schema: `contract_${stores}` });
      assert.deepEqual(await again.counts(), { articles: 1, events: 1 });
      const [hit] = await again.searchEvents('cranes');
      assert.equal(hit?.item.id, 'evt_0000000000000001');
      // As a newer Triangulate would leave it.
      await (again as unknown as { q: (sql: string) => Promise<unknown> }).q("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
      await again.close();
      const newer = new PostgresStore(server!.url, { schema: `contract_${stores}` });
      await assert.rejects(newer.counts(), /newer Triangulate \(schema 999\)/);
      await newer.close();
    });

    it('should give a search answer the same hits, order, scores and snippets as the events and articles searched one by one', async () => {
      const store = await open();
      // Every headline says "harbour cranes"; the bodies say "crane" once (1, 3: one text, so their ranks
      // tie and the later stored comes first), three times (2), or once past 14,000 characters of a long
      // body (4), where alone the body says "fell".
      const once = 'A crane stood at berth one.';
      const bodies = [once, 'The crane, a second crane and a third crane stood at berth two.', once, `${'The berth stayed quiet all week. '.repeat(500)}Then a crane fell into the water.`];
      const ids: string[] = [];
      for (const [i, body] of bodies.entries()) {
        const a = sampleArticle(40 + i, { body });
        const eventId = `evt_00000000000000${40 + i}`;
        ids.push(a.id);
        await store.commit({ article: { ...a, eventId }, event: sampleEvent(eventId, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o', copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
      }
      const articleIds = (hits: { item: string }[]): string[] => hits.map((h) => (JSON.parse(h.item) as { id: string }).id);
      const answer = await store.searchSummaries('crane', { limit: 10 });
      assert.deepEqual(articleIds(answer.articles), [ids[1], ids[3], ids[2], ids[0]]);
      assert.deepEqual(answer.events.map((h) => (JSON.parse(h.item) as { id: string }).id), ['evt_0000000000000043', 'evt_0000000000000042', 'evt_0000000000000041', 'evt_0000000000000040']);
      for (const options of [{ limit: 10 }, { limit: 2 }, { limit: 2, offset: 1 }, { limit: 2, offset: 4 }]) {
        for (const query of ['crane', 'fell', 'berth -quiet', 'nothing']) {
          const alone = { events: await store.searchEventSummaries(query, options), articles: await store.searchArticleSummaries(query, options) };
          assert.deepEqual(await store.searchSummaries(query, options), alone, `${query} ${JSON.stringify(options)}`);
        }
      }
      const [far] = (await store.searchSummaries('fell')).articles;
      assert.match(far!.snippet.text, /crane fell into the water/);
      assert.equal(far!.snippet.text.slice(...far!.snippet.highlights[0]!), 'fell');
      await store.close();
    });

    it('should find a phrase joined by signs as a phrase, and words with accents typed without them', async () => {
      const store = await open();
      const a = sampleArticle(3, { body: 'Attackers used CVE-2024-3400 against the firewall in São Paulo.' });
      await store.commit({ article: { ...a, eventId: 'evt_0000000000000003' }, event: sampleEvent('evt_0000000000000003', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o', copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
      assert.deepEqual((await store.searchArticles('CVE-2024-3400')).map((h) => h.item.id), [a.id]);
      assert.deepEqual(await store.searchArticles('CVE-2024-3401'), []);
      assert.deepEqual((await store.searchArticles('sao paulo')).map((h) => h.item.id), [a.id]);
      assert.deepEqual((await store.searchArticles('"paulo sao"')), []);
      // No stop words: a word PostgreSQL's English configuration would drop must still match.
      assert.deepEqual(await store.searchArticles('firewall -against'), []);
      await store.close();
    });
  });

  describe('PostgreSQL store: text PostgreSQL would refuse', () => {
    it('should store an article too long for one tsvector, its first words found, and one whose outlet holds a NUL', async () => {
      const store = await open();
      const body = `Eastbury warehouse fire. ${Array.from({ length: 150_000 }, (_, i) => `w${String(i).padStart(7, '0')}x`).join(' ')}`;
      const long = sampleArticle(4, { body });
      await store.commit({ article: { ...long, eventId: 'evt_0000000000000004' }, event: sampleEvent('evt_0000000000000004', [long]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o', copyGroup: long.id, articleTerms: [], mergedEventIds: [] });
      assert.deepEqual((await store.searchArticles('"warehouse fire"')).map((h) => h.item.id), [long.id]);
      const odd = sampleArticle(5);
      await store.commit({ article: { ...odd, eventId: 'evt_0000000000000005' }, event: sampleEvent('evt_0000000000000005', [odd]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'out\u0000let', copyGroup: `${odd.id}\u0000`, articleTerms: [], mergedEventIds: [] });
      assert.deepEqual(await store.counts(), { articles: 2, events: 2 });
      await store.close();
    });
  });

  describe('PostgreSQL store: the event list', () => {
    it('should give the same cards when one is left empty, made then from the whole record', async () => {
      const store = await open();
      for (const n of [6, 7]) {
        const a = sampleArticle(n);
        const id = `evt_000000000000000${n}`;
        await store.commit({ article: { ...a, eventId: id }, event: sampleEvent(id, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o', copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
      }
      const cards = await store.queryEventSummaries({ sort: 'date-desc' });
      assert.equal(cards.length, 2);
      await (store as unknown as { q: (sql: string) => Promise<unknown> }).q("UPDATE events SET card = '' WHERE id = 'evt_0000000000000006'");
      assert.deepEqual(await store.queryEventSummaries({ sort: 'date-desc' }), cards);
      await store.close();
    });
  });

  describe('PostgreSQL store: closing', () => {
    it('should finish the calls made before close() in its tick, and refuse in words one made after', async () => {
      const store = await open();
      await store.counts();
      const before = [store.counts(), store.eventFacets(), store.searchEvents('crane')];
      const closing = store.close();
      const after = assert.rejects(store.counts(), /the store postgresql:\/\/.* is closed/);
      const settled = await Promise.allSettled(before);
      assert.deepEqual(settled.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled']);
      await after;
      await closing;
    });
  });

  describe('PostgreSQL and SQLite through the pipeline', () => {
    it('should make the same events of the example articles in both stores', async () => {
      const ingest = async (store: Store): Promise<unknown[]> => {
        const report = await ingestPaths([examplesFolder()], createStages(), { store, now: () => '2026-01-01T00:00:00.000Z' }, {});
        assert.equal(report.errors.length, 0, JSON.stringify(report.errors));
        const events = await store.listEvents();
        const shown = [];
        for (const e of events) shown.push({ id: e.id, title: e.title, date: e.date, summary: e.summary, articles: (await store.eventMembers(e.id)).map((m) => m.id).sort(), recorded: [...e.articles].sort() });
        await store.close();
        return shown;
      };
      const sqlite = await ingest(new SqliteStore(':memory:'));
      const postgres = await ingest(await open());
      assert.ok(sqlite.length >= 4, `the examples hold four events, SQLite made ${sqlite.length}`);
      assert.deepEqual(postgres, sqlite);
    });
  });
}
