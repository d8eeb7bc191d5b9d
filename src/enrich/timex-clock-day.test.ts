import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Thursday 18 March 2010, written with its day only. */
const THURSDAY = referenceFrom('2010-03-18');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), THURSDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a clock time whose day is written after it', () => {
  it('should put the clock on the day after "local time"', () => {
    assert.deepEqual(read('The earthquake struck at 4:53 p.m. local time on Monday.'), ['4:53 p.m.=2010-03-15T16:53', 'Monday=2010-03-15']);
    assert.deepEqual(read('The plane crashed at 11:20 p.m. local time on March 3, 2009.'), ['11:20 p.m.=2009-03-03T23:20', 'March 3, 2009=2009-03-03']);
  });

  it('should put the clock on the day after a conversion in brackets', () => {
    assert.deepEqual(read('The blast occurred at 10:40 a.m. (0740 GMT) on Tuesday, police said.'), ['10:40 a.m.=2010-03-16T10:40', 'Tuesday=2010-03-16']);
  });

  it('should leave a clock with its own day, and one whose next date stands in another phrase', () => {
    assert.deepEqual(read('Polls closed at 8 p.m. on Sunday.'), ['8 p.m. on Sunday=2010-03-14T20:00']);
    assert.deepEqual(read('The strike began on March 3. The talks ended at 9 p.m. and resumed on Monday.'), ['March 3=2010-03-03', '9 p.m.=2010-03-03T21:00', 'Monday=2010-03-15']);
  });
});

describe("a clock time that qualifies an event's noun, before the event's day", () => {
  it('should put the clock on the day after the noun', () => {
    // The clock had taken March 3, the day named before it.
    assert.deepEqual(read('The blaze started on March 3. The chief gave its cause at a 10 a.m. news conference Monday.'), [
      'March 3=2010-03-03',
      '10 a.m.=2010-03-15T10:00',
      'Monday=2010-03-15',
    ]);
    assert.deepEqual(read('A cyclist was struck by a van on March 3. Friends held a 7 p.m. vigil on Tuesday.'), ['March 3=2010-03-03', '7 p.m.=2010-03-16T19:00', 'Tuesday=2010-03-16']);
  });
  it('should leave a clock that does not qualify a noun', () => {
    assert.deepEqual(read('The fire broke out on March 3 at 11 a.m. and crews returned Monday.'), ['March 3 at 11 a.m.=2010-03-03T11:00', 'Monday=2010-03-15']);
  });
});

describe('a clock time before a day the story names from its own', () => {
  it('should put the clock on "the next day", "the following day", "the next morning"', () => {
    // The clock had taken the day named before it, a day early.
    assert.deepEqual(read('The flood hit on March 3. Rescuers arrived at 6 a.m. the next day.'), ['March 3=2010-03-03', '6 a.m.=2010-03-04T06:00', 'the next day=2010-03-04']);
    assert.deepEqual(read('The flood hit on March 3. The mayor spoke at noon the following day.'), ['March 3=2010-03-03', 'noon=2010-03-04T12:00', 'the following day=2010-03-04']);
    assert.deepEqual(read('The flood hit on March 3. Rescuers arrived at 7 a.m. the next morning.'), ['March 3=2010-03-03', '7 a.m.=2010-03-04T07:00', 'the next morning=2010-03-04TMO']);
  });

  it("should put a night's small hours on the next calendar day", () => {
    assert.deepEqual(read('The flood hit on March 3. He called for help at 1 a.m. that night.'), ['March 3=2010-03-03', '1 a.m.=2010-03-04T01:00', 'that night=2010-03-03TNI']);
    assert.deepEqual(read('The flood hit on March 3. He called for help at 11 p.m. that night.'), ['March 3=2010-03-03', '11 p.m.=2010-03-03T23:00', 'that night=2010-03-03TNI']);
  });

  it('should leave a clock whose sentence ends before the day', () => {
    assert.deepEqual(read('The flood hit on March 3. Rescuers arrived at 6 a.m. The next day, the water fell.'), ['March 3=2010-03-03', '6 a.m.=2010-03-03T06:00', 'The next day=2010-03-04']);
  });
});

describe('a clock time before "the day after" or "the day before"', () => {
  it("should keep the clock and put it on the story's day, not the publication's next or last", () => {
    // chrono-node had read "3 a.m. the day after" as one reading, the day after the publication, and
    // the story's "the day after" had then displaced it.
    assert.deepEqual(read('The flood hit on March 3. The dam broke at 3 a.m. the day after.'), ['March 3=2010-03-03', '3 a.m.=2010-03-04T03:00', 'the day after=2010-03-04']);
    assert.deepEqual(read('The flood hit on March 3. A warning went out at noon the day before.'), ['March 3=2010-03-03', 'noon=2010-03-02T12:00', 'the day before=2010-03-02']);
  });
});
