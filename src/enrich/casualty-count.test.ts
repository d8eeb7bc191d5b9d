import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NUMBER, wordNumber } from './casualty-count.js';
import { findCasualties } from './casualties.js';

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

  it('should read a count whose people are told one by one between commas', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Two victims, a 31-year-old man and a 40-year-old woman, died at the scene. Three victims, a 19-year-old man, a 22-year-old woman, and a 17-year-old boy, were wounded.'), [2, 3]);
  });
});
