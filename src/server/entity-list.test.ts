import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, NewsEvent, Participant } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Commit, EventProfile } from '../store/store.js';
import { entityGroups, groupEvents, type KeptGroupings } from './entity-list.js';

const PROFILE: EventProfile = { terms: { port: 2 }, names: [], dates: ['2025-03-10'], size: 1 };

function commit(article: Article, event: NewsEvent, merged: string[] = []): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: ['t:port'], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['port'], mergedEventIds: merged };
}

const person = (name: string, article: Article, organization: string | null = null, country: string | null = null): Participant => ({ name, aliases: [], role: 'official', organization, country, sources: [article.id] });
const body = (name: string, article: Article, country: string | null, aliases: string[] = []): NonNullable<NewsEvent['organizations']>[number] => ({ name, aliases, country, sources: [article.id], corroboration: 1 });

/** The list as plain data: each entry and its members' ids. */
const plain = async (store: SqliteStore, kept?: KeptGroupings): Promise<unknown> => (await entityGroups(store, kept)).map((g) => [g.summary, g.members.map((m) => m.id)]);

describe('entityGroups', () => {
  it('should give, with the joins of the last list kept, the list worked out from nothing after ingests, a merge and a split', async () => {
    const store = new SqliteStore(':memory:');
    const kept: KeptGroupings = new Map();
    const check = async (step: string): Promise<void> => assert.deepEqual(await plain(store, kept), await plain(store), step);
    const a = [1, 2, 3, 4, 5, 6].map((n) => sampleArticle(200 + n));
    // Two romanisations of one name, a body with and without its country, initials an event ties to a name.
    await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000201', [a[0]!], { participants: [person('Dmitri Orlov', a[0]!)], organizations: [body('US Treasury', a[0]!, 'US')] })));
    await check('one event');
    await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000202', [a[1]!], { participants: [person('Dmitry Orlov', a[1]!), person('Ann Pike', a[1]!, 'US Treasury Department', 'US')], organizations: [body('OFAC', a[1]!, 'US')] })));
    await check('a second spelling and a second name of the body');
    await store.commit(commit(a[2]!, sampleEvent('evt_0000000000000203', [a[2]!], { participants: [person('Yuri Volkov', a[2]!)], organizations: [body('Office of Foreign Assets Control', a[2]!, 'US', ['OFAC'])] })));
    const joined = (await entityGroups(store)).filter((g) => g.members.length > 1).map((g) => g.members.map((m) => m.name).sort());
    assert.deepEqual(joined.sort(), [['Dmitri Orlov', 'Dmitry Orlov'], ['OFAC', 'Office of Foreign Assets Control'], ['US Treasury', 'US Treasury Department']]);
    await check('initials tied to their name');
    // A merge: the second event is taken into the first, and its names are counted under it.
    await store.commit(commit(a[3]!, sampleEvent('evt_0000000000000201', [a[0]!, a[1]!, a[3]!], { participants: [person('Dmitri Orlov', a[0]!), person('Dmitry Orlov', a[1]!), person('Ann Pike', a[1]!, 'US Treasury Department', 'US')], organizations: [body('US Treasury', a[0]!, 'US'), body('OFAC', a[1]!, 'US')] }), ['evt_0000000000000202']));
    await check('a merge');
    // A split: the merged event's second story goes to an event of its own.
    const kept201 = sampleEvent('evt_0000000000000201', [a[0]!, a[3]!], { participants: [person('Dmitri Orlov', a[0]!)], organizations: [body('US Treasury', a[0]!, 'US')] });
    const apart = sampleEvent('evt_0000000000000204', [a[1]!], { participants: [person('Dmitry Orlov', a[1]!), person('Ann Pike', a[1]!, 'US Treasury Department', 'US')], organizations: [body('OFAC', a[1]!, 'US')] });
    await store.splitEvent({ event: kept201, profile: PROFILE, keys: ['t:port'], splitOff: { event: apart, profile: PROFILE, keys: ['t:port'], articleIds: [a[1]!.id] } });
    await check('a split');
    // The event that tied the initials is rewritten without them: they part from the name again.
    await store.commit(commit(a[4]!, sampleEvent('evt_0000000000000203', [a[2]!, a[4]!], { participants: [person('Yuri Volkov', a[2]!)], organizations: [body('Office of Foreign Assets Control', a[2]!, 'US')] })));
    await check('a tie gone');
    await store.commit(commit(a[5]!, sampleEvent('evt_0000000000000206', [a[5]!], { participants: [person('Yury Volkov', a[5]!)] })));
    await check('one more spelling');
    await store.close();
  });
});

describe('groupEvents', () => {
  it("should list on a person's page the events where the name is only another participant's other name", async () => {
    const store = new SqliteStore(':memory:');
    const a = [1, 2, 3, 4].map((n) => sampleArticle(300 + n));
    await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000301', [a[0]!], { participants: [person('Bea Lindholm', a[0]!)] })));
    await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000302', [a[1]!], { participants: [person('Bea Lindholm', a[1]!)] })));
    // The third report writes her in full, and "Bea Lindholm" only as that participant's other name.
    await store.commit(commit(a[2]!, sampleEvent('evt_0000000000000303', [a[2]!], { participants: [{ ...person('Beatrice K. Lindholm', a[2]!), aliases: ['Bea Lindholm'] }] })));
    // A namesake with the words the other way round is no alias of hers.
    await store.commit(commit(a[3]!, sampleEvent('evt_0000000000000304', [a[3]!], { participants: [person('Lindholm Bea', a[3]!)] })));
    const group = (await entityGroups(store)).find((g) => g.summary.name === 'Bea Lindholm')!;
    assert.deepEqual((await groupEvents(store, group, 50)).map((e) => e.id).sort(), ['evt_0000000000000301', 'evt_0000000000000302', 'evt_0000000000000303']);
    // The entry's count is that of the events her page lists (person-alias-count.ts).
    assert.equal(group.summary.events, 3);
    await store.close();
  });
});

describe('entityGroups: a national body placed by its events', () => {
  it("should join a countryless Constitutional Court to its country's where every event of it is placed in that country", async () => {
    const store = new SqliteStore(':memory:');
    const a = [1, 2, 3, 4].map((n) => sampleArticle(400 + n));
    const riga = { name: 'Riga', country: 'LV', lat: 56.95, lon: 24.1 };
    await store.commit(commit(a[0]!, sampleEvent('evt_0000000000000401', [a[0]!], { location: riga, organizations: [body('Constitutional Court', a[0]!, null)] })));
    await store.commit(commit(a[1]!, sampleEvent('evt_0000000000000402', [a[1]!], { location: riga, organizations: [body('Latvian Constitutional Court', a[1]!, 'LV')] })));
    const court = async (): Promise<unknown> => (await entityGroups(store)).filter((g) => g.summary.kind === 'organization').map((g) => [g.summary.name, g.summary.country ?? null, g.summary.events]);
    assert.deepEqual(await court(), [['Latvian Constitutional Court', 'LV', 2]]);
    // One more event of the countryless name, placed in Estonia: it is no longer known to be Latvia's.
    await store.commit(commit(a[2]!, sampleEvent('evt_0000000000000403', [a[2]!], { location: { name: 'Tallinn', country: 'EE', lat: 59.44, lon: 24.75 }, organizations: [body('Constitutional Court', a[2]!, null)] })));
    assert.deepEqual(await court(), [['Constitutional Court', null, 2], ['Latvian Constitutional Court', 'LV', 1]]);
    await store.close();
  });
});
