import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { NewsEvent } from '../model/types.js';
import { entityDetail } from './entities.js';
import { entityGroups, groupEvents } from './entity-list.js';

describe('ships in the entity list and the entity filter', () => {
  it('should list a ship as a vessel with its flag, find its event by name, prefix or IMO number, and give its page', async () => {
    const store = new SqliteStore(':memory:');
    const a = sampleArticle(731, { body: 'Armed men boarded the Liberia-flagged bulk carrier Sea Lark (IMO 9345678) on Sunday.' });
    const vessels: NewsEvent['vessels'] = [{ name: 'Sea Lark', aliases: ['MV Sea Lark'], imo: '9345678', flag: 'LR', sources: [a.id], corroboration: 1 }];
    const event = sampleEvent('evt_0000000000000731', [a], { vessels });
    await store.commit({ article: { ...a, eventId: event.id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    try {
      const groups = await entityGroups(store);
      const ship = groups.find((g) => g.summary.kind === 'vessel');
      assert.deepEqual(ship && { name: ship.summary.name, countries: ship.summary.countries }, { name: 'Sea Lark', countries: ['LR'] });
      assert.equal(groups.some((g) => g.summary.kind !== 'vessel' && g.summary.name === 'Sea Lark'), false, 'no person, body or place of the ship\u2019s name');
      for (const typed of ['Sea Lark', 'mv sea lark', 'IMO 9345678', '9345678']) assert.deepEqual((await store.queryEvents({ entity: typed })).map((e) => e.id), [event.id], typed);
      assert.deepEqual(await store.queryEvents({ entity: 'Sea Larkspur' }), []);
      const detail = entityDetail(ship!.summary, await groupEvents(store, ship!, 10), ship!.members);
      assert.deepEqual([detail.aliases, detail.countries, detail.eventList.map((e) => e.id)], [['MV Sea Lark'], ['LR'], [event.id]]);
    } finally {
      await store.close();
    }
  });
});
