/**
 * Several writers on one PostgreSQL store: pipelines with stores of their own (their own connections,
 * as processes would have) ingesting interleaved shares of the example articles into one database at
 * once must leave it as one writer ingesting them all does: every article in an event that lists it,
 * every event's record listing exactly its articles, one event per story. Without PostgreSQL installed
 * the file skips, unless TRIANGULATE_REQUIRE_POSTGRES=1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { examplesFolder } from '../../cli/commands/demo.js';
import { ingestPaths } from '../../ingest/batch.js';
import { createStages } from '../../pipeline.js';
import { sampleArticle, sampleEvent } from '../contract.js';
import { NeedsWholeStore, StaleRead } from '../stale-read.js';
import type { Commit, SectionKeys, Store } from '../store.js';
import { PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
if (!bin && process.env.TRIANGULATE_REQUIRE_POSTGRES === '1') throw new Error('TRIANGULATE_REQUIRE_POSTGRES=1, and no PostgreSQL is installed (no /usr/lib/postgresql/*/bin/initdb)');

const pg = createRequire(import.meta.url)('pg') as typeof Pg;

const NOW = () => '2026-01-01T00:00:00.000Z';

/** Every file under a folder, sorted, so that the shares interleave the stories. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** What one store holds, checked for agreement between articles and event records; the events' member lists, sorted. */
async function checkedEvents(store: Store): Promise<string[][]> {
  const articles = await store.listArticles();
  const events = await store.listEvents();
  const counts = await store.counts();
  assert.equal(counts.articles, articles.length);
  assert.equal(counts.events, events.length);
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const article of articles) {
    const event = byId.get(article.eventId ?? '');
    assert.ok(event, `article ${article.id} points at ${article.eventId}, which is no event`);
    assert.ok(event.articles.includes(article.id), `event ${event.id}'s record misses its article ${article.id}`);
  }
  const members: string[][] = [];
  for (const event of events) {
    const ids = (await store.eventMembers(event.id)).map((m) => m.id).sort();
    assert.deepEqual([...event.articles].sort(), ids, `event ${event.id}'s record and its articles disagree`);
    members.push(ids);
  }
  assert.equal(members.flat().length, articles.length, 'each article is in one event');
  return members.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const EVENT = 'evt_00000000000000e1';

/** Article n's commit into one event, decided from it holding `before` articles. */
function articleCommit(n: number, before = 0): Commit {
  const article = { ...sampleArticle(n), eventId: EVENT };
  return { article, event: sampleEvent(EVENT, [article]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: ['t:crane'], outletKey: `o${n}`, copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: [], readEvents: [{ eventId: EVENT, articles: before }] };
}

/** Resolves when `ready()` holds, or after `ms` (a test that never sees it fails on its assertion, not by hanging). */
async function until(ready: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !ready() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * The store's sections watched: `inside` counts the watched writers inside one now, and `most` the
 * most at once; `hold` runs at the start of each, inside it (to keep it open while the test looks).
 */
function watchSections(stores: readonly Store[], hold: (writer: number) => Promise<void>): { inside: Set<number>; most: () => number } {
  const inside = new Set<number>();
  let most = 0;
  stores.forEach((store, writer) => {
    const plain = store.exclusive.bind(store);
    store.exclusive = <T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> =>
      plain(async () => {
        inside.add(writer);
        most = Math.max(most, inside.size);
        try {
          await hold(writer);
          return await work();
        } finally {
          inside.delete(writer);
        }
      }, keys);
  });
  return { inside, most: () => most };
}

/** A text article in the examples' form: page lines, headline, byline, date, body. */
function story(headline: string, published: string, body: string[]): string {
  return ['THE TEST HERALD', headline, 'By Staff Writer', `Published: ${published}`, ...body].join('\n');
}

if (!bin) {
  describe('several writers on one PostgreSQL store', () => {
    it('needs PostgreSQL installed (/usr/lib/postgresql/<version>/bin): skipped', { skip: 'no PostgreSQL binaries on this machine' }, () => undefined);
  });
} else {
  let server: ThrowawayServer | null = null;
  let schemas = 0;
  const url = (): string => {
    if (!server) throw new Error('the server did not start');
    return server.url;
  };
  before(() => {
    server = startThrowawayServer(bin);
  });
  after(() => server?.stop());

  describe('several writers on one PostgreSQL store', () => {
    it('should let one writer at a time run its section, whichever store object it goes through', async () => {
      const schema = `writers_${++schemas}`;
      const stores = [0, 1, 2].map(() => new PostgresStore(url(), { schema, maxConnections: 3 }));
      let inside = 0;
      let most = 0;
      const section = async (): Promise<void> => {
        inside++;
        most = Math.max(most, inside);
        // Statements of the section run meanwhile, on the pool's other connections.
        await stores[0]!.counts();
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside--;
      };
      await Promise.all(stores.flatMap((store) => [1, 2, 3].map(() => store.exclusive(section))));
      assert.equal(most, 1);
      // A section that fails lets the next one in.
      await assert.rejects(stores[1]!.exclusive(() => Promise.reject(new Error('no'))), /no/);
      assert.equal(await stores[2]!.exclusive(async () => 'after'), 'after');
      await Promise.all(stores.map((store) => store.close()));
    });

    it('should refuse a commit decided from an event that another writer changed or merged away, writing none of it', async () => {
      const store = new PostgresStore(url(), { schema: `writers_${++schemas}`, maxConnections: 3 });
      const eventId = 'evt_00000000000000e1';
      const commitOf = (n: number, read: Commit['readEvents'], merged: string[] = []): Commit => {
        const article = { ...sampleArticle(n), eventId };
        return { article, event: sampleEvent(eventId, [article]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: ['t:crane'], outletKey: `o${n}`, copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: merged, readEvents: read };
      };
      await store.commit(commitOf(1, [{ eventId, articles: 0 }]));
      // A second writer read the event before the first article was committed: it saw none.
      await assert.rejects(store.commit(commitOf(2, [{ eventId, articles: 0 }])), (error: unknown) => error instanceof StaleRead && error.eventId === eventId);
      assert.deepEqual(await store.counts(), { articles: 1, events: 1 });
      await store.commit(commitOf(2, [{ eventId, articles: 1 }]));
      assert.deepEqual(await store.counts(), { articles: 2, events: 1 });
      // An event merged away has no articles left: a commit that read it with some is refused.
      const gone = 'evt_00000000000000e0';
      await assert.rejects(store.commit(commitOf(3, [{ eventId, articles: 2 }, { eventId: gone, articles: 4 }], [gone])), StaleRead);
      assert.deepEqual(await store.counts(), { articles: 2, events: 1 });
      await store.close();
    });

    it("should make a section's commit on the connection that holds its locks, needing no other", async () => {
      // One connection in the pool: the lock connection takes it, so a commit that needed another would wait for ever.
      const store = new PostgresStore(url(), { schema: `writers_${++schemas}`, maxConnections: 1 });
      const written = store.exclusive(() => store.commit(articleCommit(1)), async () => ({ exclusive: ['t:crane@5'], shared: [] }));
      const late = new Promise((resolve) => setTimeout(() => resolve('waited 10 s'), 10_000).unref());
      assert.equal(await Promise.race([written.then(() => 'committed'), late]), 'committed');
      assert.deepEqual(await store.counts(), { articles: 1, events: 1 });
      await store.close();
    });

    it('should not store a commit whose lock connection the server ended before it was sent', async () => {
      const schema = `writers_${++schemas}`;
      const store = new PostgresStore(url(), { schema, maxConnections: 3 });
      const other = new PostgresStore(url(), { schema, maxConnections: 2 });
      await other.counts();
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      try {
        const refused = store.exclusive(async () => {
          // The server ends the session holding the section's locks (an administrator, a proxy), and it is
          // gone from the server before the commit is sent: the locks went with it.
          const holders = await admin.query("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()");
          assert.equal(new Set(holders.rows.map((r: { pid: number }) => r.pid)).size, 1);
          const pid = (holders.rows[0] as { pid: number }).pid;
          await admin.query('SELECT pg_terminate_backend($1)', [pid]);
          for (let i = 0; i < 200 && (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount; i++) await new Promise((resolve) => setTimeout(resolve, 10));
          await store.commit(articleCommit(1));
        }, async () => ({ exclusive: ['t:crane@5'], shared: [] }));
        await assert.rejects(refused);
        assert.deepEqual(await other.counts(), { articles: 0, events: 0 });
        // The locks are free: another writer's section on the same key runs.
        assert.equal(await other.exclusive(async () => 'in', async () => ({ exclusive: ['t:crane@5'], shared: [] })), 'in');
      } finally {
        await admin.end();
        await Promise.all([store.close(), other.close()]);
      }
    });

    it('should refuse in a keyed section a commit that splits a stored event, and make it with the whole store', async () => {
      const store = new PostgresStore(url(), { schema: `writers_${++schemas}`, maxConnections: 3 });
      await store.commit(articleCommit(1));
      await store.commit(articleCommit(2, 1));
      const split = articleCommit(3, 2);
      const moved = { ...sampleArticle(2), eventId: 'evt_00000000000000f1' };
      split.splitOff = { event: sampleEvent('evt_00000000000000f1', [moved]), profile: { terms: {}, names: [], dates: ['2025-03-12'], size: 1 }, keys: ['t:wharf'], articleIds: [moved.id] };
      split.event = sampleEvent(EVENT, [split.article, { ...sampleArticle(1), eventId: EVENT }]);
      const keys = async (): Promise<SectionKeys> => ({ exclusive: ['t:crane@5'], shared: [] });
      await assert.rejects(store.exclusive(() => store.commit(split), keys), NeedsWholeStore);
      assert.deepEqual(await store.counts(), { articles: 2, events: 1 });
      await store.exclusive(() => store.commit(split));
      assert.deepEqual(await store.counts(), { articles: 3, events: 2 });
      assert.equal(store.lockCounts().wholeForSplit, 1);
      await store.close();
    });

    it('should store the example stories as one writer does when three ingest interleaved shares at once', async () => {
      const files = filesUnder(examplesFolder());
      const schema = `writers_${++schemas}`;
      const alone = `writers_${++schemas}`;
      const writers = [0, 1, 2].map(() => new PostgresStore(url(), { schema, maxConnections: 4 }));
      // Each writer gets every third file: each story's articles are spread over the writers.
      const reports = await Promise.all(writers.map((store, w) => ingestPaths(files.filter((_f, i) => i % writers.length === w), createStages(), { store, now: NOW }, {})));
      for (const report of reports) assert.deepEqual(report.errors, []);
      const together = await checkedEvents(writers[0]!);
      await Promise.all(writers.map((store) => store.close()));

      const single = new PostgresStore(url(), { schema: alone, maxConnections: 4 });
      await ingestPaths(files, createStages(), { store: single, now: NOW }, {});
      const expected = await checkedEvents(single);
      await single.close();
      assert.ok(expected.length >= 4, `the examples hold four stories, one writer made ${expected.length} events`);
      assert.equal(reports.reduce((n, r) => n + r.stored, 0), expected.flat().length);
      assert.deepEqual(together, expected);
    });

    it('should let two keyed sections that share no key run at once, and keep apart two that share one, or any and a whole-store section', async () => {
      const schema = `writers_${++schemas}`;
      const stores = [0, 1].map(() => new PostgresStore(url(), { schema, maxConnections: 3 }));
      const keys = (exclusive: string[], shared: string[] = []) => async (): Promise<SectionKeys> => ({ exclusive, shared });
      const pair = async (a: (() => Promise<SectionKeys>) | undefined, b: (() => Promise<SectionKeys>) | undefined): Promise<boolean> => {
        const inside = new Set<number>();
        let together = false;
        const section = (me: number) => async (): Promise<void> => {
          inside.add(me);
          // Held open until the other section is in too, or long enough that it would have been.
          await until(() => inside.size === 2, 1000);
          together ||= inside.size === 2;
          inside.delete(me);
        };
        await Promise.all([stores[0]!.exclusive(section(0), a), stores[1]!.exclusive(section(1), b)]);
        return together;
      };
      assert.equal(await pair(keys(['t:crane@5']), keys(['t:flood@5'])), true);
      assert.equal(await pair(keys(['t:crane@5'], ['t:harbour@5']), keys(['t:flood@5'], ['t:harbour@5'])), true);
      assert.equal(await pair(keys(['t:crane@5']), keys(['t:flood@5'], ['t:crane@5'])), false);
      assert.equal(await pair(keys(['t:crane@5', 't:wharf@5']), keys(['t:wharf@5', 't:crane@5'])), false);
      assert.equal(await pair(keys(['t:crane@5']), undefined), false);
      await Promise.all(stores.map((store) => store.close()));
    });

    it('should run the sections of two writers ingesting unrelated stories at the same time', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'writers-unrelated-'));
      try {
        const bridge = ['bridge-1.txt', 'bridge-2.txt'].map((name) => join(dir, name));
        writeFileSync(bridge[0]!, story('Footbridge over the Orwen river collapses in Marlow Vale', 'March 4, 2023 10:00 GMT', ['A wooden footbridge over the Orwen river collapsed in Marlow Vale on Saturday, council engineer Petra Lindqvist said.', 'Nobody was on the span when it fell into the water.']));
        writeFileSync(bridge[1]!, story('Marlow Vale footbridge fell after flood damage, council says', 'March 5, 2023 09:00 GMT', ['The footbridge that collapsed into the Orwen river in Marlow Vale had been weakened by winter floods, engineer Petra Lindqvist said on Sunday.']));
        const choir = ['choir-1.txt', 'choir-2.txt'].map((name) => join(dir, name));
        writeFileSync(choir[0]!, story('Tollund choir wins the Baltic song contest', 'September 20, 2025 18:00 GMT', ['The youth choir of Tollund won the Baltic song contest in Klaipeda on Saturday, its conductor Ingrid Aasen said.', 'Forty singers performed three hymns.']));
        writeFileSync(choir[1]!, story('Singers from Tollund celebrate contest victory', 'September 21, 2025 12:00 GMT', ['Conductor Ingrid Aasen thanked the families of the Tollund singers after the choir took first prize in Klaipeda.']));
        const schema = `writers_${++schemas}`;
        const writers = [0, 1].map(() => new PostgresStore(url(), { schema, maxConnections: 4 }));
        // Each section waits, inside, until the other writer is inside one too (or gives up after a while):
        // only sections that may overlap ever see that.
        const done = new Set<number>();
        const watched = watchSections(writers, (me) => until(() => watched.inside.size === 2 || done.has(1 - me), 1500));
        const reports = await Promise.all(writers.map(async (store, w) => {
          const report = await ingestPaths(w === 0 ? bridge : choir, createStages(), { store, now: NOW }, {});
          done.add(w);
          return report;
        }));
        for (const report of reports) assert.deepEqual(report.errors, []);
        assert.equal(watched.most(), 2, 'the two writers were inside their sections at the same time');
        const together = await checkedEvents(writers[0]!);
        await Promise.all(writers.map((store) => store.close()));
        const single = new PostgresStore(url(), { schema: `writers_${++schemas}`, maxConnections: 4 });
        await ingestPaths([...bridge, ...choir], createStages(), { store: single, now: NOW }, {});
        assert.deepEqual(together, await checkedEvents(single));
        await single.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('should make one event of two articles of one story that two writers ingest at once', async () => {
      const files = filesUnder(join(examplesFolder(), 'wellington-earthquake'));
      assert.equal(files.length, 2);
      const schema = `writers_${++schemas}`;
      const writers = [0, 1].map(() => new PostgresStore(url(), { schema, maxConnections: 4 }));
      // Both sections are asked for together and each, once in, stays a while: had their keys missed
      // each other, both would look the story up before either stored it, and make two events.
      const watched = watchSections(writers, () => new Promise((resolve) => setTimeout(resolve, 300)));
      const reports = await Promise.all(writers.map((store, w) => ingestPaths([files[w]!], createStages(), { store, now: NOW }, {})));
      for (const report of reports) assert.deepEqual(report.errors, []);
      assert.equal(watched.most(), 1);
      const events = await checkedEvents(writers[0]!);
      assert.equal(events.length, 1, 'one event for the story');
      assert.equal(events[0]!.length, 2);
      await Promise.all(writers.map((store) => store.close()));
    });

    it('should store a file given to two writers at once only once', async () => {
      const files = filesUnder(examplesFolder());
      const schema = `writers_${++schemas}`;
      const writers = [0, 1].map(() => new PostgresStore(url(), { schema, maxConnections: 4 }));
      const reports = await Promise.all(writers.map((store) => ingestPaths(files, createStages(), { store, now: NOW }, {})));
      for (const report of reports) assert.deepEqual(report.errors, []);
      const documents = reports[0]!.documents;
      assert.equal(reports[0]!.stored + reports[1]!.stored, documents);
      assert.equal(reports[0]!.duplicates + reports[1]!.duplicates, documents);
      const events = await checkedEvents(writers[0]!);
      assert.equal(events.flat().length, documents);
      await Promise.all(writers.map((store) => store.close()));
    });
  });
}
