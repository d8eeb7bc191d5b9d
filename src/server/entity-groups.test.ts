import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityKind } from '../store/store.js';
import { entitySummaries, type EntitySummary } from './entities.js';
import { groupEntities } from './entity-groups.js';

function entries(kind: EntityKind, ...rows: [name: string, events: number, country?: string, aliases?: string[]][]): EntitySummary[] {
  return entitySummaries(rows.map(([name, events, country, aliases]) => ({ name, events, ...(country ? { country } : {}), ...(aliases ? { aliases } : {}) })), kind);
}

/** Each group as its entry's name and the names joined into it. */
const shown = (list: EntitySummary[]): [string, string[]][] => groupEntities(list).map((g) => [g.summary.name, g.members.map((m) => m.name).filter((n) => n !== g.summary.name).sort()]);

describe('groupEntities', () => {
  it('should join two romanisations of one Russian name into the entry with more events', () => {
    const groups = groupEntities(entries('person', ['Dmitri Orlov', 3], ['Dmitry Orlov', 1], ['Vera Lind', 2]));
    assert.deepEqual(groups.map((g) => [g.summary.name, g.summary.events, g.summary.aliases ?? []]), [['Dmitri Orlov', 4, ['Dmitry Orlov']], ['Vera Lind', 2, []]]);
    assert.equal(groups[0]!.summary.id, entitySummaries([{ name: 'Dmitri Orlov', events: 3 }])[0]!.id);
  });

  it("should join two spellings of one Arabic or Russian name that a spelling table holds, however their first letters differ", () => {
    assert.deepEqual(shown(entries('person', ['Mohammed Darwish', 3], ['Muhammad Darwish', 1], ['Yelena Kurova', 2], ['Elena Kurova', 1], ['Omar Haddad', 1], ['Omer Farouk', 1])), [
      ['Mohammed Darwish', ['Muhammad Darwish']],
      ['Yelena Kurova', ['Elena Kurova']],
      ['Omar Haddad', []],
      ['Omer Farouk', []],
    ]);
  });

  it('should keep apart two people who share a surname, a surname written alone, and a name with another ending', () => {
    assert.deepEqual(shown(entries('person', ['John Harlow', 2], ['Jane Harlow', 1], ['Harlow', 1], ['Ivan Petrov', 1], ['Ivana Petrova', 1])).map(([, joined]) => joined), [[], [], [], [], []]);
  });

  it("should join a body's name with its country before it and with \"Department\" after it", () => {
    assert.deepEqual(shown(entries('organization', ['US Treasury', 4, 'US'], ['US Treasury Department', 2, 'US'], ['Treasury', 1, 'US'])), [['US Treasury', ['Treasury', 'US Treasury Department']]]);
  });

  it('should join initials with the name they stand for, and a name with and without "the", under the spelled-out name', () => {
    const groups = groupEntities(entries('organization', ['FBI', 5, 'US'], ['Federal Bureau of Investigation', 2, 'US', ['FBI']], ['the Federal Bureau of Investigation', 1]));
    assert.deepEqual(groups.map((g) => [g.summary.country, g.summary.name, g.summary.aliases]), [['US', 'Federal Bureau of Investigation', ['FBI', 'the Federal Bureau of Investigation']]]);
  });

  it("should join an entry with another whose aliases an event gave it", () => {
    assert.deepEqual(shown(entries('organization', ['Korean Central News Agency', 3, 'KP', ['KCNA']], ['KCNA', 1, 'KP'])), [['Korean Central News Agency', ['KCNA']]]);
  });

  it('should keep apart one name of two countries, and a name that fits two bodies that are not one', () => {
    const list = entries('organization', ['Ministry of Foreign Affairs', 2, 'JP'], ['Ministry of Foreign Affairs', 1, 'KR'], ['US Treasury', 2], ['UK Treasury', 2], ['Treasury', 1]);
    assert.ok(groupEntities(list).every((g) => g.members.length === 1), JSON.stringify(shown(list)));
  });

  it('should not join two letters of initials to a name by its initials alone', () => {
    assert.deepEqual(shown(entries('organization', ['DA', 2], ['District Attorney', 1])).map(([, joined]) => joined), [[], []]);
  });

  it('should join initials to a name only where they are an entry of their own that an event gave as its alias', () => {
    const list = entries('organization', ['Memphis Fire Department', 3, undefined, ['MFD']], ['Milwaukee Fire Department', 2], ['MFD', 1], ['Greenhaven Media Group', 1]);
    assert.deepEqual(shown(list), [['Memphis Fire Department', ['MFD']], ['Milwaukee Fire Department', []], ['Greenhaven Media Group', []]]);
    // The two departments' aliases alone do not meet, though their initials are one.
    assert.deepEqual(shown(entries('organization', ['Agriculture Revolving Loan Fund', 1, undefined, ['ARLF']], ['Alaska Revolving Loan Fund', 1, undefined, ['ARLF']])).map(([, joined]) => joined), [[], []]);
  });

  it('should name an entry by its acronym when one event spelled it out and many wrote the acronym', () => {
    const groups = groupEntities(entries('organization', ['NBC', 33], ['National Baptist Convention', 1, undefined, ['NBC']]));
    assert.deepEqual(groups.map((g) => [g.summary.name, g.summary.aliases]), [['NBC', ['National Baptist Convention']]]);
  });

  it('should not let a country word join a countryless entry of the bare name, nor give it that country', () => {
    const list = entries('organization', ['Daily News', 5], ['Daily News Egypt', 1, 'EG'], ['University', 2], ['American University', 1], ['Communist Party', 2], ['Turkmen Communist Party', 1, 'TM']);
    assert.ok(groupEntities(list).every((g) => g.members.length === 1), JSON.stringify(shown(list)));
  });

  it("should not join an event's short form or a person filed as a body to an entry of that word", () => {
    const list = entries('organization', ['Isis Alderwick', 1, undefined, ['Isis']], ['Isis', 7], ['ISIS', 20], ['Tampa General Hospital', 2, undefined, ['Tampa']], ['Tampa', 1]);
    assert.ok(groupEntities(list).every((g) => g.members.length === 1), JSON.stringify(shown(list)));
  });

  it('should keep apart two people whose names are the same words in another order', () => {
    assert.deepEqual(shown(entries('person', ['Robert James', 2], ['James Robert', 1], ['Dmitri Orlov', 1], ['Dmitry Orlov', 1])).map(([, joined]) => joined), [[], [], ['Dmitry Orlov']]);
  });

  it('should leave places as they are', () => {
    assert.deepEqual(shown(entries('place', ['Dublin', 2], ['Dublin', 1])).map(([, joined]) => joined), [[], []]);
  });

  it("should join a national body named without its country to its country's form where its events are placed there", () => {
    const list = entries('organization', ['Constitutional Court', 3], ['Latvian Constitutional Court', 1, 'LV']);
    const head = (placed: Map<string, string>) => groupEntities(list, placed).map((g) => [g.summary.name, g.summary.country ?? null, g.members.length]);
    assert.deepEqual(head(new Map([['Constitutional Court', 'LV']])), [['Constitutional Court', 'LV', 2]]);
    // Placed in another country, or nowhere known: two entries, as before.
    assert.deepEqual(head(new Map([['Constitutional Court', 'EE']])), [['Constitutional Court', null, 1], ['Latvian Constitutional Court', 'LV', 1]]);
    assert.deepEqual(head(new Map()), [['Constitutional Court', null, 1], ['Latvian Constitutional Court', 'LV', 1]]);
  });

  it('should keep a countryless Supreme Court or District Court apart from a country\'s, wherever its events are placed', () => {
    const list = entries('organization', ['Supreme Court', 4], ['US Supreme Court', 2, 'US'], ['District Court', 2], ['US District Court', 1, 'US']);
    assert.equal(groupEntities(list, new Map([['Supreme Court', 'US'], ['District Court', 'US']])).length, 4);
  });

  it("should show a body written after its country's possessive under its name alone, the country kept as data", () => {
    const groups = groupEntities(entries('organization', ["Latvia's Constitutional Court", 1], ['Constitutional Court', 2, 'LV']));
    assert.deepEqual(groups.map((g) => [g.summary.name, g.summary.country, g.summary.aliases]), [['Constitutional Court', 'LV', ["Latvia's Constitutional Court"]]]);
    const joined = groupEntities(entries('organization', ["Latvia's Constitutional Court", 3], ['Constitutional Court', 3]));
    assert.deepEqual(joined.map((g) => [g.summary.name, g.summary.country]), [['Constitutional Court', 'LV']]);
    // Alone, too: the name as written is kept as its other name.
    const alone = groupEntities(entries('organization', ["Latvia's Constitutional Court", 2]));
    assert.deepEqual(alone.map((g) => [g.summary.name, g.summary.country, g.summary.aliases, g.members[0]!.name]), [['Constitutional Court', 'LV', ["Latvia's Constitutional Court"], "Latvia's Constitutional Court"]]);
  });
});

describe('groupEntities beside a countryless name that fits two countries', () => {
  it("should still join one country's two names of a body, leaving the countryless name and the other country's apart", () => {
    const list = entries('organization', ['Interior Ministry', 1], ['Interior Ministry', 2, 'PE'], ['Interior Ministry', 1, 'CL'], ['Peruvian Interior Ministry', 1, 'PE']);
    const groups = groupEntities(list).map((g) => [g.summary.name, g.summary.country ?? null, g.members.length]);
    assert.deepEqual(groups, [['Interior Ministry', null, 1], ['Interior Ministry', 'PE', 2], ['Interior Ministry', 'CL', 1]]);
  });

  it('should keep a name apart as before when the two entries it fits have their countries only in their names', () => {
    const list = entries('organization', ['Treasury', 3], ['US Treasury', 1], ['UK Treasury', 1]);
    assert.ok(groupEntities(list).every((g) => g.members.length === 1), JSON.stringify(shown(list)));
  });
});
