import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { linkEarlierMentions } from './earlier-links.js';

const PROFILE = { terms: {}, names: [], dates: [], size: 1 };

async function store(event: NewsEvent, articles: readonly Article[], db: SqliteStore): Promise<void> {
  for (const a of articles) {
    await db.commit({ article: { ...a, eventId: event.id }, event, profile: PROFILE, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
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
});
