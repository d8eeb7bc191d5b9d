import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutCountriesOfTowns } from './country-beside-town.js';

const isTown = (name: string): boolean => !['Iran', 'Japan'].includes(name);
const at = (name: string, country: string): { a: { place: { name: string; country: string } } } => ({ a: { place: { name, country } } });

describe('withoutCountriesOfTowns', () => {
  it('should set aside a country’s votes where another report names a town of it, and keep a country of no town named', () => {
    const kept = withoutCountriesOfTowns([at('Iran', 'IR'), at('Iran', 'IR'), at('Isfahan', 'IR'), at('Japan', 'JP')], isTown);
    assert.deepEqual(kept.map(({ a }) => a.place.name), ['Isfahan', 'Japan']);
  });
});
