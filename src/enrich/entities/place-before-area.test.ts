import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { placesBeforeAreaWords } from './place-before-area.js';

function typed(body: string, names: readonly string[]): string[] {
  const entities: Entity[] = names.map((text) => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  placesBeforeAreaWords(body, entities);
  return entities.map((e) => `${e.type}:${e.text}${e.country ? `:${e.country}` : ''}`);
}

describe('a town read as a body before a word for an area', () => {
  it("should make a known town before \"region\" or ending a list of villages a place", () => {
    assert.deepEqual(typed("Fire crews in Russia's Rostov region worked overnight.", ['Rostov']), ['location:Rostov:RU']);
    assert.deepEqual(typed('Homes in Zossen, Rangsdorf and outlying villages lost power.', ['Rangsdorf']), ['location:Rangsdorf:DE']);
  });

  it('should leave a body of no known place name, and a town named before other words', () => {
    assert.deepEqual(typed('Staff of Kestrelwerk region office went home.', ['Kestrelwerk']), ['organization:Kestrelwerk']);
    assert.deepEqual(typed('Rangsdorf said the plant would reopen.', ['Rangsdorf']), ['organization:Rangsdorf']);
  });

  // ux75b fault 12: "the capital's Sverdlov district" listed as an organisation.
  it("should drop an unknown name between a town's possessive and \"district\"", () => {
    assert.deepEqual(typed("He voted at a school in the capital's Dorvanek district.", ['Dorvanek']), []);
  });

  it('should keep an unknown name before "district" with no town\'s possessive before it', () => {
    assert.deepEqual(typed('Staff of the Dorvanek district office went home.', ['Dorvanek']), ['organization:Dorvanek']);
  });
});
