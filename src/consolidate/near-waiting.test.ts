import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent, RelatedMention } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { awaitingKeys, linkEarlierMentions } from './earlier-links.js';
import { relatedFields, stillWaiting } from './near-waiting.js';
import type { EventLookup } from './related.js';

const PROFILE = { terms: {}, names: [], dates: [], size: 1 };

/** A report of Tuesday 10 June 2025 recalling a raid of the Saturday before, a near mention. */
function recallingReport(n: number): Article {
  const near: RelatedMention = { description: 'Raid on the Tollgate depot', date: '2025-06-07', sentence: 'Inspectors reopened the yard days after the raid on the Tollgate depot on Saturday.', start: 0, end: 10, near: true };
  return sampleArticle(n, { publishedAt: '2025-06-10T08:00:00Z', related: [near] });
}

const answering = (id: string | null): EventLookup => async () => id;

describe('relatedFields: near mentions kept waiting', () => {
  it('should keep an unanswered near mention back from the list, as a waiting one', async () => {
    const fields = await relatedFields([recallingReport(1)], 'evt_00000000000000a1', answering(null), '2025-06-10');
    assert.deepEqual(fields.related, []);
    assert.deepEqual(fields.nearWaiting, [{ description: 'Raid on the Tollgate depot', date: '2025-06-07' }]);
  });

  it('should list a near mention another stored event answers, with nothing left waiting', async () => {
    const fields = await relatedFields([recallingReport(1)], 'evt_00000000000000a1', answering('evt_00000000000000b2'), '2025-06-10');
    assert.deepEqual(fields.related.map((r) => r.eventId), ['evt_00000000000000b2']);
    assert.equal('nearWaiting' in fields, false);
  });

  it('should keep nothing waiting where the event itself answers the mention, or where there is no store to look in', async () => {
    const self = await relatedFields([recallingReport(1)], 'evt_00000000000000a1', answering('evt_00000000000000a1'), '2025-06-10');
    assert.deepEqual([self.related, 'nearWaiting' in self], [[], false]);
    const none = await relatedFields([recallingReport(1)], 'evt_00000000000000a1', null, '2025-06-10');
    assert.deepEqual([none.related, 'nearWaiting' in none], [[], false]);
  });

  it('should index a waiting near mention under its day and words, as an unlinked one', () => {
    const keys = awaitingKeys({ related: [], nearWaiting: [{ description: 'Raid on the Tollgate depot', date: '2025-06-07' }] });
    assert.ok(keys.includes('2025-06-07 tollgate'));
    assert.ok(!keys.some((k) => k.startsWith('~')));
  });

  it('should leave the mentions no answer took, and drop the field when none are left', () => {
    const waiting = [{ description: 'Raid on the Tollgate depot', date: '2025-06-07' }, { description: 'Fire at the ferry pier', date: '2025-06-08' }];
    assert.deepEqual(stillWaiting(waiting, [{ description: 'Tollgate depot raid', date: '2025-06-07' }]), { nearWaiting: [waiting[1]] });
    assert.deepEqual(stillWaiting(waiting, waiting), {});
    assert.deepEqual(stillWaiting(waiting, [{ description: 'Raid on the Tollgate depot', date: '2025-06-06' }]), { nearWaiting: waiting });
  });
});

describe('linkEarlierMentions: an earlier event stored after the report that recalls it', () => {
  async function commit(db: SqliteStore, event: NewsEvent, article: Article): Promise<void> {
    await db.commit({ article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: [], outletKey: article.id, copyGroup: article.id, articleTerms: [], mergedEventIds: [] });
  }

  it('should link the near mention when the raid itself is written, and keep it waiting for an event of another kind', async () => {
    const db = new SqliteStore(':memory:');
    try {
      const report = recallingReport(1);
      const waiting = sampleEvent('evt_00000000000000a1', [report], { date: '2025-06-10', ...(await relatedFields([report], 'evt_00000000000000a1', answering(null), '2025-06-10')) });
      await commit(db, waiting, report);
      const context = { store: db, now: () => '2025-06-11T00:00:00Z' };
      const parade = sampleEvent('evt_00000000000000c3', [sampleArticle(3)], { date: '2025-06-07', title: 'Brass bands march through Tollgate', summary: 'Thousands watched the summer parade in Tollgate on Saturday.' });
      assert.deepEqual(await linkEarlierMentions(parade, new Set([parade.id]), 10, context), []);
      const raid = sampleEvent('evt_00000000000000b2', [sampleArticle(2)], { date: '2025-06-07', title: 'Police raid Tollgate depot', summary: 'Officers searched the Tollgate depot before dawn and seized forged parts.' });
      const linked = await linkEarlierMentions(raid, new Set([raid.id]), 10, context);
      assert.equal(linked.length, 1);
      assert.deepEqual(linked[0]!.related.map((r) => [r.eventId, r.date, r.sources]), [[raid.id, '2025-06-07', [report.id]]]);
      assert.equal(linked[0]!.nearWaiting, undefined, 'linked, it waits no more');
    } finally {
      await db.close();
    }
  });
});
