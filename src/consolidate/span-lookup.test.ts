import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { eventLookup } from './index.js';

const PROFILE = { terms: {}, names: [], dates: [], size: 1 };

async function store(event: NewsEvent, articles: readonly Article[], db: SqliteStore): Promise<void> {
  for (const a of articles) {
    await db.commit({ article: { ...a, eventId: event.id }, event, profile: PROFILE, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
  }
}

describe('eventLookup: the first day of a span', () => {
  it('should pass over a stored event of the month dated before the span a mention names', async () => {
    const db = new SqliteStore(':memory:');
    try {
      // Two thefts from one broker in one month: a small one on the 3rd, the large one on the weekend of the 10th.
      const early = sampleEvent('evt_00000000000000e1', [sampleArticle(1, { publishedAt: '2031-05-03T12:00:00Z' })], { date: '2031-05-03', title: 'Theft from Kestrel wallet', summary: 'A small theft from Kestrel was reported.' });
      const late = sampleEvent('evt_00000000000000e2', [sampleArticle(2, { publishedAt: '2031-05-10T12:00:00Z' })], { date: '2031-05-10', title: 'Kestrel hit by theft', summary: 'Thieves emptied a Kestrel wallet over the weekend.' });
      await store(early, [sampleArticle(1, { publishedAt: '2031-05-03T12:00:00Z' })], db);
      await store(late, [sampleArticle(2, { publishedAt: '2031-05-10T12:00:00Z' })], db);
      const lookup = eventLookup({ store: db, now: () => '2031-05-16T00:00:00Z' });
      assert.equal(await lookup('2031-05', ['theft', 'kestrel'], [], '2031-05-11', '2031-05-10'), late.id);
      // Bounded to the first week, only the early one can answer.
      assert.equal(await lookup('2031-05', ['theft', 'kestrel'], [], '2031-05-04', '2031-05-01'), early.id);
      assert.equal(await lookup('2031-05', ['theft', 'kestrel'], [], '2031-05-09', '2031-05-05'), null);
    } finally {
      await db.close();
    }
  });
});
