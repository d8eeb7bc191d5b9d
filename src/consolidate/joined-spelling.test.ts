import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinedSpelling } from './joined-spelling.js';

describe('joinedSpelling', () => {
  it('should join a name whose parts one report writes apart', () => {
    assert.equal(joinedSpelling(['hossein', 'rezaeifar'], ['hossein', 'rezaei', 'far']), true);
    assert.equal(joinedSpelling(['alireza', 'karimi'], ['ali', 'reza', 'karimi']), true);
  });

  it('should not join other letters, one word alone, or the same words', () => {
    assert.equal(joinedSpelling(['hossein', 'rezaeifar'], ['hossein', 'rezaei']), false);
    assert.equal(joinedSpelling(['rezaeifar'], ['rezaei', 'far']), false);
    assert.equal(joinedSpelling(['hossein', 'rezaei'], ['hossein', 'rezaei']), false);
    assert.equal(joinedSpelling(['ali', 'reza', 'karimi'], ['ali', 'rezak', 'arimi']), false);
  });
});
