import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { peopleByContext } from './person-by-context.js';

/** Each mention's type after the context is read; `found` is what the tagger gave, at every mention. */
function typed(body: string, found: readonly (readonly [string, Entity['type'], string?])[]): string[] {
  const entities: Entity[] = [];
  for (const [text, type, country] of found) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) entities.push({ text, type, start: at, end: at + text.length, ...(country ? { country, subtype: 'country' as const } : {}) });
  }
  peopleByContext(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('people read as places', () => {
  it("should make a name a person where a person's word follows it, at every mention", () => {
    const body = "Following Genscher's resignation, Kohl named a former aide to Genscher. Hitchens contends it is so; Tower's victory came later.";
    assert.deepEqual(typed(body, [['Genscher', 'location'], ['Hitchens', 'location'], ['Tower', 'location']]), ['person:Genscher', 'person:Genscher', 'person:Hitchens', 'person:Tower']);
  });

  it("should make a name read as a facility a person where a role is set off before it", () => {
    const body = "Tom Hale's lawyer, Mina Park, said he would appeal. They met in Mina Park later.";
    const entities: Entity[] = [0, 1].map((k) => {
      const start = k === 0 ? body.indexOf('Mina Park') : body.lastIndexOf('Mina Park');
      return { text: 'Mina Park', type: 'location', subtype: 'facility', start, end: start + 9 };
    });
    peopleByContext(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['person', 'person']);
    const park: Entity[] = [{ text: 'Elm Park', type: 'location', subtype: 'facility', start: 16, end: 24 }];
    peopleByContext('They walked to, Elm Park on Sunday.', park);
    assert.equal(park[0]!.type, 'location');
  });

  it('should make a name after "led by" a person', () => {
    assert.deepEqual(typed('The bloc, led by Aznar, came first in the vote.', [['Aznar', 'location']]), ['person:Aznar']);
  });

  it("should make a name a person where a person's post is set off after it", () => {
    const body = 'The ministry called in Taro Inaba, the deputy chief of mission at the embassy. Dokdo, the chief island, lies east.';
    assert.deepEqual(typed(body, [['Taro Inaba', 'location'], ['Dokdo', 'location']]), ['person:Taro Inaba', 'location:Dokdo']);
  });

  it('should leave a place after "the" and one before the speaker of a reporting clause', () => {
    const body = 'Tenants on the Upper Harbor Side were harassed, the state attorney general said. Flats in Lower Kettleby, a prosecutor said, were empty.';
    assert.deepEqual(typed(body, [['Upper Harbor Side', 'location'], ['Lower Kettleby', 'location']]), ['location:Upper Harbor Side', 'location:Lower Kettleby']);
  });

  it('should leave places the gazetteer knows, and names with nothing of a person around them', () => {
    const body = "Russia's victory was won. Washington appointed a new envoy. Troops crossed the Donbas on Monday.";
    assert.deepEqual(typed(body, [['Russia', 'location', 'RU'], ['Washington', 'location', 'US'], ['Donbas', 'location']]), ['location:Russia', 'location:Washington', 'location:Donbas']);
  });
});
