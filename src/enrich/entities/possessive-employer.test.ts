import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { employersBeforeNames } from './possessive-employer.js';

function types(body: string, found: readonly string[], first: Entity['type'] = 'person'): string[] {
  const entities: Entity[] = found.map((text, i) => ({ text, type: i === 0 ? first : 'person', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  employersBeforeNames(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe("a body's possessive or title before a person's full name", () => {
  it('should be the body the tagger read as a person', () => {
    assert.deepEqual(types("Brightwell's Rosa Lind said the flaw was patched.", ['Brightwell', 'Rosa Lind']), ['organization:Brightwell', 'person:Rosa Lind']);
  });

  it('should be the body the tagger read as a place no gazetteer knows', () => {
    assert.deepEqual(types("Brightwell's Rosa Lind said the flaw was patched.", ['Brightwell', 'Rosa Lind'], 'location'), ['organization:Brightwell', 'person:Rosa Lind']);
  });

  it('should be the body before a title companies give', () => {
    assert.deepEqual(types('Quillon co-founder Ada Merriweather said the data was safe.', ['Quillon', 'Ada Merriweather']), ['organization:Quillon', 'person:Ada Merriweather']);
  });

  it('should stay a person after a title, or where a full name holds the word', () => {
    assert.deepEqual(types("President Hale's Tom Ord spoke.", ['Hale', 'Tom Ord']), ['person:Hale', 'person:Tom Ord']);
    assert.deepEqual(types("Ann Hale met him. Hale's Tom Ord spoke.", ['Ann Hale', 'Hale', 'Tom Ord']), ['person:Ann Hale', 'person:Hale', 'person:Tom Ord']);
  });

  // ux75b fault 12: "Jany Jol spokesman Timur Abdrakhmanov" listed the party as a person.
  it("should make a name of two words before a spokesman's title and a full name a body, at every mention", () => {
    const body = 'The search lasted hours, according to Tala Bor spokesman Timur Osmon. Tala Bor said a rally would go ahead.';
    const entities: Entity[] = ['Tala Bor', 'Timur Osmon'].map((text) => ({ text, type: 'person', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
    const second = body.lastIndexOf('Tala Bor');
    entities.push({ text: 'Tala Bor', type: 'person', start: second, end: second + 8 });
    employersBeforeNames(body, entities);
    assert.deepEqual(entities.map((e) => `${e.type}:${e.text}`), ['organization:Tala Bor', 'person:Timur Osmon', 'organization:Tala Bor']);
  });

  it("should keep a person of two words before another title, or with the possessive", () => {
    assert.deepEqual(types('Police said Tala Bor aide Timur Osmon left.', ['Tala Bor', 'Timur Osmon']), ['person:Tala Bor', 'person:Timur Osmon']);
    assert.deepEqual(types("Police said Tala Bor's spokesman Timur Osmon left.", ['Tala Bor', 'Timur Osmon']), ['person:Tala Bor', 'person:Timur Osmon']);
  });
});
