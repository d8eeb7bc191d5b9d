import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { townsApart } from './towns-apart.js';

const both = { article: true, event: true };

describe('townsApart', () => {
  it('should tell apart two protests of one day placed in towns far apart that name nobody in common', () => {
    assert.equal(townsApart(0, true, 0, both), true);
    assert.equal(townsApart(1, true, 0, both), true);
  });
  it('should leave the pair to the join model when both name a person, or the towns are near, or the days far', () => {
    assert.equal(townsApart(0, true, 0.4, both), false);
    assert.equal(townsApart(0, false, 0, both), false);
    assert.equal(townsApart(3, true, 0, both), false);
    assert.equal(townsApart(null, true, 0, both), false);
  });
  it('should leave two shootings of one night in towns apart to the join model, a lead telling no protest', () => {
    assert.equal(townsApart(0, true, 0, { article: false, event: true }), false);
    assert.equal(townsApart(0, true, 0, { article: true, event: false }), false);
  });
});
