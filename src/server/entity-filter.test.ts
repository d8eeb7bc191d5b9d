import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Commit, EventProfile, EventQuery } from '../store/store.js';
import { entryNames, widenedEntity } from './entity-filter.js';
import { entityGroups } from './entity-list.js';

const PROFILE: EventProfile = { terms: { dam: 2 }, names: [], dates: ['2025-03-10'], size: 1 };

function commit(article: Article, event: NewsEvent): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: ['t:dam'], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['dam'], mergedEventIds: [] };
}

const body = (name: string, article: Article, aliases: string[] = []): NonNullable<NewsEvent['organizations']>[number] => ({ name, aliases, country: null, sources: [article.id], corroboration: 1 });

/** Three events naming one body: one by its full name and its initials, two by the full name alone. */
async function storeOfThree(): Promise<SqliteStore> {
  const store = new SqliteStore(':memory:');
  const a = [1, 2, 3].map((n) => sampleArticle(600 + n));
  await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000601', [a[0]!], { participants: [], organizations: [body('River Basin Authority', a[0]!, ['RBA'])] })));
  await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000602', [a[1]!], { participants: [], organizations: [body('River Basin Authority', a[1]!)] })));
  await store.commit(commit(a[2]!, sampleEvent('evt_0000000000000603', [a[2]!], { participants: [], organizations: [body('River Basin Authority', a[2]!)] })));
  return store;
}

describe('the entity filter by every name the entity list shows', () => {
  it("should find all of an entry's events by the initials the list shows beside its name", async () => {
    const store = await storeOfThree();
    const listed = (await entityGroups(store)).find((g) => g.summary.name === 'River Basin Authority');
    assert.equal(listed?.summary.events, 3);
    assert.deepEqual(listed?.summary.aliases, ['RBA']);
    // The store finds the initials of a spelled-out body's name itself too since fixc68e (filter names written at commit).
    assert.equal((await store.queryEvents({ entity: 'RBA' })).length, 3);
    const wide = await widenedEntity<EventQuery>({ entity: 'RBA' }, () => entityGroups(store));
    assert.equal(wide.entity, undefined);
    assert.deepEqual([...(wide.entityAny ?? [])].sort(), ['RBA', 'River Basin Authority']);
    assert.deepEqual((await store.queryEvents({ ...wide, sort: 'date-desc' })).map((e) => e.id).sort(), ['evt_0000000000000601', 'evt_0000000000000602', 'evt_0000000000000603']);
  });

  it('should leave a name no entry shows as typed, and find nothing by names with no words', async () => {
    const store = await storeOfThree();
    assert.deepEqual(await widenedEntity({ entity: 'Harbour Board' }, () => entityGroups(store)), { entity: 'Harbour Board' });
    assert.deepEqual(await widenedEntity<EventQuery>({ country: 'IE' }, () => Promise.reject(new Error('the list is not read without a name'))), { country: 'IE' });
    assert.deepEqual(await store.queryEvents({ entityAny: ['-', ' '] }), []);
  });

  it('should match names in any case and word order, as the filter does', () => {
    const groups = [{ summary: { id: 'ent_1', kind: 'organization' as const, name: 'River Basin Authority', events: 3, aliases: ['RBA'] }, members: [{ id: 'ent_1', kind: 'organization' as const, name: 'River Basin Authority', events: 3, aliases: ['RBA'] }] }];
    assert.deepEqual(entryNames(groups, 'rba'), ['rba', 'River Basin Authority', 'RBA']);
    assert.equal(entryNames(groups, 'Basin River'), null);
    assert.deepEqual(entryNames(groups, 'authority basin river')?.includes('RBA'), true);
  });
});

describe('the entity filter and the ties reports state between threat actors', () => {
  const actor = (name: string, article: Article, more: Partial<NonNullable<NewsEvent['threatActors']>[number]> = {}): NonNullable<NewsEvent['threatActors']>[number] => ({ name, aliases: [], country: 'KP', sources: [article.id], ...more });

  /** One event tells that TraderTraitor is a unit of Lazarus Group, one that APT38 is Lazarus Group's other name; two name one group each. */
  async function storeOfFour(): Promise<SqliteStore> {
    const store = new SqliteStore(':memory:');
    const a = [1, 2, 3, 4].map((n) => sampleArticle(700 + n));
    const event = (n: number, threatActors: NonNullable<NewsEvent['threatActors']>): NewsEvent => sampleEvent(`evt_000000000000070${n}`, [a[n - 1]!], { participants: [], threatActors });
    await store.commit(commit(a[0]!, event(1, [actor('Lazarus Group', a[0]!), actor('TraderTraitor', a[0]!, { partOf: ['Lazarus Group'] })])));
    await store.commit(commit(a[1]!, event(2, [actor('TraderTraitor', a[1]!, { aliases: ['Jade Sleet'] })])));
    await store.commit(commit(a[2]!, event(3, [actor('Lazarus Group', a[2]!, { aliases: ['APT38'] })])));
    await store.commit(commit(a[3]!, event(4, [actor('APT38', a[3]!)])));
    return store;
  }

  const ids = async (store: SqliteStore, entity: string): Promise<string[]> =>
    (await store.queryEvents({ ...(await widenedEntity<EventQuery>({ entity }, () => entityGroups(store))), sort: 'date-desc' })).map((e) => e.id.slice(-1)).sort();

  it('finds a larger group\'s units\' events by its name, and by a name the gazetteer knows it by', async () => {
    const store = await storeOfFour();
    assert.deepEqual(await ids(store, 'Lazarus Group'), ['1', '2', '3', '4']);
    assert.deepEqual(await ids(store, 'Lazarus'), ['1', '2', '3', '4']);
  });

  it('does not find the larger group\'s other events by a unit\'s name', async () => {
    const store = await storeOfFour();
    assert.deepEqual(await ids(store, 'TraderTraitor'), ['1', '2']);
    assert.deepEqual(await ids(store, 'Jade Sleet'), ['1', '2']);
  });

  it('finds the events of a name a report gave as the group\'s other name, both ways', async () => {
    const store = await storeOfFour();
    const apt38 = await ids(store, 'APT38');
    assert.ok(apt38.includes('3') && apt38.includes('4') && apt38.includes('1'), apt38.join());
  });

  it('shows the units on the larger group\'s entry', async () => {
    const store = await storeOfFour();
    const listed = (await entityGroups(store)).find((g) => g.summary.name === 'Lazarus Group');
    assert.deepEqual(listed?.summary.units, ['TraderTraitor']);
  });
});
