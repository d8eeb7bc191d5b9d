import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { announcedAhead, continuedTo } from './timex-scheduled-day.js';

/** Wednesday 27 November 2024, the day before Thanksgiving. */
const LATE_NOVEMBER = referenceFrom('2024-11-27');
/** Monday 2 December 2024. */
const EARLY_DECEMBER = referenceFrom('2024-12-02');

function read(text: string, reference = LATE_NOVEMBER): string[] {
  return findTimexes(text, splitSentences(text), reference).map((t) => `${t.text}=${t.value}`);
}

describe('a court continuance', () => {
  it('should read the day a hearing was continued on, a few weeks ahead, as the coming one', () => {
    assert.deepEqual(read('The bond hearing was continued on Dec. 9, a court clerk said.'), ['Dec. 9=2024-12-09']);
  });

  it('should read the day a case is put off to as ahead, however far', () => {
    assert.deepEqual(read('The arraignment was continued until Feb. 3 at the request of the defense.'), ['Feb. 3=2025-02-03']);
    assert.deepEqual(read('A judge continued the murder case to Jan. 14.'), ['Jan. 14=2025-01-14']);
  });

  it('should leave "continued to" before a verb and a plain past alone', () => {
    assert.equal(continuedTo('Prices continued to '), false);
    assert.deepEqual(read('The suspect was arrested on Dec. 9 after a short chase.'), ['Dec. 9=2023-12-09']);
  });
});

describe('a continuance told in the past or outside a court', () => {
  it('should keep the past for the day a case was continued to when a past event on it follows', () => {
    assert.deepEqual(read('The case was continued until Monday, when he pleaded guilty.'), ['Monday=2024-11-25']);
    assert.deepEqual(read('The hearing was continued until Friday, when he was sentenced to 10 years.'), ['Friday=2024-11-22', '10 years=P10Y']);
  });

  it('should keep the day a case is continued to ahead when the sentence goes on in the future', () => {
    assert.deepEqual(read('The case was continued until Monday, when he is expected to enter a plea.'), ['Monday=2024-12-02']);
  });

  it('should keep the past for "continued on" with no court word in the sentence', () => {
    assert.deepEqual(read('He said the talks were continued on Dec. 5 in Geneva.'), ['Dec. 5=2023-12-05']);
  });
});

describe('a closure on a holiday', () => {
  it('should read offices closed on a holiday eve in a notice as closing on the coming one', () => {
    assert.deepEqual(read('Town offices closed on Dec. 24 and will reopen the next morning.', EARLY_DECEMBER), ['Dec. 24=2024-12-24', 'the next morning=2024-12-25TMO']);
  });

  it('should read a closure in a sentence that names the holiday as ahead', () => {
    assert.deepEqual(read('The library closed on Dec. 23 for the Christmas break, staff said.', EARLY_DECEMBER), ['Dec. 23=2024-12-23']);
  });

  it('should keep the past for a closing on an ordinary day', () => {
    assert.deepEqual(read('The bakery closed on Dec. 9 after four decades on Main Street.'), ['Dec. 9=2023-12-09', 'four decades=P40Y']);
    assert.equal(announcedAhead('The bakery closed on ', 'The bakery closed on Dec. 9 after four decades.', ' after four decades.', 12, 9), false);
  });

  it('should read the notice forms of a closure as ahead', () => {
    assert.deepEqual(read('All county offices are closed on Dec. 24, the county said.', EARLY_DECEMBER), ['Dec. 24=2024-12-24']);
    assert.deepEqual(read('The clinic closed on Dec. 24 and will reopen on Dec. 27.', EARLY_DECEMBER), ['Dec. 24=2024-12-24', 'Dec. 27=2024-12-27']);
  });

  it('should keep the past for a closure told of with a mark of the past', () => {
    assert.deepEqual(read('The mill closed on Dec. 24 and never reopened; 300 workers lost their jobs.', EARLY_DECEMBER), ['Dec. 24=2023-12-24']);
    assert.deepEqual(read('Last year the plant closed on Dec. 24 for the holiday.', EARLY_DECEMBER), ['Last year=2023', 'Dec. 24=2023-12-24']);
    assert.deepEqual(read('The plant closed on Dec. 20 ahead of the holiday season, laying off 200 workers.', EARLY_DECEMBER), ['Dec. 20=2023-12-20']);
    assert.deepEqual(read('The fireworks factory closed on July 4 after the explosion that killed two workers.', referenceFrom('2024-06-20')), ['July 4=2023-07-04']);
  });

  it('should keep the past for a reopening, which no notice announces in the past', () => {
    assert.deepEqual(read('The bridge reopened on Dec. 26 after repairs, the state said.', EARLY_DECEMBER), ['Dec. 26=2023-12-26']);
    assert.deepEqual(read('The store closed on Dec. 24 last year and reopened on Dec. 26.', referenceFrom('2024-12-20')), ['Dec. 24=2023-12-24', 'last year=2023', 'Dec. 26=2023-12-26']);
  });
});
