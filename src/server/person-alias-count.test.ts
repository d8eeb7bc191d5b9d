import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent, Participant } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Commit, EventProfile } from '../store/store.js';
import { entityGroups, groupEvents } from './entity-list.js';

const PROFILE: EventProfile = { terms: { ferry: 2 }, names: [], dates: ['2025-04-02'], size: 1 };

function commit(article: Article, event: NewsEvent): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: ['t:ferry'], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['ferry'], mergedEventIds: [] };
}

const person = (name: string, aliases: string[], article: Article): Participant => ({ name, aliases, role: 'harbour master', organization: null, country: null, sources: [article.id] });

describe('person entries named in some events only by an alias', () => {
  it('should count the events that give the name only as another participant\'s alias, as the page lists them', async () => {
    const store = new SqliteStore(':memory:');
    const a = [1, 2, 3].map((n) => sampleArticle(710 + n));
    await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000711', [a[0]!], { participants: [person('Tomas Ilvane Brecht', ['Tom Brecht', 'Brecht'], a[0]!)] })));
    await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000712', [a[1]!], { participants: [person('Tom Brecht', [], a[1]!)] })));
    await store.commit(commit(a[2]!, sampleEvent('evt_0000000000000713', [a[2]!], { participants: [person('Tom Brecht', [], a[2]!), person('Tomas Ilvane Brecht', ['Tom Brecht'], a[2]!)] })));
    const groups = await entityGroups(store);
    const tom = groups.find((g) => g.summary.name === 'Tom Brecht')!;
    assert.equal(tom.summary.events, 3, 'two as his own name, one only as an alias, the event of both counted once');
    assert.equal((await groupEvents(store, tom, 10)).length, tom.summary.events);
    assert.equal(groups.find((g) => g.summary.name === 'Tomas Ilvane Brecht')?.summary.events, 2);
    await store.close();
  });

  it('should not count a surname of one word given as an alias', async () => {
    const store = new SqliteStore(':memory:');
    const a = [1, 2].map((n) => sampleArticle(720 + n));
    await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000721', [a[0]!], { participants: [person('Ona Brecht', ['Brecht'], a[0]!)] })));
    await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000722', [a[1]!], { participants: [person('Brecht', [], a[1]!)] })));
    const groups = await entityGroups(store);
    assert.equal(groups.find((g) => g.summary.name === 'Brecht')?.summary.events, 1);
    await store.close();
  });
});
