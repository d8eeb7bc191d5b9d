import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityCandidates, resolveCity } from './cities.js';

// Towns GeoNames names by a romanisation of the Arabic or Persian script, found by the spellings news
// writes (scripts/other-spellings.mjs builds their lines of data/cities.tsv).
describe('cities: other spellings of towns of the Arabic-script countries', () => {
  it('should place Penjwen under each of its spellings, at one point in Iraq', () => {
    const points = ['Penjwen', 'Penjwin', 'Panjwin'].map((name) => {
      const town = resolveCity(name);
      assert.equal(town?.country, 'IQ', name);
      return `${town!.lat},${town!.lon}`;
    });
    assert.equal(new Set(points).size, 1);
  });

  it('should place Halabja, which GeoNames writes Halabjah with a dotted H', () => {
    const town = resolveCity('Halabja');
    assert.equal(town?.country, 'IQ');
    assert.ok(Math.abs(town!.lat - 35.18) < 0.1 && Math.abs(town!.lon - 45.99) < 0.1);
  });

  it('should not let a spelling take a name another place has, a region, or another language\'s description', () => {
    // Bagdad is Florida's, Arizona's and Kentucky's, as before.
    assert.ok(!cityCandidates('Bagdad').some((c) => c.country === 'IQ'));
    assert.equal(cityCandidates('Kurdistan').length, 0);
    assert.equal(cityCandidates('Mosul khot').length, 0);
  });

  it('should give no spelling that names a town of another country: Khoms, Sabhah and Tarabulus stay Libyan', () => {
    assert.ok(!cityCandidates('Khoms').some((c) => c.country === 'SY'));
    assert.ok(!cityCandidates('Sabhah').some((c) => c.country === 'JO'));
    assert.ok(!cityCandidates('Tarabulus').some((c) => c.country === 'LB'));
    assert.ok(!cityCandidates('Sian').some((c) => c.country !== 'CN'));
  });

  it('should give no spelling that is a land rather than a town (Kohistan, Karabagh)', () => {
    assert.ok(!cityCandidates('Kohistan').some((c) => c.country === 'AF'));
    assert.ok(!cityCandidates('Karabagh').some((c) => c.country === 'AF'));
  });

  it('should give no spelling that is an English word, a given name or a month of the Islamic calendar', () => {
    for (const word of ['Tyro', 'Homo', 'Fava', 'Ahmad', 'Ezra', 'Ashraf', 'Riad', 'Aman', 'Mehr', 'Ramadan']) {
      assert.ok(!cityCandidates(word).some((c) => ['IQ', 'IR', 'SY', 'AF', 'JO', 'SA', 'KW', 'YE', 'LB'].includes(c.country)), word);
    }
  });
});
