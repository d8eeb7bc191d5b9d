import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { cityIn } from './gazetteer/cities.js';
import { untaggedTowns } from './untagged-town.js';

const none = new Set<string>();
const found = (body: string, states: ReadonlySet<string> = none, entities: Entity[] = [], home: { country: string; lat: number; lon: number } | null = null) => untaggedTowns(body, entities, states, home).map((t) => `${t.text} ${t.city.admin1} ${t.introduced ? 'in' : 'named'}`);

describe('untaggedTowns', () => {
  it('should read a town named like a word where a county the text names has its seat near it', () => {
    assert.deepEqual(found('A man was shot in Spring late Sunday, and the Harris County Sheriff’s Office is investigating.'), ['Spring TX in']);
    assert.deepEqual(found('Deputies were sent to a home in the Humble area.Harris County deputies say the boy was hurt.'), ['Humble TX in']);
    assert.deepEqual(found('Marshall Co. boy hurt\n\nA boy wounded himself at a house in Arab Tuesday.'), ['Arab AL in']);
  });

  it('should leave the name unread where nothing points to a town of it', () => {
    assert.deepEqual(found('A man was shot in Spring late Sunday, police said.'), []);
    // Harris County, Georgia has no Spring near its seat.
    assert.deepEqual(found('A man was shot in Spring late Sunday, Harris County deputies said.', new Set(['GA'])), []);
  });

  it("should take a state the text names or the outlet's home near the town", () => {
    assert.deepEqual(found('Two men were hurt in a fight near Banning on Friday.', new Set(['CA'])), ['Banning CA in']);
    const beaumont = cityIn('Beaumont', { countries: new Set(['US']), admin1: new Set(['US-TX']) }, true)!;
    assert.deepEqual(found('The man who shot his wife said the Orange Police were told it was an accident.', none, [], beaumont), ['Orange TX named']);
  });

  it('should read a town as a place only where the words write it as one', () => {
    const texas = new Set(['TX']);
    assert.deepEqual(found('A Spring man was charged.', texas), ['Spring TX named']);
    // A season's year, a name's first word, a county.
    assert.deepEqual(found('The shooting happened in Spring 2016, in Spring Training and in Orange County.', texas), []);
  });

  it('should skip a place the tagger found, and take a name it read as a person or a force', () => {
    const texas = new Set(['TX']);
    const body = 'The family was found in their home in Rice on Friday.';
    const at = body.indexOf('Rice');
    assert.deepEqual(found(body, texas, [{ type: 'location', subtype: 'city', text: 'Rice', start: at, end: at + 4 } as Entity]), []);
    assert.deepEqual(found(body, texas, [{ type: 'person', text: 'Rice', start: at, end: at + 4 } as Entity]), ['Rice TX in']);
    const force = 'Mobile Police said two men were shot.';
    assert.deepEqual(found(force, new Set(['AL']), [{ type: 'organization', text: 'Mobile Police', start: 0, end: 13 } as Entity]), ['Mobile AL named']);
  });
});

describe('untaggedTowns and the towns the text names', () => {
  it('should take a town near another US town the tagger found', () => {
    const body = 'A girl was wounded at a birthday party in Spring, reports said. An ambulance took her to a hospital in The Woodlands.';
    const at = body.indexOf('The Woodlands');
    const woodlands = { type: 'location', subtype: 'city', text: 'The Woodlands', start: at, end: at + 13 } as Entity;
    assert.deepEqual(found(body, none, [woodlands]), ['Spring TX in']);
    assert.deepEqual(found(body), []);
  });
});

describe('untaggedTowns with a county named right after the town and its comma', () => {
  it('should read the town the county points to, since a county after the comma is no state', () => {
    assert.deepEqual(found('A teenager died after he was shot in Spring, Harris County deputies said.'), ['Spring TX in']);
  });

  it('should still leave a town written with its state to the town-and-state reader', () => {
    assert.deepEqual(found('A teenager died after he was shot in Spring, Texas, on Friday.'), []);
  });
});
