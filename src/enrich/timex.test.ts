import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Saturday 30 March 2024, 10:13 local time. */
const SATURDAY = referenceFrom('2024-03-30T10:13:00');

function values(text: string, reference = SATURDAY): string[] {
  return findTimexes(text, splitSentences(text), reference).map((t) => t.value);
}

describe('findTimexes', () => {
  it('should resolve "on Friday" to the Friday before a Saturday publication', () => {
    assert.deepEqual(values('The talks were held on Friday.'), ['2024-03-29']);
  });

  it('should resolve "in August" written in March to the August before (chrono alone says the next one)', () => {
    assert.deepEqual(values('The leaders met at a summit in August.'), ['2023-08']);
  });

  it('should resolve "on Sunday" to the past Sunday, not the next day', () => {
    assert.deepEqual(values('Protesters gathered on Sunday.'), ['2024-03-24']);
  });

  it('should look ahead when the sentence speaks of the future', () => {
    assert.deepEqual(values('The ministers will meet again on Tuesday.'), ['2024-04-02']);
  });

  it('should keep stated years and full dates as written', () => {
    assert.deepEqual(values('The summit held in August 2023 was followed by talks on March 29.'), ['2023-08', '2024-03-29']);
  });

  it('should mark written-out dates as stated and weekdays as inferred', () => {
    const text = 'They met on Friday. The deal was signed on March 12.';
    const found = findTimexes(text, splitSentences(text), SATURDAY);
    assert.deepEqual(found.map((t) => t.anchoring), ['inferred', 'stated']);
  });

  it('should normalise durations in TimeML form', () => {
    assert.deepEqual(values('The strike lasted for three months.'), ['P3M']);
    assert.deepEqual(values('Power returned within 11 hours.'), ['PT11H']);
  });

  it('should give offsets that point at the expression in the text', () => {
    const text = 'Officials said on Friday that the group was launched in December.';
    for (const t of findTimexes(text, splitSentences(text), SATURDAY)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('should leave relative dates unresolved without a reference time', () => {
    assert.deepEqual(values('They met on Friday.', null), []);
    assert.deepEqual(values('They met on 5 May 2021.', null), ['2021-05-05']);
  });
});

describe('findTimexes on inputs that hold no date', () => {
  for (const text of [
    'Lee Jun-il led the delegation.',
    'The minister may resign if the vote fails.',
    'Mar-a-Lago hosted the dinner.',
    'Officials said they were working now.',
    'The second session of the working group ended.',
  ]) {
    it(`should find nothing in: ${text}`, () => {
      assert.deepEqual(values(text), []);
    });
  }
});
