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
});
