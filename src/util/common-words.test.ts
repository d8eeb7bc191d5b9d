import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonWord } from './common-words.js';

describe('isCommonWord', () => {
  it('should know a common word in lower case and not a name', () => {
    assert.equal(isCommonWord('hope'), true);
    assert.equal(isCommonWord('kestrelmoor'), false);
  });
});
