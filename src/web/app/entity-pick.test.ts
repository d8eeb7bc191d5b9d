import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pickEntity } from './entity-pick.js';

describe('pickEntity', () => {
  const list = [
    { name: 'Tomasz Wieczorek', aliases: ['Tomas Wieczorek'], events: 4 },
    { name: 'Harbour Authority', country: 'IE', events: 3 },
    { name: 'Harbour Authority', country: 'NZ', events: 1 },
  ];

  it('should open the entry a link names by one of its other spellings', () => {
    assert.equal(pickEntity(list, 'Tomas Wieczorek', null)?.name, 'Tomasz Wieczorek');
    assert.equal(pickEntity(list, 'tomás wieczorek', null)?.name, 'Tomasz Wieczorek');
  });

  it('should prefer the entry of that very name, and keep to the country a link gives', () => {
    assert.equal(pickEntity(list, 'Harbour Authority', null)?.country, 'IE');
    assert.equal(pickEntity(list, 'Harbour Authority', 'NZ')?.country, 'NZ');
  });

  it('should find nothing for a name no entry has, nor for an empty one', () => {
    assert.equal(pickEntity(list, 'Tomasz', null), null);
    assert.equal(pickEntity(list, '  ', null), null);
  });
});
