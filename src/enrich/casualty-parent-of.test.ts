import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutParentOf } from './casualty-parent-of.js';
import { findCasualties } from './casualties.js';

describe('withoutParentOf', () => {
  it('should blank the children\'s number after a parent\'s word, offsets kept', () => {
    assert.equal(withoutParentOf('Father of 5 killed'), 'Father      killed');
    assert.equal(withoutParentOf('a mother-of-three was hurt').length, 'a mother-of-three was hurt'.length);
    assert.doesNotMatch(withoutParentOf('a grandmother of two'), /two/);
  });

  it('should leave other counts alone', () => {
    assert.equal(withoutParentOf('Five of the victims were children'), 'Five of the victims were children');
  });
});

describe('findCasualties with a parent told by their children', () => {
  it('should read one death, not the children\'s number', () => {
    assert.deepEqual(findCasualties('Father of 4 killed on porch.\n\nA man was shot and killed outside his home on Sunday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Mother of three shot and killed outside a store; two others wounded.'), { killed: 1, injured: 2 });
  });
});
