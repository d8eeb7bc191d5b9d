import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 25 November 2026. */
const WEDNESDAY = referenceFrom('2026-11-25T12:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a quarter or three quarters of a century as a length', () => {
  it('should be 25 or 75 years, however it is written', () => {
    assert.deepEqual(read('The party ruled the province for a quarter of a century.'), ['a quarter of a century=P25Y']);
    // The rule for "a quarter" had read one quarter (P1Q) here.
    assert.deepEqual(read('He has led the union for a quarter century.'), ['a quarter century=P25Y']);
    assert.deepEqual(read('After a quarter-century of decline, the port is busy again.'), ['a quarter-century=P25Y']);
    assert.deepEqual(read('The dam has stood for nearly three quarters of a century.'), ['nearly three quarters of a century=P75Y']);
  });

  it('should leave a quarter of something else to the other rules', () => {
    assert.deepEqual(read('A quarter of the century-old houses were damaged.'), []);
  });
});

describe('a fraction of a long unit counted back with "ago"', () => {
  it('should be the year that many years back, not a length', () => {
    assert.deepEqual(read('The treaty was signed half a century ago.'), ['half a century ago=1976']);
    // The rule for "a century ago" had taken the tail of the phrase (the century before, 19).
    assert.deepEqual(read('The law was passed a quarter of a century ago.'), ['a quarter of a century ago=2001']);
    assert.deepEqual(read('The mill closed about a quarter-century ago.'), ['about a quarter-century ago=2001']);
    assert.deepEqual(read('She left office half a decade ago.'), ['half a decade ago=2021']);
  });

  it('should put half a year ago at the month six back', () => {
    assert.deepEqual(read('The plant opened half a year ago.'), ['half a year ago=2026-05']);
  });

  it('should keep "half a century" without "ago" a length', () => {
    assert.deepEqual(read('The family has farmed here for half a century.'), ['half a century=P50Y']);
  });
});
