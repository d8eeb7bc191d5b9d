import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type Database from 'better-sqlite3';
import { sampleArticle, sampleEvent } from '../contract.js';
import type { Commit, EventProfile, EventRewrite } from '../store.js';
import { DeferredBuilds } from './deferred-builds.js';
import { SqliteStore } from './sqlite-store.js';
import { tempDir } from '../../../test/helpers.js';

/** A store in memory for one test, closed whatever the test does. */
async function withMemoryStore(test: (store: SqliteStore) => Promise<void>): Promise<void> {
  const store = new SqliteStore(':memory:');
  try {
    await test(store);
  } finally {
    await store.close();
  }
}

const rewriteOf = (id: string, n: number): EventRewrite => ({ event: sampleEvent(id, [sampleArticle(n)]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [] });

describe('DeferredBuilds', () => {
  it('should run a held build once when settled, and let the build read without waiting for itself', async () => {
    const written: EventRewrite[] = [];
    const builds = new DeferredBuilds((r) => written.push(r), () => assert.fail('nothing failed'));
    let runs = 0;
    builds.hold({
      build: {
        eventId: 'evt_a',
        build: async () => {
          runs++;
          // A read inside the build settles too: it must return at once, inside the build.
          await builds.settle();
          assert.ok(builds.current());
          return rewriteOf('evt_a', 1);
        },
      },
      counted: new Set(['w']),
      seq: 1,
    });
    assert.equal(builds.heldFor, 'evt_a');
    assert.equal(builds.settled, false);
    assert.equal(builds.current(), undefined);
    // Two readers at once: the build runs once, and both wait for it.
    await Promise.all([builds.settle(), builds.settle()]);
    assert.equal(runs, 1);
    assert.equal(written.length, 1);
    assert.equal(builds.settled, true);
    assert.equal(builds.heldFor, null);
  });

  it('should drop a held build unrun', async () => {
    const builds = new DeferredBuilds(() => assert.fail('nothing to write'), () => assert.fail('nothing failed'));
    builds.hold({ build: { eventId: 'evt_a', build: async () => assert.fail('not to be run') }, counted: new Set(), seq: null });
    builds.drop();
    await builds.settle();
    assert.equal(builds.settled, true);
  });

  it('should take the commit back and say so when the build fails', async () => {
    let failed = 0;
    const builds = new DeferredBuilds(() => assert.fail('nothing to write'), () => failed++);
    builds.hold({ build: { eventId: 'evt_a', build: async () => Promise.reject(new Error('no sentences')) }, counted: new Set(), seq: null });
    await assert.rejects(builds.settle(), /put-off build of event evt_a failed, and the article that joined it was taken back: no sentences/);
    assert.equal(failed, 1);
    assert.equal(builds.settled, true);
  });
});

describe('SqliteStore with put-off builds', () => {
  const profile: EventProfile = { terms: { flood: 1 }, names: [], dates: ['2024-05-01'], size: 1 };
  const full = (n: number, id: string, terms: string[] = []): Commit => {
    const a = { ...sampleArticle(n), eventId: id };
    return { article: a, event: sampleEvent(id, [a]), profile, keys: [`k:${id}`], outletKey: 'x', copyGroup: a.id, articleTerms: terms, mergedEventIds: [] };
  };
  /** A commit joining a stored event, its build put off; `built` lists the builds run. */
  const joining = (n: number, id: string, built: string[], terms: string[] = [], during?: () => Promise<void>): Commit => {
    const a = { ...sampleArticle(n), eventId: id };
    return {
      article: a,
      deferred: {
        eventId: id,
        build: async () => {
          built.push(`${id}+${n}`);
          await during?.();
          return { event: { ...sampleEvent(id, [a]), title: `built after ${n}` }, profile, keys: [`k:${id}`] };
        },
      },
      profile,
      keys: [`k:${id}`],
      outletKey: 'x',
      copyGroup: a.id,
      articleTerms: terms,
      mergedEventIds: [],
    };
  };

  it('should build once for articles joining the same event in a row, and commit no group before its build', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'deferred.db');
    const writer = new SqliteStore(db);
    const reader = new SqliteStore(db, { readOnly: true });
    try {
      await writer.commit(full(1, 'evt_a'));
      await writer.flush();
      writer.groupCommits(60_000);
      const built: string[] = [];
      await writer.commit(joining(2, 'evt_a', built));
      await writer.commit(joining(3, 'evt_a', built));
      assert.deepEqual(built, []);
      // Another event's commit runs the held build first (the store as the last commit left it).
      await writer.commit(full(4, 'evt_b'));
      assert.deepEqual(built, ['evt_a+3']);
      await writer.commit(joining(5, 'evt_b', built));
      assert.equal((await reader.getEvent('evt_b'))?.title, undefined);
      await writer.flush();
      // The group is committed with every record built: another connection never sees one lag.
      assert.deepEqual(built, ['evt_a+3', 'evt_b+5']);
      assert.equal((await reader.getEvent('evt_a'))?.title, 'built after 3');
      assert.equal((await reader.getEvent('evt_b'))?.title, 'built after 5');
      assert.deepEqual(await reader.counts(), { articles: 5, events: 2 });
    } finally {
      await reader.close();
      await writer.close();
      dir.cleanup();
    }
  });

  it('should run the held build before a read of event records, and count words in it as at its commit', async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a', ['flood', 'river']));
      store.groupCommits(60_000);
      let seen: { documents: number; df: Map<string, number> } | null = null;
      const built: string[] = [];
      await store.commit(joining(2, 'evt_a', built, ['flood', 'dam'], async () => void (seen = await store.termStats(['flood', 'river', 'dam']))));
      // Outside the build the article is counted.
      const now = await store.termStats(['flood', 'river', 'dam']);
      assert.equal(now.documents, 2);
      assert.deepEqual([...now.df], [['flood', 2], ['river', 1], ['dam', 1]]);
      assert.deepEqual(built, []);
      assert.equal((await store.getEvent('evt_a'))?.title, 'built after 2');
      assert.deepEqual(built, ['evt_a+2']);
      // Inside it, as the build at the commit read them: the article's own words not yet counted.
      assert.equal(seen!.documents, 1);
      assert.deepEqual([...seen!.df], [['flood', 1], ['river', 1]]);
    });
  });

  it('should build at once, in the commit, when commits are not grouped', async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a'));
      const built: string[] = [];
      await store.commit(joining(2, 'evt_a', built));
      assert.deepEqual(built, ['evt_a+2']);
      assert.equal((await store.getEvent('evt_a'))?.title, 'built after 2');
    });
  });

  it("should commit a group on its timer only once the held build is written", async () => {
    const dir = tempDir();
    const db = join(dir.path, 'timer.db');
    const writer = new SqliteStore(db);
    const reader = new SqliteStore(db, { readOnly: true });
    try {
      await writer.commit(full(1, 'evt_a'));
      writer.groupCommits(20);
      const built: string[] = [];
      // The build takes longer than the group's window: the timer must wait for it.
      await writer.commit(joining(2, 'evt_a', built, [], () => new Promise((resolve) => setTimeout(resolve, 60))));
      // Whenever another connection sees the article, it sees the event built with it.
      const until = Date.now() + 5000;
      while ((await reader.counts()).articles < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal((await reader.getEvent('evt_a'))?.title, 'built after 2');
      assert.deepEqual(built, ['evt_a+2']);
    } finally {
      await reader.close();
      await writer.close();
      dir.cleanup();
    }
  });

  it('should take back, whole, the article whose put-off build failed, and keep the group', async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a'));
      store.groupCommits(60_000);
      await store.commit(full(2, 'evt_b'));
      const failing = joining(3, 'evt_a', []);
      failing.deferred = { eventId: 'evt_a', build: async () => Promise.reject(new Error('broken')) };
      await store.commit(failing);
      await assert.rejects(store.flush(), /put-off build of event evt_a failed/);
      await store.flush();
      assert.deepEqual(await store.counts(), { articles: 2, events: 2 });
      assert.equal(await store.getArticle(sampleArticle(3).id), null);
      assert.ok(await store.getArticle(sampleArticle(2).id));
    });
  });

  it("should land each article with its event's record, or not at all, when the group's COMMIT fails", async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a'));
      await store.commit(full(2, 'evt_b'));
      const before = await store.getEvent('evt_b');
      // The store's own connection, made to fail a COMMIT as SQLite does on a deferred constraint: any
      // transaction that stores article 6 leaves a dangling reference, found only at its COMMIT.
      const db = (store as unknown as { db: Database.Database }).db;
      db.pragma('foreign_keys = ON');
      db.exec(`CREATE TABLE trap_parent (id INTEGER PRIMARY KEY);
        CREATE TABLE trap (ref INTEGER REFERENCES trap_parent (id) DEFERRABLE INITIALLY DEFERRED);
        CREATE TEMP TRIGGER trap_article AFTER INSERT ON articles WHEN NEW.id = '${sampleArticle(6).id}' BEGIN INSERT INTO trap (ref) VALUES (1); END;`);
      store.groupCommits(60_000);
      const built: string[] = [];
      // 3's build is dropped for 4's; 5's for 6's: their records are written by 4's and 6's builds.
      for (const [n, id] of [[3, 'evt_a'], [4, 'evt_a'], [5, 'evt_b'], [6, 'evt_b']] as const) await store.commit(joining(n, id, built));
      await assert.rejects(store.flush(), /FOREIGN KEY constraint failed/);
      assert.deepEqual(built, ['evt_a+4', 'evt_b+6']);
      // The group's COMMIT failed; written again chain by chain: 3 and 4 with evt_a's record built after
      // them, and 5 left out with 6 (alone, 5 would be stored in an event whose record never names it).
      const stored = async (n: number) => (await store.getArticle(sampleArticle(n).id)) !== null;
      assert.deepEqual(await Promise.all([1, 2, 3, 4, 5, 6].map(stored)), [true, true, true, true, false, false]);
      assert.equal((await store.getEvent('evt_a'))?.title, 'built after 4');
      assert.deepEqual(await store.getEvent('evt_b'), before);
      assert.deepEqual(await store.counts(), { articles: 4, events: 2 });
    });
  });

  it('should take back with a failed build the articles whose builds it replaced', async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a'));
      store.groupCommits(60_000);
      await store.commit(full(2, 'evt_b'));
      await store.commit(joining(3, 'evt_a', []));
      const failing = joining(4, 'evt_a', []);
      failing.deferred = { eventId: 'evt_a', build: async () => Promise.reject(new Error('broken')) };
      await store.commit(failing);
      await assert.rejects(store.flush(), /put-off build of event evt_a failed/);
      await store.flush();
      // 3's record was to be written by 4's build: neither is stored.
      assert.deepEqual(await store.counts(), { articles: 2, events: 2 });
      assert.equal(await store.getArticle(sampleArticle(3).id), null);
    });
  });

  it('should take back the commits whose build is still held when the group is closed with no time to build', async () => {
    await withMemoryStore(async (store) => {
      await store.commit(full(1, 'evt_a'));
      store.groupCommits(60_000);
      await store.commit(full(2, 'evt_b'));
      await store.commit(joining(3, 'evt_a', []));
      await store.commit(joining(4, 'evt_a', []));
      // 4's build, held, was to write 3's record too: both are taken back.
      assert.equal(store.groupCommits(0), 2);
      assert.equal(store.groupCommits(0), 0);
      assert.deepEqual(await store.counts(), { articles: 2, events: 2 });
      assert.equal(await store.getArticle(sampleArticle(3).id), null);
    });
  });
});
