import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityCandidates, cityKey, resolveCity } from './cities.js';

describe('cities', () => {
  it('should list every place of a name, with coordinates and population', () => {
    const springfields = cityCandidates('Springfield');
    assert.ok(springfields.length >= 5);
    assert.ok(springfields.every((c) => c.country.length === 2 && Number.isFinite(c.lat) && c.population > 0));
  });

  it('should fold accents and take the most populous place when nothing else is known', () => {
    assert.equal(cityKey('Zürich'), 'zurich');
    assert.equal(resolveCity('Zurich')?.country, 'CH');
    assert.equal(resolveCity('Paris')?.country, 'FR');
    assert.equal(resolveCity('Phoenix')?.admin1, 'AZ');
  });

  it('should follow the hints before population', () => {
    assert.equal(resolveCity('Paris', { countries: new Set(['US']), admin1: new Set(['US-TX']) })?.admin1, 'TX');
    assert.equal(resolveCity('Nice'), null);
  });
});
