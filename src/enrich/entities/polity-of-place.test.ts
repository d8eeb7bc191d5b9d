import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { joinRealmsToPlaces } from './polity-of-place.js';

function joined(body: string, found: readonly [string, Entity['type']][]): string[] {
  const entities: Entity[] = found.map(([text, type]) => ({ text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  joinRealmsToPlaces(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('a realm named by its kind and its land', () => {
  it('should make the kind, "of" and the land the tagger found one place, whatever type it gave the land', () => {
    const body = 'Envoys of the Principality of Oltenia, the Colony of Marsh Bay and the Emirate of Qarun met.';
    assert.deepEqual(joined(body, [['Oltenia', 'location'], ['Marsh Bay', 'person'], ['Emirate of Qarun', 'organization']]), ['location:Principality of Oltenia', 'location:Colony of Marsh Bay', 'location:Emirate of Qarun']);
  });

  it('should leave a body "of" a land and a realm\'s word inside a longer word', () => {
    const body = 'The Bank of Oltenia and the Anticolony of Marsh Bay met.';
    assert.deepEqual(joined(body, [['Bank of Oltenia', 'organization'], ['Marsh Bay', 'location']]), ['organization:Bank of Oltenia', 'location:Marsh Bay']);
  });
});
