import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { monthIsMeasured } from './timex-measured-month.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Tuesday 14 October 2008: September is over, November still to come. */
const PUBLISHED = referenceFrom('2008-10-14T11:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), PUBLISHED).map((t) => `${t.text}=${t.value}`);
}

function measuredAt(text: string, month: string): boolean {
  const start = text.indexOf(month);
  return monthIsMeasured(text, start, start + month.length);
}

describe('a month named as the period of a figure', () => {
  it('should know the figure from the words before or after the month', () => {
    assert.equal(measuredAt('Ministers will see the trade figures for September on Friday.', 'September'), true);
    assert.equal(measuredAt('The bank will report its September earnings next week.', 'September'), true);
    assert.equal(measuredAt('The ferry will sail again in September.', 'September'), false);
  });

  it('should read a month already begun as this year, though the clause looks ahead', () => {
    assert.deepEqual(read('The statistics office will publish the jobless figures for September on Thursday.'), ['September=2008-09', 'Thursday=2008-10-16']);
    assert.deepEqual(read('The carmaker will report its September deliveries after the market closes.'), ['September=2008-09']);
    assert.deepEqual(read('Analysts expect the retailer to recover from its August lows.'), ['August=2008-08']);
  });

  it('should read a month two months back as the figure now due, under a future verb', () => {
    assert.deepEqual(read('The ministry will publish the inflation figures for August on Thursday.'), ['August=2008-08', 'Thursday=2008-10-16']);
  });

  it('should leave a month long gone to the tense: no figure waits that long', () => {
    assert.deepEqual(read('The chain will open its March sales with a new catalogue.'), ['March=2009-03']);
  });

  it('should leave a month still to come, or one with no figure, to the tense', () => {
    assert.deepEqual(read('The regulator will publish new capital rules in September.'), ['September=2009-09']);
    assert.deepEqual(read('Retailers will hire extra staff for their December sales.'), ['December=2008-12']);
  });
});

describe('a month in the possessive', () => {
  it('should be read before a figure or a thing done', () => {
    assert.deepEqual(read("September's retail sales figures will be released on Wednesday."), ['September=2008-09', 'Wednesday=2008-10-15']);
    assert.deepEqual(read("Shares won back part of September's losses."), ['September=2008-09']);
  });

  it('should read a month long gone as next year where its noun is the subject of a verb that looks ahead', () => {
    assert.deepEqual(read("Bond traders think February's rate decision will bring a rise."), ['February=2009-02']);
    assert.deepEqual(read("Fund managers say April's index review is expected to drop two banks."), ['April=2009-04']);
  });

  it('should keep a month long gone in the past where its thing done is the object', () => {
    assert.deepEqual(read("The union will appeal March's ruling."), ['March=2008-03']);
  });

  it('should not be read before anything else, where it is more likely a name', () => {
    assert.deepEqual(read("June's brother runs the family bakery."), []);
  });
});
