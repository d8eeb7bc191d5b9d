import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent } from '../model/types.js';
import { entityGroups } from '../server/entity-list.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Commit, EventProfile } from '../store/store.js';
import { shownCountries } from './entity-countries.js';

const PROFILE: EventProfile = { terms: { ferry: 2 }, names: [], dates: ['2025-03-10'], size: 1 };

function commit(article: Article, event: NewsEvent): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: ['t:ferry'], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['ferry'], mergedEventIds: [] };
}

describe("the entities table's country of people and places", () => {
  it('should give a person and a place the countries their events give them, and a body its own', async () => {
    const store = new SqliteStore(':memory:');
    const a = sampleArticle(701);
    const b = sampleArticle(702);
    await store.commit(commit(a, sampleEvent('evt_0000000000000701', [a], {
      location: { name: 'Galway', country: 'IE', lat: 53.27, lon: -9.05 },
      participants: [{ name: 'Niamh Corrigan', aliases: [], role: 'harbour master', organization: 'Galway Harbour Company', country: 'IE', sources: [a.id] }],
    })));
    await store.commit(commit(b, sampleEvent('evt_0000000000000702', [b], {
      location: { name: 'Holyhead', country: 'GB', lat: 53.31, lon: -4.63 },
      participants: [{ name: 'Niamh Corrigan', aliases: [], role: 'harbour master', organization: null, country: 'GB', sources: [b.id] }],
    })));
    const groups = await entityGroups(store);
    const countries = await shownCountries(store, groups);
    const of = (name: string): string | undefined => countries[groups.findIndex((g) => g.summary.name === name)];
    assert.equal(of('Niamh Corrigan'), 'GB/IE');
    assert.equal(of('Galway'), 'IE');
    assert.equal(of('Holyhead'), 'GB');
    assert.equal(of('Galway Harbour Company'), 'IE');
  });
});
