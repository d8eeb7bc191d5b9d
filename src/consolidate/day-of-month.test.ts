import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOfMonth } from './day-of-month.js';
import { countsOfText } from './facts.js';

describe('dayOfMonth', () => {
  it('should read a number right after a month name as a day, not a count', () => {
    const text = 'The outage follows the April 9 attack on a water utility in Halsey.';
    assert.equal(dayOfMonth(text, text.indexOf('9'), '9'), true);
    assert.deepEqual(countsOfText(text), []);
  });

  it('should keep a count after a month told as the span it happened in', () => {
    const text = 'In April 9 people were hurt at the Halsey works.';
    assert.equal(dayOfMonth(text, text.indexOf('9'), '9'), false);
    assert.deepEqual(countsOfText(text).map((c) => [c.noun, c.value]), [['people injured', 9]]);
  });
});
