import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seaIsland } from './sea-islands.js';

describe('seaIsland', () => {
  it('should give an island of a shipping lane its country', () => {
    assert.equal(seaIsland('Socotra')?.country, 'YE');
    assert.equal(seaIsland('Kharg Island')?.country, 'IR');
    assert.equal(seaIsland('the island of Perim')?.country, 'YE');
    assert.equal(seaIsland('Bioko')?.country, 'GQ');
    assert.equal(seaIsland('Masirah Island')?.name, 'Masirah');
    assert.equal(seaIsland('Hormuz Island')?.country, 'IR');
    assert.equal(seaIsland('Príncipe')?.country, 'ST');
  });

  it('should read a strait, a town or a disputed island as no island of the list', () => {
    assert.equal(seaIsland('Hormuz'), null);
    assert.equal(seaIsland('Bonny'), null);
    assert.equal(seaIsland('Abu Musa'), null);
    assert.equal(seaIsland('Hodeidah'), null);
    assert.equal(seaIsland('Island'), null);
  });
});
