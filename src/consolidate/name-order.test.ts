import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givenNameMarkedSwap } from './name-order.js';
import { disagreeingNames } from './name-variants.js';

describe('a name whose given name shows which word it is, in either order', () => {
  it('should take the two orders of a name with a hyphenated given name for one writing', () => {
    assert.equal(givenNameMarkedSwap('Choe Tae-yong', 'Tae-yong Choe'), true);
    assert.equal(givenNameMarkedSwap('Naoki Kumagai', 'Kumagai Naoki'), false);
    const kept = disagreeingNames([{ value: 'Choe Tae-yong', sources: ['a'] }, { value: 'Tae-yong Choe', sources: ['b'] }]);
    assert.deepEqual(kept, [{ value: 'Choe Tae-yong', sources: ['a', 'b'] }]);
  });

  it('should still list the two orders of a name that does not say which is the given name', () => {
    assert.equal(disagreeingNames([{ value: 'Kumagai Naoki', sources: ['a'] }, { value: 'Naoki Kumagai', sources: ['b'] }]).length, 2);
  });
});
