import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 15 May 2024: the second quarter is under way, the first is the last one closed. */
const MAY = referenceFrom('2024-05-15');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('financial-news periods', () => {
  it('should read a quarter named by the month it ends in as that calendar quarter', () => {
    assert.deepEqual(read('Sales rose in the March quarter.'), ['the March quarter=2024-Q1']);
    // A quarter not yet begun is last year's, as for "the fourth quarter".
    assert.deepEqual(read('Sales rose in the December quarter.'), ['the December quarter=2023-Q4']);
  });

  it('should read a quarter or period named by the months it spans', () => {
    assert.deepEqual(read('Profit in the January-March quarter fell.'), ['the January-March quarter=2024-Q1']);
    assert.deepEqual(read('Profit in the October-December period fell.'), ['the October-December period=2023-Q4']);
  });

  it('should leave a month that ends no quarter, or a span of other than three months, to the month readings', () => {
    assert.deepEqual(read('Sales rose in the November quarter.'), ['November=2023-11']);
    assert.deepEqual(read('Sales fell in the December period.'), ['December=2023-12']);
  });

  it('should let a month-named quarter anchor the year-earlier quarter', () => {
    assert.deepEqual(read('Sales in the March quarter rose from the year-earlier quarter.'), ['the March quarter=2024-Q1', 'the year-earlier quarter=2023-Q1']);
  });

  it('should read a half-year abbreviated as financial news writes it', () => {
    // chrono alone had kept the year of "H1 2024" and nothing of "1H24".
    assert.deepEqual(read('Profit rose in H1 2024 and in 2H23.'), ['H1 2024=2024-H1', '2H23=2023-H2']);
    // Without its year, the latest half of that number, as "the second half".
    assert.deepEqual(read('Profit rose in H2.'), ['H2=2023-H2']);
  });

  it('should leave "H1" or "H2" that names no half-year alone', () => {
    assert.deepEqual(read('Green H2 output rose. He drove a Hummer H1. The H1N1 virus spread.'), []);
  });

  it('should read "prior" as "previous"', () => {
    assert.deepEqual(read('Revenue was flat in the prior year.'), ['the prior year=2023']);
    assert.deepEqual(read('Revenue was flat in the prior quarter.'), ['the prior quarter=2024-Q1']);
    assert.deepEqual(read('Revenue was flat in the prior month.'), ['the prior month=2024-04']);
  });

  it('should read the prior-year quarter as the reported quarter a year back', () => {
    assert.deepEqual(read('Profit in the first quarter beat the prior-year quarter.'), ['the first quarter=2024-Q1', 'the prior-year quarter=2023-Q1']);
  });

  it('should read "midyear" as this year', () => {
    assert.deepEqual(read('By midyear the bank had raised rates twice.'), ['midyear=2024']);
    assert.deepEqual(read('The mid-year exams were hard.'), []);
  });

  it('should read "for the month" and "the beginning of the month" as this month', () => {
    assert.deepEqual(read('The index is down 4% for the month.'), ['the month=2024-05']);
    assert.deepEqual(read('Stocks have lost ground since the beginning of the month.'), ['the beginning of the month=2024-05']);
    assert.deepEqual(read('They fasted for the month of Ramadan.'), []);
  });

  it('should keep "the end of the month" before an infinitive, and leave the month up to a day', () => {
    assert.deepEqual(read('Tenants have until the end of the month to file their claims.'), ['the end of the month=2024-05']);
    assert.deepEqual(read('The bond fund lost 2% for the month to date.'), []);
    assert.deepEqual(read('Copper slipped 6% during the month to Friday.'), ['Friday=2024-05-10']);
  });

  it('should read the first or last hours of a session as a length, not a date', () => {
    // chrono alone read "last hour" as today.
    assert.deepEqual(read('The index dropped 5 percent in the last hour of trading.'), ['the last hour=PT1H']);
    assert.deepEqual(read('Three bridges were lost in the first hours of the invasion.'), ['the first hours=PTXH']);
    assert.deepEqual(read('Shares rose in the final minutes of trading.'), ['the final minutes=PTXM']);
  });

  it('should leave "the early hours of Thursday" to the day it names', () => {
    assert.deepEqual(read('He was arrested in the first hours of Thursday.'), ['Thursday=2024-05-09']);
  });
});
