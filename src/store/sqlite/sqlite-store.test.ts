import type { ArticleSummary } from '../../model/article-summary.js';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runStoreContract, sampleArticle, sampleEvent } from '../contract.js';
import { eventSpanDays, SqliteStore } from './sqlite-store.js';
import type { SearchHit } from '../store.js';
import { tempDir } from '../../../test/helpers.js';
import { enrichedArticle } from '../../../test/articles.js';

runStoreContract('SQLite (in memory)', async () => new SqliteStore(':memory:'));

describe('SqliteStore', () => {
  it('should keep committed work when the process dies without closing the database', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'crash.db');
    const module = fileURLToPath(new URL('./sqlite-store.js', import.meta.url));
    const contract = fileURLToPath(new URL('../contract.js', import.meta.url));
    // A child process commits one article, then is killed (no close, no checkpoint).
    const script = `
      const { SqliteStore } = await import(${JSON.stringify(module)});
      const { sampleArticle, sampleEvent } = await import(${JSON.stringify(contract)});
      const store = new SqliteStore(${JSON.stringify(db)});
      const a = sampleArticle(42);
      await store.commit({ article: a, event: sampleEvent('evt_000000000000002a', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
    assert.equal(child.signal, 'SIGKILL', child.stderr.toString());
    const store = new SqliteStore(db);
    try {
      assert.deepEqual(await store.counts(), { articles: 1, events: 1 });
      assert.equal((await store.getEvent('evt_000000000000002a'))?.title, sampleArticle(42).headline);
    } finally {
      await store.close();
      dir.cleanup();
    }
  });

  it('should open a read-only connection only on an existing database at this schema, and read what the other commits', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'ro.db');
    try {
      assert.throws(() => new SqliteStore(db, { readOnly: true }), /no database at/);
      const writer = new SqliteStore(db);
      const reader = new SqliteStore(db, { readOnly: true });
      const a = sampleArticle(7);
      await writer.commit({ article: a, event: sampleEvent('evt_0000000000000007', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      assert.equal((await reader.getEvent('evt_0000000000000007'))?.title, a.headline);
      await reader.close();
      await writer.close();
      const old = new Database(db);
      old.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
      old.close();
      assert.throws(() => new SqliteStore(db, { readOnly: true }), /at schema 3, this code reads \d+ \(open it once read-write/);
    } finally {
      dir.cleanup();
    }
  });

  it('should write grouped commits for other connections when flushed, each whole, and keep a group when one of its commits fails', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'group.db');
    const commitOf = (n: number, id: string) => {
      const a = sampleArticle(n);
      return { article: a, event: sampleEvent(id, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [`t:${n}`], outletKey: 'x', copyGroup: a.id, articleTerms: [`w${n}`], mergedEventIds: [] };
    };
    try {
      const writer = new SqliteStore(db);
      const reader = new SqliteStore(db, { readOnly: true });
      writer.groupCommits(60_000);
      const before = await writer.changeMark();
      await writer.commit(commitOf(51, 'evt_0000000000000051'));
      await writer.commit(commitOf(52, 'evt_0000000000000052'));
      // The writer reads its own group; another connection sees the store as of the last group written.
      assert.deepEqual(await writer.counts(), { articles: 2, events: 2 });
      assert.deepEqual(await reader.counts(), { articles: 0, events: 0 });
      // A commit that fails part way (its split-off event is one already there) is rolled back alone.
      const bad = { ...commitOf(53, 'evt_0000000000000053'), splitOff: { event: sampleEvent('evt_0000000000000051', []), profile: { terms: {}, names: [], dates: [], size: 0 }, keys: [], articleIds: [], passages: [] } };
      await assert.rejects(writer.commit(bad), /must make a new event/);
      assert.deepEqual(await writer.counts(), { articles: 2, events: 2 });
      assert.equal((await writer.termStats(['w51', 'w53'])).df.get('w51'), 1);
      await writer.commit(commitOf(54, 'evt_0000000000000054'));
      const grouped = await writer.changeMark();
      await writer.flush();
      assert.notEqual(await writer.changeMark(), grouped, 'what another connection answered before the group was written is out of date');
      assert.notEqual(grouped, before);
      assert.deepEqual(await reader.counts(), { articles: 3, events: 3 });
      assert.equal(await reader.findByContentHash(sampleArticle(53).contentHash), null);
      // Closing writes out an open group.
      await writer.commit(commitOf(55, 'evt_0000000000000055'));
      await writer.close();
      assert.deepEqual(await reader.counts(), { articles: 4, events: 4 });
      await reader.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should write the event search rows of an open group before its own reads of them, and once each at its commit', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'search-rows.db');
    const a = sampleArticle(61);
    const b = sampleArticle(62);
    const c = sampleArticle(63);
    const commitOf = (article: typeof a, event: ReturnType<typeof sampleEvent>) => ({ article, event, profile: { terms: {}, names: [], dates: ['2025-03-10'], size: 1 }, keys: [], outletKey: 'x', copyGroup: article.id, articleTerms: [], mergedEventIds: [] });
    try {
      const writer = new SqliteStore(db);
      const reader = new SqliteStore(db, { readOnly: true });
      writer.groupCommits(60_000);
      // The older event is rewritten after a newer one (a lower rowid), then rewritten again.
      await writer.commit(commitOf(a, sampleEvent('evt_0000000000000061', [a], { title: 'Crane falls in Cork', summary: 'A crane fell.' })));
      await writer.commit(commitOf(b, sampleEvent('evt_0000000000000062', [b], { title: 'Ferry delayed in Galway', summary: 'A ferry was late.' })));
      await writer.commit(commitOf(c, sampleEvent('evt_0000000000000061', [a, c], { title: 'Crane falls in Cork harbour', summary: 'A second crane fell.' })));
      // Read by the writer in its open group: the latest titles, by date and by search.
      const headlines = await writer.eventsByDatePrefix('2025-03', 10);
      assert.deepEqual(headlines.map((h) => [h.id, h.title, h.summary]).sort(), [
        ['evt_0000000000000061', 'Crane falls in Cork harbour', 'A second crane fell.'],
        ['evt_0000000000000062', 'Ferry delayed in Galway', 'A ferry was late.'],
      ]);
      assert.deepEqual((await writer.searchEvents('second crane')).map((h) => h.item.id), ['evt_0000000000000061']);
      await writer.commit(commitOf(sampleArticle(64), sampleEvent('evt_0000000000000061', [a, c, sampleArticle(64)], { title: 'Cranes fall in Cork harbour', summary: 'A third crane fell.' })));
      assert.deepEqual(await reader.searchEvents('third'), [], 'nothing of the open group is seen by another connection');
      await writer.flush();
      assert.deepEqual((await reader.searchEvents('third crane')).map((h) => h.item.id), ['evt_0000000000000061']);
      assert.deepEqual(await reader.searchEvents('second'), [], 'the old text is gone from the index');
      assert.deepEqual((await reader.searchEvents('ferry')).map((h) => h.item.id), ['evt_0000000000000062']);
      await writer.close();
      await reader.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should give candidates their latest profiles, whichever connection wrote them', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'profiles.db');
    const writer = new SqliteStore(db);
    const reader = new SqliteStore(db);
    try {
      const a = sampleArticle(51);
      const commit = (size: number) => ({ article: a, event: sampleEvent('evt_0000000000000051', [a]), profile: { terms: { crane: size }, names: [], dates: ['2025-03-10'], size }, keys: ['t:crane'], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      const lookup = async (store: SqliteStore) => (await store.candidateEvents({ keys: ['t:crane'], date: '2025-03-11', windowDays: 7, limit: 5 }))[0]?.profile.size;
      await writer.commit(commit(1));
      assert.equal(await lookup(reader), 1);
      assert.equal(await lookup(writer), 1);
      await writer.commit(commit(2));
      // The writer knows its own change; the reader sees that another connection committed.
      assert.equal(await lookup(writer), 2);
      assert.equal(await lookup(reader), 2);
      await reader.commit(commit(3));
      assert.equal(await lookup(writer), 3);
    } finally {
      await writer.close();
      await reader.close();
      dir.cleanup();
    }
  });

  it("should write a commit's search rows as one segment when it writes another event's tags after them", async () => {
    const store = new SqliteStore(':memory:');
    const db = (store as unknown as { db: Database.Database }).db;
    // Automerge off, so each segment FTS5 writes stays one to count.
    db.prepare("INSERT INTO event_fts (event_fts, rank) VALUES ('automerge', 0)").run();
    const segments = (): number => db.prepare('SELECT count(DISTINCT segid) FROM event_fts_idx').pluck().get() as number;
    try {
      const [a, b] = [sampleArticle(61), sampleArticle(62)];
      const commit = (article: typeof a, id: string) => ({ article, event: sampleEvent(id, [article]), profile: { terms: {}, names: [], dates: ['2025-03-11'], size: 1 }, keys: ['t:crane', 't:harbour'], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      await store.commit(commit(a, 'evt_0000000000000061'));
      const before = segments();
      // The relinked event's new tags are written after the new event's search row: a statement that
      // opened a savepoint there would have FTS5 write that row out as a segment of its own.
      await store.commit({ ...commit(b, 'evt_0000000000000062'), relinked: [sampleEvent('evt_0000000000000061', [a], { themes: ['crime', 'fire', 'harbour'] })] });
      assert.equal(segments(), before + 1);
      assert.deepEqual(db.prepare("SELECT value FROM event_tags WHERE event_id = 'evt_0000000000000061' AND kind = 'theme' ORDER BY value").pluck().all(), ['crime', 'fire', 'harbour']);
    } finally {
      await store.close();
    }
  });

  it("should write an event's new search row and its old row's removal as one segment", async () => {
    const store = new SqliteStore(':memory:');
    const db = (store as unknown as { db: Database.Database }).db;
    // Automerge off, so each segment FTS5 writes stays one to count.
    db.prepare("INSERT INTO event_fts (event_fts, rank) VALUES ('automerge', 0)").run();
    const segments = (): number => db.prepare('SELECT count(DISTINCT segid) FROM event_fts_idx').pluck().get() as number;
    try {
      const [a, b] = [sampleArticle(65), sampleArticle(66)];
      const id = 'evt_0000000000000065';
      const commit = (article: typeof a, articles: (typeof a)[]) => ({ article, event: sampleEvent(id, articles), profile: { terms: {}, names: [], dates: ['2025-03-15'], size: articles.length }, keys: ['t:crane'], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      await store.commit(commit(a, [a]));
      const before = segments();
      // The event gains a report: its search row is deleted and written again in one commit. Writing
      // the new row by a statement that may write several rows opened a savepoint, and FTS5 wrote the
      // deletion out as a segment of its own before it.
      await store.commit(commit(b, [a, b]));
      assert.equal(segments(), before + 1);
      assert.equal((await store.searchEvents('crane')).length, 1);
      assert.equal(db.prepare('SELECT rowid FROM event_fts WHERE event_id = ?').pluck().get(id), db.prepare('SELECT rowid FROM events WHERE id = ?').pluck().get(id));
    } finally {
      await store.close();
    }
  });

  it('should store keys and tags that a JSON array would alter exactly as one statement a row stores them', async () => {
    const store = new SqliteStore(':memory:');
    const db = (store as unknown as { db: Database.Database }).db;
    try {
      const a = sampleArticle(64);
      const odd = 't:tab\there';
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000064', [a], { themes: ['crime', 'bell\u0007theme'] }), profile: { terms: {}, names: [], dates: ['2025-03-14'], size: 1 }, keys: ['t:crane', odd], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      assert.deepEqual(db.prepare('SELECT key FROM event_keys WHERE event_id = ? ORDER BY key').pluck().all('evt_0000000000000064'), ['t:crane', odd]);
      assert.deepEqual(db.prepare("SELECT value FROM event_tags WHERE event_id = ? AND kind = 'theme' ORDER BY value").pluck().all('evt_0000000000000064'), ['bell\u0007theme', 'crime']);
    } finally {
      await store.close();
    }
  });

  it('should count document frequencies across connections, and not count a failed commit', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'df.db');
    const writer = new SqliteStore(db);
    const reader = new SqliteStore(db);
    try {
      const commit = (n: number, terms: string[]) => {
        const a = sampleArticle(n);
        return { article: a, event: sampleEvent(`evt_00000000000000${n}`, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: terms, mergedEventIds: [] };
      };
      const df = async (store: SqliteStore, term: string) => (await store.termStats([term])).df.get(term) ?? 0;
      assert.equal(await df(writer, 'crane'), 0);
      assert.equal(await df(reader, 'crane'), 0);
      await writer.commit(commit(81, ['crane', 'harbour']));
      assert.equal(await df(writer, 'crane'), 1);
      assert.equal(await df(reader, 'crane'), 1);
      await reader.commit(commit(82, ['crane']));
      assert.equal(await df(writer, 'crane'), 2);
      assert.equal(await df(reader, 'crane'), 2);
      // The same article again is not a new document.
      await writer.commit(commit(81, ['crane', 'harbour']));
      assert.equal(await df(writer, 'crane'), 2);
      // A commit that fails after counting (its event has no update time, which the table requires) counts nothing.
      const failing = commit(83, ['crane']);
      await assert.rejects(writer.commit({ ...failing, event: { ...failing.event, updatedAt: null as unknown as string } }));
      assert.equal(await df(writer, 'crane'), 2);
    } finally {
      await writer.close();
      await reader.close();
      dir.cleanup();
    }
  });

  it('should count a group\'s documents once it commits, seen by its own reads before, and none of a failed commit', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'grouped-df.db');
    const writer = new SqliteStore(db);
    const reader = new SqliteStore(db, { readOnly: true });
    try {
      const commit = (n: number, terms: string[]) => {
        const a = sampleArticle(n);
        return { article: a, event: sampleEvent(`evt_00000000000000${n}`, [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: terms, mergedEventIds: [] };
      };
      const df = async (store: SqliteStore, term: string) => (await store.termStats([term])).df.get(term) ?? 0;
      writer.groupCommits(60_000);
      await writer.commit(commit(91, ['ferry', 'harbour']));
      // Read before the next article counts it: the cached count must take the next one too.
      assert.equal(await df(writer, 'harbour'), 1);
      await writer.commit(commit(92, ['ferry', 'storm']));
      await writer.commit(commit(93, ['ferry']));
      assert.equal(await df(writer, 'ferry'), 3, 'the open group\'s counts, not yet written');
      assert.equal(await df(writer, 'harbour'), 1);
      assert.equal(await df(writer, 'storm'), 1);
      assert.equal(await df(reader, 'ferry'), 0, 'nothing committed yet');
      // A commit that fails part way (its event has no update time) is taken back with what it counted.
      const failing = commit(94, ['ferry', 'storm']);
      await assert.rejects(writer.commit({ ...failing, event: { ...failing.event, updatedAt: null as unknown as string } }));
      assert.equal(await df(writer, 'ferry'), 3);
      assert.equal(await df(writer, 'storm'), 1);
      await writer.flush();
      assert.equal(await df(reader, 'ferry'), 3);
      assert.equal(await df(reader, 'storm'), 1);
      assert.equal(await df(reader, 'harbour'), 1);
      writer.groupCommits(0);
      await writer.commit(commit(95, ['ferry']));
      assert.equal(await df(reader, 'ferry'), 4, 'a commit of its own writes its counts with it');
    } finally {
      await writer.close();
      await reader.close();
      dir.cleanup();
    }
  });

  it('should date the filter tags of a schema 9 database when it opens it', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'nine.db');
    try {
      const store = new SqliteStore(db);
      const a = sampleArticle(61);
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000061', [a], { date: '2025-04-02' }), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      await store.close();
      // What schema 9 wrote: tags without dates.
      const raw = new Database(db);
      raw.exec("DROP INDEX event_tags_by_date; ALTER TABLE event_tags DROP COLUMN date; UPDATE meta SET value = '9' WHERE key = 'schema_version'");
      raw.close();
      const reopened = new SqliteStore(db);
      assert.deepEqual((await reopened.queryEvents({ country: 'IE', from: '2025-04-01' })).map((e) => e.id), ['evt_0000000000000061']);
      await reopened.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should rebuild the search rows of a schema 2 database when it opens it', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'old.db');
    try {
      const store = new SqliteStore(db);
      const a = sampleArticle(21);
      await store.commit({ article: { ...a, eventId: 'evt_0000000000000021' }, event: sampleEvent('evt_0000000000000021', [a], { summary: 'A gantry tipped over.' }), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      await store.close();
      // What schemas 1 and 2 wrote: the search row under a rowid of its own.
      const raw = new Database(db);
      raw.exec("UPDATE event_fts SET rowid = rowid + 1000; UPDATE meta SET value = '2' WHERE key = 'schema_version'");
      raw.close();
      const reopened = new SqliteStore(db);
      assert.deepEqual((await reopened.searchEvents('gantry')).map((h) => h.item.id), ['evt_0000000000000021']);
      await reopened.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should index the stored events for the feed filters when it upgrades a schema 1 database', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'old.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(43);
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002b', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // What a schema 1 database looks like: no event_tags table.
    const raw = new Database(db);
    raw.exec("DROP TABLE event_tags; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.queryEvents({ country: 'IE' })).map((e) => e.id), ['evt_000000000000002b']);
      assert.deepEqual((await upgraded.queryEvents({ entity: 'AOIFE BRENNAN' })).map((e) => e.id), ['evt_000000000000002b']);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it("should match a participant's name in any order once it upgrades a schema 12 database", async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v12.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(44);
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002c', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // Schema 12 kept the name in its own order.
    const raw = new Database(db);
    raw.exec("DELETE FROM event_tags WHERE kind = 'entity' AND value = 'brennan'; UPDATE event_tags SET value = 'aoife brennan' WHERE kind = 'entity'; UPDATE meta SET value = '12' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.queryEvents({ entity: 'Brennan Aoife' })).map((e) => e.id), ['evt_000000000000002c']);
      assert.deepEqual((await upgraded.queryEvents({ entity: 'Aoife Brennan' })).map((e) => e.id), ['evt_000000000000002c']);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should fold the accents of the entity keys a store wrote before it folded them, once', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'accents.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(45);
    const participants = [{ name: 'Joël Dubé', aliases: ['Joel Dube'], role: 'mayor', organization: null, country: 'CA', sources: [a.id] }];
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002d', [a], { participants }), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // What the store wrote before: the name's key as written (the alias's, folded already, beside it).
    const raw = new Database(db);
    raw.exec("INSERT INTO event_tags (kind, value, event_id, date) VALUES ('entity', 'dubé joël', 'evt_000000000000002d', '2025-03-10'); DELETE FROM meta WHERE key = 'entity_keys'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.queryEvents({ entity: 'Joël Dubé' })).map((e) => e.id), ['evt_000000000000002d']);
      const check = new Database(db, { readonly: true });
      // The surname's key beside the name's (schema 18).
      assert.deepEqual(check.prepare("SELECT value FROM event_tags WHERE kind = 'entity' ORDER BY value").pluck().all(), ['dube', 'dube joel']);
      check.close();
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should key the unlinked mentions of earlier events once it upgrades a schema 13 database', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v13.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(45);
    const related = [{ description: 'the ferry fire off Cebu', date: '2025-01', sources: [a.id] }];
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002d', [a], { related }), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // Schema 13 had no such keys.
    const raw = new Database(db);
    raw.exec("DELETE FROM event_tags WHERE kind = 'earlier'; UPDATE meta SET value = '13' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.eventsAwaitingEarlier(['2025-01 ferri', '2025-01 ferry', '2025-01 cebu'], 5)).map((e) => e.id), ['evt_000000000000002d']);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should give the events of a schema 14 database the words they answer mentions with beyond title and summary', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v14.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(46);
    const facts = [{ text: 'A grand jury indictment was unsealed in the case.', sources: [a.id], corroboration: 1 }];
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002e', [a], { date: '2025-03-12', facts }), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // Schema 14 had no answers column.
    const raw = new Database(db);
    raw.exec("ALTER TABLE events DROP COLUMN answers; UPDATE meta SET value = '14' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.eventsByDatePrefix('2025-03', 5)).map((e) => [e.id, e.answers]), [['evt_000000000000002e', 'indictment dublin brennan']]);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should give the events of a schema 15 database the CVE ids their stored articles name, filterable', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v15.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(47, { body: 'Intruders used CVE-2025-3141 to enter the harbour crane network.' });
    const b = sampleArticle(48, { body: 'The crane vendor patched cve 2025 3141 on Friday.' });
    const c = sampleArticle(49);
    const event = sampleEvent('evt_000000000000002f', [a, b]);
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    await store.commit({ article: a, event: sampleEvent('evt_000000000000002f', [a]), profile, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.commit({ article: b, event, profile, keys: [], outletKey: 'y', copyGroup: 'y', articleTerms: [], mergedEventIds: [] });
    await store.commit({ article: c, event: sampleEvent('evt_0000000000000030', [c]), profile, keys: [], outletKey: 'z', copyGroup: 'z', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // Schema 15 events had no vulnerabilities (sampleEvent gives none) and no 'cve' tags.
    const raw = new Database(db);
    raw.exec("UPDATE meta SET value = '15' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.getEvent('evt_000000000000002f'))?.vulnerabilities, [{ cve: 'CVE-2025-3141', sources: [a.id, b.id], corroboration: 2 }]);
      assert.deepEqual((await upgraded.getEvent('evt_0000000000000030'))?.vulnerabilities, []);
      assert.deepEqual((await upgraded.queryEvents({ cve: 'CVE-2025-3141' })).map((e) => e.id), ['evt_000000000000002f']);
      const cards = (await upgraded.queryEventSummaries({ cve: 'CVE-2025-3141' })).map((text) => JSON.parse(text) as { vulnerabilities?: string[] });
      assert.deepEqual(cards.map((c) => c.vulnerabilities), [['CVE-2025-3141']]);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should give the events of a schema 16 database the bodies their stored articles name, found by alias', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v16.db');
    const store = new SqliteStore(db);
    const a = enrichedArticle('The Office of Foreign Assets Control (OFAC) on Tuesday listed two tanker firms, officials said.', { title: 'Tanker firms listed', outlet: 'Quay Post', publishedAt: '2025-06-04T10:00:00Z' });
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    await store.commit({ article: a, event: sampleEvent('evt_0000000000000031', [a]), profile, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // Schema 16 events had no organisations (sampleEvent gives none) and no tags for them.
    const raw = new Database(db);
    raw.exec("DELETE FROM event_tags WHERE kind IN ('org', 'org-alias'); UPDATE meta SET value = '16' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      const event = await upgraded.getEvent('evt_0000000000000031');
      assert.deepEqual(event?.organizations?.map((o) => [o.name, o.aliases, o.sources]), [['Office of Foreign Assets Control', ['OFAC'], [a.id]]]);
      assert.deepEqual((await upgraded.queryEvents({ entity: 'OFAC' })).map((e) => e.id), ['evt_0000000000000031']);
      assert.deepEqual((await upgraded.entityNames('organization')).map((o) => [o.name, o.aliases]), [['Office of Foreign Assets Control', ['OFAC']]]);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should find the bodies and actors of a schema 17 database by short and gazetteer names, and index its themes without repeats', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'v17.db');
    const store = new SqliteStore(db);
    const a = enrichedArticle('The Lazarus Group stole $48 million from an exchange, Greyline Labs Inc. said on Tuesday.', { title: 'Exchange robbed', outlet: 'Quay Post', publishedAt: '2025-06-04T10:00:00Z' });
    const event = sampleEvent('evt_0000000000000032', [a], {
      themes: ['cyber', 'cyber.threat-actor'],
      threatActors: [{ name: 'Lazarus Group', aliases: [], country: 'KP', sources: [a.id] }],
      organizations: [{ name: 'Greyline Labs Inc.', aliases: [], country: null, sources: [a.id], corroboration: 1 }],
    });
    await store.commit({ article: a, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // What schema 17 wrote: full names only, and theme ids as the search index's text.
    const raw = new Database(db);
    raw.exec(`DELETE FROM event_tags WHERE kind = 'entity' AND value NOT IN ('group lazarus', 'greyline inc. labs');
      UPDATE event_fts SET themes = 'cyber cyber.threat-actor'; UPDATE meta SET value = '17' WHERE key = 'schema_version'`);
    raw.close();
    const old = new Database(db, { readonly: true });
    assert.deepEqual(old.prepare("SELECT value FROM event_tags WHERE kind = 'entity' ORDER BY value").pluck().all(), ['greyline inc. labs', 'group lazarus']);
    old.close();
    const upgraded = new SqliteStore(db);
    try {
      for (const name of ['Lazarus', 'lazarus group', 'Hidden Cobra', 'Greyline Labs', 'Greyline Labs Inc.']) {
        assert.deepEqual((await upgraded.queryEvents({ entity: name })).map((e) => e.id), ['evt_0000000000000032'], name);
      }
      assert.deepEqual((await upgraded.queryEvents({ entity: 'Greyline' })).map((e) => e.id), ['evt_0000000000000032']);
      const [hit] = await upgraded.searchEvents('actor');
      assert.equal(hit?.snippet.text, 'cyber threat actor');
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should give the events of a schema 4 database their count columns, so the sources order holds', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'old.db');
    const store = new SqliteStore(db);
    const [a, b, c] = [sampleArticle(51), sampleArticle(52), sampleArticle(53)];
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    await store.commit({ article: a, event: sampleEvent('evt_0000000000000051', [a], { outlets: 1 }), profile, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    await store.commit({ article: b, event: sampleEvent('evt_0000000000000052', [b, c], { outlets: 2 }), profile, keys: [], outletKey: 'y', copyGroup: 'y', articleTerms: [], mergedEventIds: [] });
    await store.close();
    // What schema 4 wrote: no count columns, no feed indexes.
    const raw = new Database(db);
    raw.exec(`DROP INDEX events_by_sources; DROP INDEX events_by_date; DROP INDEX events_by_date_asc; DROP INDEX events_by_update;
      ALTER TABLE events DROP COLUMN outlets; ALTER TABLE events DROP COLUMN article_count; UPDATE meta SET value = '4' WHERE key = 'schema_version'`);
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      assert.deepEqual((await upgraded.queryEvents({ sort: 'sources' })).map((e) => e.id), ['evt_0000000000000052', 'evt_0000000000000051']);
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it('should split the sentence offsets out of the articles of a schema 10 database, keeping every article whole', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'ten.db');
    try {
      const store = new SqliteStore(db);
      const body = 'Crane 62 collapsed at the harbour. Workers were evacuated.';
      const a = sampleArticle(62, { body, sentences: [{ start: 0, end: 34 }, { start: 35, end: body.length }] });
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000062', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      const before = await store.getArticle(a.id);
      await store.close();
      // What schema 10 wrote: the whole article as JSON, sentences and the first event id in it.
      const raw = new Database(db);
      raw.prepare('UPDATE articles SET data = ?').run(JSON.stringify({ ...a, eventId: 'evt_00000000000000ee' }));
      raw.exec("ALTER TABLE articles DROP COLUMN sentences; UPDATE meta SET value = '10' WHERE key = 'schema_version'");
      raw.close();
      const upgraded = new SqliteStore(db);
      const after = await upgraded.getArticle(a.id);
      assert.deepEqual(after, before);
      assert.deepEqual(after!.sentences, a.sentences);
      assert.equal(after!.eventId, 'evt_0000000000000062');
      const shown = JSON.parse((await upgraded.eventPage('evt_0000000000000062', 24))!.articles[0]!.json) as Record<string, unknown>;
      assert.equal(shown.eventId, 'evt_0000000000000062');
      assert.equal(shown.sentences, undefined);
      assert.equal(shown.body, body);
      await upgraded.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should give the articles of a schema 7 database their summaries, so search hits read them', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'old.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(61, { source: { file: 'cranes.jsonl', url: 'https://example.org/cranes/61' } });
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    await store.commit({ article: a, event: sampleEvent('evt_0000000000000061', [a]), profile, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    const [before] = await store.searchArticleSummaries('berth');
    await store.close();
    // What schema 7 wrote: no card column.
    const raw = new Database(db);
    raw.exec("ALTER TABLE articles DROP COLUMN card; UPDATE meta SET value = '7' WHERE key = 'schema_version'");
    raw.close();
    const upgraded = new SqliteStore(db);
    try {
      const [after] = await upgraded.searchArticleSummaries('berth');
      assert.equal((JSON.parse(after!.item) as ArticleSummary).url, 'https://example.org/cranes/61');
      assert.deepEqual(after && { ...after, item: JSON.parse(after.item) as unknown }, before && { ...before, item: JSON.parse(before.item) as unknown });
    } finally {
      await upgraded.close();
      dir.cleanup();
    }
  });

  it("should find an article hit whose search row an older store numbered apart from the article", async () => {
    const dir = tempDir();
    const db = join(dir.path, 'apart.db');
    const store = new SqliteStore(db);
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    const articles = [sampleArticle(63), sampleArticle(64)];
    for (const a of articles) await store.commit({ article: a, event: sampleEvent(`evt_00000000000000${a.id.slice(-2)}`, [a]), profile, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    try {
      const before = await store.searchArticleSummaries('berth');
      assert.equal(before.length, 2);
      // As a store written before the rows shared the article's sequence may have it: one row renumbered.
      const raw = new Database(db);
      const row = raw.prepare('SELECT rowid, article_id, headline, body FROM article_fts WHERE article_id = ?').get(articles[0]!.id) as { rowid: number; article_id: string; headline: string; body: string };
      raw.prepare('DELETE FROM article_fts WHERE rowid = ?').run(row.rowid);
      raw.prepare('INSERT INTO article_fts (rowid, article_id, headline, body) VALUES (?, ?, ?, ?)').run(1000, row.article_id, row.headline, row.body);
      raw.close();
      // The same hits, the order of equal scores aside (ties go by rowid).
      const byId = (hits: SearchHit<string>[]): unknown[] => hits.map((h) => ({ ...h, item: JSON.parse(h.item) as { id: string } })).sort((x, y) => x.item.id.localeCompare(y.item.id));
      assert.deepEqual(byId(await store.searchArticleSummaries('berth')), byId(before));
    } finally {
      await store.close();
      dir.cleanup();
    }
  });

  it('should leave out of search hits an event whose summary an old schema left empty', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'blank.db');
    const store = new SqliteStore(db);
    const a = sampleArticle(62);
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    await store.commit({ article: a, event: sampleEvent('evt_0000000000000062', [a]), profile, keys: [], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
    try {
      assert.equal((await store.searchEventSummaries('cranes')).length, 1);
      const raw = new Database(db);
      raw.exec("UPDATE events SET card = ''");
      raw.close();
      // Every hit's item is JSON: the blank one is not a hit.
      assert.deepEqual(await store.searchEventSummaries('cranes'), []);
    } finally {
      await store.close();
      dir.cleanup();
    }
  });

  it('should date the candidate keys of a schema 3 database when it opens it', async () => {
    const dir = tempDir();
    const db = join(dir.path, 'old.db');
    try {
      const raw = new Database(db);
      // What schema 3 wrote: keys without dates.
      raw.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '3');
        CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, date_min TEXT, date_max TEXT, updated_at TEXT NOT NULL, data TEXT NOT NULL, profile TEXT NOT NULL);
        CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (key, event_id)) WITHOUT ROWID;
        INSERT INTO events VALUES ('evt_0000000000000031', '2025-03-10', '2025-03-10', '2025-03-10', 'x', '{}', '{"terms":{},"names":[],"dates":["2025-03-10"],"size":1}');
        INSERT INTO event_keys VALUES ('t:crane', 'evt_0000000000000031');`);
      raw.close();
      const store = new SqliteStore(db);
      assert.deepEqual((await store.candidateEvents({ keys: ['t:crane'], date: '2025-03-12', windowDays: 7, limit: 5 })).map((c) => c.eventId), ['evt_0000000000000031']);
      assert.equal((await store.candidateEvents({ keys: ['t:crane'], date: '2025-06-12', windowDays: 7, limit: 5 })).length, 0);
      // Rewritten with other keys and a later date, the upgraded event leaves no key of its old self behind.
      const a = sampleArticle(31);
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000031', [a], { date: '2025-06-10' }), profile: { terms: {}, names: [], dates: ['2025-06-10'], size: 1 }, keys: ['t:gantry'], outletKey: 'x', copyGroup: 'x', articleTerms: [], mergedEventIds: [] });
      assert.equal((await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 5 })).length, 0);
      assert.deepEqual((await store.candidateEvents({ keys: ['t:gantry'], date: '2025-06-12', windowDays: 7, limit: 5 })).map((c) => c.eventId), ['evt_0000000000000031']);
      await store.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should keep the keys of an event that ran longer than a month apart, moving them as its span changes', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'long.db');
    const id = 'evt_0000000000000061';
    const a = sampleArticle(61);
    const commit = (dates: string[], keys = ['t:crane']) => ({ article: { ...a, eventId: id }, event: sampleEvent(id, [a]), profile: { terms: { crane: 1 }, names: [], dates, size: 1 }, keys, outletKey: 'x', copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    const rows = (table: string): unknown[] => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare(`SELECT key FROM ${table} WHERE event_id = ? ORDER BY key`).pluck().all(id);
      } finally {
        db.close();
      }
    };
    const store = new SqliteStore(path);
    try {
      await store.commit(commit(['2025-01-02', '2025-01-20']));
      assert.deepEqual([rows('event_keys'), rows('event_keys_long')], [['t:crane'], []]);
      // A report four months on: the event's keys move to the long table, and it is found from its start.
      await store.commit(commit(['2025-01-02', '2025-05-02'], ['t:crane', 't:gantry']));
      assert.deepEqual([rows('event_keys'), rows('event_keys_long')], [[], ['t:crane', 't:gantry']]);
      assert.deepEqual((await store.candidateEvents({ keys: ['t:gantry'], date: '2024-12-30', windowDays: 7, limit: 5 })).map((c) => c.eventId), [id]);
      assert.deepEqual((await store.candidateEvents({ keys: ['t:gantry'], date: null, windowDays: 0, limit: 5, latestPerKey: 1 })).map((c) => c.eventId), [id]);
      // Split back to a week (a late report moved away), it returns.
      await store.commit(commit(['2025-01-02', '2025-01-08']));
      assert.deepEqual([rows('event_keys'), rows('event_keys_long')], [['t:crane'], []]);
      // Merged into another event, it leaves no key behind in either table.
      await store.commit(commit(['2025-01-02', '2025-04-08']));
      const b = sampleArticle(62);
      await store.commit({ ...commit(['2025-01-03']), article: b, event: sampleEvent('evt_0000000000000062', [a, b]), mergedEventIds: [id] });
      assert.deepEqual([rows('event_keys'), rows('event_keys_long')], [[], []]);
    } finally {
      await store.close();
      dir.cleanup();
    }
  });

  it('should move the keys of long events of a schema 18 store to their own table when it opens it', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'old18.db');
    const a = sampleArticle(71);
    const b = sampleArticle(72);
    try {
      let store = new SqliteStore(path);
      await store.commit({ article: a, event: sampleEvent('evt_0000000000000071', [a]), profile: { terms: {}, names: [], dates: ['2025-01-02', '2025-06-02'], size: 1 }, keys: ['t:crane'], outletKey: 'x', copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
      await store.commit({ article: b, event: sampleEvent('evt_0000000000000072', [b]), profile: { terms: {}, names: [], dates: ['2025-06-01'], size: 1 }, keys: ['t:crane'], outletKey: 'y', copyGroup: b.id, articleTerms: [], mergedEventIds: [] });
      await store.close();
      // What schema 18 had: every key in one table.
      const raw = new Database(path);
      raw.exec(`INSERT INTO event_keys SELECT * FROM event_keys_long; DELETE FROM event_keys_long; UPDATE meta SET value = '18' WHERE key = 'schema_version'`);
      raw.close();
      store = new SqliteStore(path);
      const found = await store.candidateEvents({ keys: ['t:crane'], date: '2025-01-01', windowDays: 3, limit: 5 });
      assert.deepEqual(found.map((c) => c.eventId), ['evt_0000000000000071']);
      await store.close();
      const check = new Database(path, { readonly: true });
      assert.deepEqual(check.prepare('SELECT event_id FROM event_keys ORDER BY event_id').pluck().all(), ['evt_0000000000000072']);
      assert.deepEqual(check.prepare('SELECT event_id FROM event_keys_long').pluck().all(), ['evt_0000000000000071']);
      check.close();
    } finally {
      dir.cleanup();
    }
  });

  it('should bound a windowed candidate lookup by the longest event written, kept in meta and found once in a store that lacks it', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'span.db');
    const a = sampleArticle(51);
    const id = 'evt_0000000000000051';
    const commit = { article: { ...a, eventId: id }, event: sampleEvent(id, [a]), profile: { terms: { crane: 1 }, names: [], dates: ['2025-01-02', '2025-03-02'], size: 1 }, keys: ['t:crane'], outletKey: 'x', copyGroup: a.id, articleTerms: [], mergedEventIds: [] };
    const fromStart = { keys: ['t:crane'], date: '2024-12-20', windowDays: 14, limit: 10 };
    const meta = (change?: string): unknown => {
      const db = new Database(path);
      try {
        if (change) db.exec(change);
        return db.prepare("SELECT value FROM meta WHERE key = 'longest_event_days'").pluck().get();
      } finally {
        db.close();
      }
    };
    try {
      let store = new SqliteStore(path);
      await store.commit(commit);
      assert.equal(meta(), '59');
      // Another connection's lower bound is read once it has committed: the 59-day event is then past it.
      meta("UPDATE meta SET value = '10' WHERE key = 'longest_event_days'");
      assert.deepEqual(await store.candidateEvents(fromStart), []);
      await store.close();
      // A store without the row (written before it was kept) gets it from its events when opened.
      meta("DELETE FROM meta WHERE key = 'longest_event_days'");
      store = new SqliteStore(path);
      assert.deepEqual((await store.candidateEvents(fromStart)).map((c) => c.eventId), [id]);
      await store.close();
      assert.equal(meta(), '59');
    } finally {
      dir.cleanup();
    }
  });

  it('should count an event span in whole days from its first date to its last', () => {
    assert.equal(eventSpanDays('2025-01-02', '2025-03-02'), 59);
    assert.equal(eventSpanDays('2025-01-02', '2025-01-02'), 0);
    assert.equal(eventSpanDays(null, null), 0);
    assert.equal(eventSpanDays('2024-12', '2025-01-01'), 31);
  });

  it('should name the file when it cannot open the database', () => {
    assert.throws(() => new SqliteStore('/nonexistent-folder/x/y.db'), /cannot open database \/nonexistent-folder\/x\/y\.db/);
  });
});
