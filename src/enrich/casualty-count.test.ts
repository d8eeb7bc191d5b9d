import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NUMBER, wordNumber } from './casualty-count.js';

describe('casualty count', () => {
  it('should read numbers in words, hyphenated tens too', () => {
    assert.equal(wordNumber('seven'), 7);
    assert.equal(wordNumber('twenty-nine'), 29);
    assert.equal(wordNumber('a dozen'), 12);
  });

  it('should not read an age, a span of time or a count after "no" as a count', () => {
    const count = new RegExp(String.raw`\b${NUMBER}\s+people`, 'i');
    assert.ok(count.test('three people were hurt'));
    assert.ok(!count.test('a 12-year-old people mover'));
    assert.ok(!count.test('no two people agreed'));
  });
});
