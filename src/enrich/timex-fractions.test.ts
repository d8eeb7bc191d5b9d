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

describe('a half or a quarter of a unit after "the last", "the past", "the first"', () => {
  it('should be a length, not a half-year or a quarter', () => {
    // The half-year rule had read "the last half" as a half-year, the quarter rule "the last quarter" as 2026-Q3.
    assert.deepEqual(read('Stocks rallied in the last half hour of trading.'), ['the last half hour=PT30M']);
    assert.deepEqual(read('In the first half-hour, shares fell 3%.'), ['the first half-hour=PT30M']);
    assert.deepEqual(read('Over the past half-century the city has doubled.'), ['the past half-century=P50Y']);
    assert.deepEqual(read('For the last half decade, sales have risen.'), ['the last half decade=P5Y']);
    assert.deepEqual(read('In the last quarter century, prices have tripled.'), ['the last quarter century=P25Y']);
  });

  it('should leave the half-year and the quarter themselves as they were', () => {
    assert.deepEqual(read('Profit rose in the second half.'), ['the second half=2026-H2']);
    assert.deepEqual(read('The last quarter was weak.'), ['The last quarter=2026-Q3']);
  });
});
