import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Commit } from '../store/store.js';
import { countriesByName } from '../store/stored-records.js';
import { entityGroups } from './entity-list.js';

function commit(article: Article, event: NewsEvent): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: { terms: { quay: 1 }, names: [], dates: [], size: 1 }, keys: [], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['quay'], mergedEventIds: [] };
}

const person = (name: string, country: string | null, source: string) => ({ name, aliases: [], role: 'harbour master', organization: null, country, sources: [source] });

describe('the entity list, the countries events give people and places', () => {
  it("should list a person's countries from every event, and a place's, and none where no event gives one", async () => {
    const store = new SqliteStore(':memory:');
    const [a, b, c] = [sampleArticle(41), sampleArticle(42), sampleArticle(43)];
    await store.commit(commit(a, sampleEvent('evt_0000000000000041', [a], { participants: [person('Maren Solvik', 'NO', a.id)] })));
    await store.commit(commit(b, sampleEvent('evt_0000000000000042', [b], { participants: [person('Maren Solvik', 'SE', b.id)], location: { name: 'Malmo', country: 'SE', lat: null, lon: null } })));
    await store.commit(commit(c, sampleEvent('evt_0000000000000043', [c], { participants: [person('Tor Lindgren', null, c.id)] })));
    const list = (await entityGroups(store)).map((g) => g.summary);
    const entry = (name: string) => list.find((e) => e.name === name);
    assert.deepEqual(entry('Maren Solvik')?.countries, ['NO', 'SE']);
    assert.equal(entry('Maren Solvik')?.country, undefined);
    assert.equal(entry('Tor Lindgren')?.countries, undefined);
    assert.deepEqual(entry('Malmo')?.countries, ['SE']);
    assert.deepEqual(entry('Dublin')?.countries, ['IE']);
    await store.close();
  });
});

describe('countriesByName', () => {
  it('should gather each name its countries once, sorted, and skip a value with no country', () => {
    const got = countriesByName(['Ola Berg\tNO', 'Ola Berg\tDK', 'Ola Berg\tNO', 'no tab here']);
    assert.deepEqual([...got], [['Ola Berg', ['DK', 'NO']]]);
  });
});
