import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const JUNE = referenceFrom('2012-06-14');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), JUNE).map((t) => `${t.text}=${t.value}`);
}

describe('a determiner before a hyphenated length or period', () => {
  it('should be left out of the span, as TimeML marks "eight-year" in "the eight-year war"', () => {
    assert.deepEqual(read('The ceasefire ended the eight-year war.'), ['eight-year=P8Y']);
    assert.deepEqual(read('The bank posted a first-quarter loss.'), ['first-quarter=2012-Q1']);
    assert.deepEqual(read('The four-month strike is over.'), ['four-month=P4M']);
  });

  it('should stay in a span that is no hyphenated modifier', () => {
    assert.deepEqual(read('Sales fell in the third quarter.'), ['the third quarter=2011-Q3']);
    assert.deepEqual(read('Prices have doubled over the past two years.'), ['the past two years=P2Y']);
  });
});

describe('prepositions, "the end of" and possessives', () => {
  it('should leave a preposition or "only" out of the span', () => {
    assert.deepEqual(read('Rebels shelled the town over the weekend.'), ['the weekend=2012-W23-WE']);
    assert.deepEqual(read('The merger should close by year-end.'), ['year-end=2012']);
    assert.deepEqual(read('The ban lasted only six months.'), ['six months=P6M']);
    assert.deepEqual(read('Shares are cheap at present.'), ['at present=PRESENT_REF']);
    assert.deepEqual(read('The talks could take at least three weeks.'), ['at least three weeks=P3W']);
    assert.deepEqual(read('The talks could last at least three weeks.'), ['at least three weeks=P3W']);
  });

  it('should take "the end of" before a month or a year into the span', () => {
    assert.deepEqual(read('The plant will close by the end of 2014.'), ['the end of 2014=2014']);
    assert.deepEqual(read('Prices have fallen since the middle of October.'), ['the middle of October=2011-10']);
  });

  it('should leave a possessive\'s "\'s" out of the span', () => {
    assert.deepEqual(read('Last year\'s harvest was poor.'), ['Last year=2011']);
    assert.deepEqual(read('The scheme began in the 1990\'s.'), ['the 1990\'s=199']);
  });
});
