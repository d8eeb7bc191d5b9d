import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ingestPaths } from '../ingest/batch.js';
import type { Article, NewsEvent } from '../model/types.js';
import { createStages } from '../pipeline.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import Database from 'better-sqlite3';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { tempDir } from '../../test/helpers.js';
import { answeringKeys, answeringText, linkEarlierMentions } from './earlier-links.js';
import { contentWords } from './facts.js';

const PROFILE = { terms: {}, names: [], dates: [], size: 1 };

async function store(event: NewsEvent, articles: readonly Article[], db: SqliteStore): Promise<void> {
  for (const a of articles) {
    await db.commit({ article: { ...a, eventId: event.id }, event, profile: PROFILE, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
  }
}

/** Two invented records ingested into a fresh store in each order of arrival, the events checked after each. */
async function inEitherOrder(dir: string, a: { id: string }, b: { id: string }, now: string, check: (events: NewsEvent[], first: string) => void): Promise<void> {
  for (const order of [[a, b], [b, a]]) {
    const db = new SqliteStore(':memory:');
    try {
      for (const record of order) {
        const file = join(dir, `${order[0]!.id}-${record.id}.jsonl`);
        writeFileSync(file, `${JSON.stringify(record)}\n`);
        await ingestPaths([file], createStages(), { store: db, now: () => now });
      }
      check(await db.listEvents(), order[0]!.id);
    } finally {
      await db.close();
    }
  }
}

describe('linkEarlierMentions', () => {
  it('should link two unlike mentions of one earlier event, dated a month and a day, and list them once with the day', async () => {
    const db = new SqliteStore(':memory:');
    try {
      const month = { description: 'the ceasefire in Jeddah', date: '2025-05', sentence: "Aid resumed after last month's ceasefire in Jeddah.", start: 0, end: 10 };
      const day = { description: 'the truce the two sides signed', date: '2025-05-20', sentence: 'The truce the two sides signed on May 20 held.', start: 0, end: 10 };
      const a = sampleArticle(1, { publishedAt: '2025-06-10T09:00:00Z', related: [month] });
      const b = sampleArticle(2, { publishedAt: '2025-06-11T09:00:00Z', related: [day] });
      const waiting = sampleEvent('evt_0000000000000001', [a, b], {
        date: '2025-06-09',
        related: [
          { description: month.description, date: month.date, sources: [a.id] },
          { description: day.description, date: day.date, sources: [b.id] },
        ],
      });
      await store(waiting, [a, b], db);
      const c = sampleArticle(3, { publishedAt: '2025-05-21T09:00:00Z' });
      const truce = sampleEvent('evt_0000000000000003', [c], {
        date: '2025-05-20',
        title: 'Ceasefire agreed in Jeddah',
        summary: 'The two sides signed a truce in Jeddah on Tuesday after talks.',
      });
      const context = { store: db, now: () => '2025-06-12T00:00:00Z' };
      const linked = await linkEarlierMentions(truce, new Set([truce.id]), 10, context);
      assert.equal(linked.length, 1);
      assert.deepEqual(linked[0]!.related.map((r) => [r.eventId, r.date, r.sources]), [[truce.id, '2025-05-20', [a.id, b.id]]]);
    } finally {
      await db.close();
    }
  });

  it('should move a link to an event written later that answers the mention better, and leave it where the new one answers worse', async () => {
    const db = new SqliteStore(':memory:');
    try {
      const mention = { description: 'Mayoral run-off', date: '2025-05-04', sentence: 'Auditors checked ballots from the May 4 mayoral run-off.', start: 0, end: 10 };
      const a = sampleArticle(1, { publishedAt: '2025-06-10T09:00:00Z', related: [mention] });
      // A report of the reactions, stored first and dated (wrongly) to the vote's day, took the link.
      const c = sampleArticle(3, { publishedAt: '2025-05-05T09:00:00Z' });
      const reactions = sampleEvent('evt_0000000000000003', [c], { date: '2025-05-04', title: 'Rivals cry foul over count', summary: 'Rivals said the mayoral run-off was rigged.' });
      await store(reactions, [c], db);
      const waiting = sampleEvent('evt_0000000000000001', [a], { date: '2025-06-09', related: [{ description: mention.description, date: mention.date, sources: [a.id], eventId: reactions.id }] });
      await store(waiting, [a], db);
      const context = { store: db, now: () => '2025-06-12T00:00:00Z' };
      const d = sampleArticle(4, { publishedAt: '2025-05-05T10:00:00Z' });
      const count = sampleEvent('evt_0000000000000004', [d], { date: '2025-05-04', title: 'Ortega wins mayoral run-off', summary: 'Ortega won the mayoral run-off with 52 percent.' });
      const moved = await linkEarlierMentions(count, new Set([count.id]), 10, context);
      assert.deepEqual(moved.map((e) => e.related.map((r) => r.eventId)), [[count.id]]);
      // Written back, the link stays with the better event when a worse one arrives after it.
      await store(count, [d], db);
      await store(moved[0]!, [a], db);
      const e = sampleArticle(5, { publishedAt: '2025-05-06T10:00:00Z' });
      const later = sampleEvent('evt_0000000000000002', [e], { date: '2025-05-04', title: 'Turnout low in the capital', summary: 'Turnout in the mayoral run-off was 31 percent.' });
      assert.deepEqual(await linkEarlierMentions(later, new Set([later.id]), 10, context), []);
    } finally {
      await db.close();
    }
  });

  it('should link a mention to an event whose summary lacks its word but whose facts have it, in either order of arrival', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-earlier-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    // The charging's summary (its first sentences) says "charged", never "indictment"; a later sentence does.
    const charges = {
      id: 'charges', title: 'US charges three North Korean hackers over Korvana crypto theft', publishedAt: '2026-03-13T09:00:00Z',
      text:
        'Federal prosecutors in Los Angeles on Thursday charged three North Korean hackers with stealing $81 million from the Korvana cryptocurrency exchange. ' +
        "Ri Chol-man, Pak Song-il and Kim Hyon-u are accused of breaking into the exchange's wallet servers and moving the coins through mixing services. " +
        "Investigators said the three worked for the Reconnaissance General Bureau, North Korea's main intelligence agency. " +
        'The stolen coins were traced to wallets in Cambodia and Hong Kong, an FBI official said. ' +
        'A grand jury indictment, unsealed in federal court, lists the wire transfers the men arranged.',
    };
    const sanctions = {
      id: 'sanctions', title: 'Treasury sanctions Pyongyang firm that laundered stolen crypto', publishedAt: '2026-04-10T09:00:00Z',
      text:
        'The US Treasury on Thursday imposed sanctions on Haeyang Trading, a Pyongyang company accused of laundering stolen cryptocurrency for North Korean hackers. ' +
        'The sanctions follow the indictment unsealed on March 12 against Ri Chol-man and two other North Korean hackers. ' +
        'Officials said the company converted the coins into cash through brokers in Vladivostok.',
    };
    await inEitherOrder(dir, charges, sanctions, '2026-04-11T00:00:00.000Z', (events, first) => {
      const charging = events.find((e) => e.title.startsWith('US charges'))!;
      const sanctioning = events.find((e) => e.title.startsWith('Treasury sanctions'))!;
      assert.ok(!/indictment/i.test(charging.summary), charging.summary);
      assert.deepEqual(sanctioning.related.map((r) => [r.date, r.eventId]), [['2026-03-12', charging.id]], `${first} first`);
    });
  });

  it('should link, once an older store is opened, the mentions its stored events already answer (before the next article)', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'v14.db');
    try {
      const db = new SqliteStore(path);
      const a = sampleArticle(1, { publishedAt: '2025-06-10T09:00:00Z', related: [{ description: 'the truce in Jeddah', date: '2025-05', sentence: "Aid resumed after last month's truce in Jeddah.", start: 0, end: 10 }] });
      const waiting = sampleEvent('evt_0000000000000001', [a], { date: '2025-06-09', related: [{ description: 'the truce in Jeddah', date: '2025-05', sources: [a.id] }] });
      await store(waiting, [a], db);
      // Written after the follow-up by a store that did not look for the mentions waiting for it.
      const c = sampleArticle(3, { publishedAt: '2025-05-21T09:00:00Z' });
      const truce = sampleEvent('evt_0000000000000003', [c], { date: '2025-05-20', title: 'Truce agreed in Jeddah', summary: 'The two sides signed a truce in Jeddah on Tuesday.' });
      await store(truce, [c], db);
      await db.close();
      const raw = new Database(path);
      raw.exec("ALTER TABLE events DROP COLUMN answers; UPDATE meta SET value = '14' WHERE key = 'schema_version'");
      raw.close();
      const upgraded = new SqliteStore(path);
      try {
        const context = { store: upgraded, now: () => '2025-06-12T00:00:00Z' };
        await ingestPaths([], createStages(), context);
        assert.deepEqual((await upgraded.getEvent(waiting.id))?.related.map((r) => r.eventId), [truce.id]);
        assert.deepEqual(await upgraded.eventsToRelink(10), [], 'each event looks once');
      } finally {
        await upgraded.close();
      }
    } finally {
      dir.cleanup();
    }
  });

  it("should link a curfew imposed on Thursday after Tuesday's shooting to the stored shooting, in either order of arrival", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curfew-link-'));
    try {
      const shooting = {
        id: 'shooting', title: 'Four killed in shooting at Dorrance market', publishedAt: '2026-03-03T23:00:00Z',
        text: 'A gunman opened fire at a farmers market in Dorrance, Kansas, on Tuesday afternoon, killing four people and wounding two, police said. The suspect, a 34-year-old man, was arrested at the scene.',
      };
      const curfew = {
        id: 'curfew', title: 'Dorrance imposes curfew after market shooting', publishedAt: '2026-03-05T23:00:00Z',
        text: "A curfew was imposed in Dorrance, Kansas, on Thursday after Tuesday's shooting in which four died. Mayor Ellis Grant said the curfew would run from 10 p.m. to 5 a.m. through the weekend.",
      };
      await inEitherOrder(dir, shooting, curfew, '2026-03-06T00:00:00.000Z', (events, first) => {
        const shot = events.find((e) => e.title.startsWith('Four killed'))!;
        const imposed = events.find((e) => e.title.startsWith('Dorrance imposes'))!;
        assert.equal(imposed.date, '2026-03-05', `${first} first`);
        assert.deepEqual(imposed.related.map((r) => [r.date, r.eventId]), [['2026-03-03', shot.id]], `${first} first`);
        assert.deepEqual(shot.related, []);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should pass over a stored record it cannot read when linking after an upgrade, and link the others', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'v14-damaged.db');
    try {
      const db = new SqliteStore(path);
      const a = sampleArticle(1, { publishedAt: '2025-06-10T09:00:00Z', related: [{ description: 'the truce in Jeddah', date: '2025-05', sentence: "Aid resumed after last month's truce in Jeddah.", start: 0, end: 10 }] });
      const waiting = sampleEvent('evt_0000000000000001', [a], { date: '2025-06-09', related: [{ description: 'the truce in Jeddah', date: '2025-05', sources: [a.id] }] });
      await store(waiting, [a], db);
      const b = sampleArticle(2, { publishedAt: '2025-05-02T09:00:00Z' });
      await store(sampleEvent('evt_0000000000000002', [b], { date: '2025-05-01' }), [b], db);
      const c = sampleArticle(3, { publishedAt: '2025-05-21T09:00:00Z' });
      const truce = sampleEvent('evt_0000000000000003', [c], { date: '2025-05-20', title: 'Truce agreed in Jeddah', summary: 'The two sides signed a truce in Jeddah on Tuesday.' });
      await store(truce, [c], db);
      await db.close();
      const raw = new Database(path);
      // The second record lost its facts; the store is as schema 14 left it.
      raw.exec("UPDATE events SET data = json_remove(data, '$.facts') WHERE id = 'evt_0000000000000002'; ALTER TABLE events DROP COLUMN answers; UPDATE meta SET value = '14' WHERE key = 'schema_version'");
      raw.close();
      const upgraded = new SqliteStore(path);
      try {
        const report = await ingestPaths([], createStages(), { store: upgraded, now: () => '2025-06-12T00:00:00Z' });
        assert.deepEqual(report.errors, []);
        assert.deepEqual((await upgraded.getEvent(waiting.id))?.related.map((r) => r.eventId), [truce.id]);
        assert.deepEqual(await upgraded.eventsToRelink(10), []);
      } finally {
        await upgraded.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});

describe('answeringKeys', () => {
  it('should give the same keys from the words a caller read already as from the event itself', () => {
    const a = sampleArticle(3);
    const event = sampleEvent('evt_0000000000000003', [a], { date: '2025-04-02', title: 'Warehouse fire in Leeds', summary: 'A warehouse burned overnight; two firefighters were hurt.' });
    const leaveOut = new Set(['warehous']);
    const words = contentWords(answeringText(event));
    const keys = answeringKeys(event, leaveOut, words);
    assert.deepEqual(keys, answeringKeys(event, leaveOut));
    assert.ok(keys.includes('2025-04 fire') && keys.includes('2025-04-02 leed'));
    assert.ok(!keys.some((k) => k.endsWith(' warehous')));
  });

  it("should give no keys for the participants' surnames the event answers with, unless its title or summary names them", () => {
    const a = sampleArticle(4);
    const participants = [
      { name: 'Petra Lindholm', aliases: [], role: 'firefighter', organization: null, country: 'GB', sources: [a.id] },
      { name: 'Owen Marsh', aliases: [], role: 'owner', organization: null, country: 'GB', sources: [a.id] },
    ];
    const event = { ...sampleEvent('evt_0000000000000004', [a], { date: '2025-04-02', title: 'Warehouse fire in Leeds', summary: 'A warehouse owned by Owen Marsh burned overnight.' }), participants };
    assert.ok(contentWords(answeringText(event)).has([...contentWords('Lindholm')][0]!));
    const keys = answeringKeys(event);
    assert.ok(!keys.some((k) => k.endsWith(` ${[...contentWords('Lindholm')][0]!}`)));
    assert.ok(keys.some((k) => k.endsWith(` ${[...contentWords('Marsh')][0]!}`)));
  });
});
