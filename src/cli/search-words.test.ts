import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchQuery } from './search-words.js';

describe('searchQuery', () => {
  it('should join the words the shell split, a word to leave out among them', () => {
    assert.equal(searchQuery(['harbour', '-strike']), 'harbour -strike');
    assert.equal(searchQuery(['-strike']), '-strike');
    assert.equal(searchQuery(['harbour -"dock strike"']), 'harbour -"dock strike"');
  });

  it('should give no query for no words, so a filter alone may search', () => {
    assert.equal(searchQuery([]), undefined);
  });

  it('should refuse a word of two minuses as the mistyped option it is', () => {
    assert.throws(() => searchQuery(['harbour', '--limt=5']), /unknown option '--limt'/);
  });
});
