import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { titleSpans } from './timex-titles.js';

function read(text: string): [string, string][] {
  return findTimexes(text, splitSentences(text), referenceFrom('1998-10-25')).map((t) => [t.text, t.value]);
}

describe('titles written like times', () => {
  it('should find a capitalised unit after a number or "This" as a title', () => {
    const sentence = 'Baker said on "This Week" and on 60 Minutes that talks go on.';
    assert.deepEqual(titleSpans(sentence).map((s) => sentence.slice(s.start, s.end)), ['This Week', '60 Minutes']);
  });

  it('should read no time in a programme\'s name', () => {
    assert.deepEqual(read('Gonzalez said on CBS\'s "60 Minutes" that the boy was abused.'), []);
    assert.deepEqual(read('Talvane, a guest on a talk show called "This Week," said the offer stood.'), []);
  });

  it('should keep the time in a headline in title case, and in lower case', () => {
    assert.deepEqual(read('Police Say Shooting Happened Last Week'), [['Last Week', '1998-W42']]);
    assert.deepEqual(read('The meeting lasted 60 minutes this week.'), [['60 minutes', 'PT60M'], ['this week', '1998-W43']]);
  });
});

describe("names of awards, stations and shows that end in a time word", () => {
  it('should read no time in them in running text', () => {
    assert.deepEqual(read('The band won Record of the Year, and the singer won Album of the Year.'), []);
    assert.deepEqual(read('Crews found the boat, Lake County News Now reported.'), []);
    assert.deepEqual(read('The mayor told USA Today that the plan was dead.'), []);
    assert.deepEqual(read('She was interviewed by Entertainment Tonight in Los Angeles.'), []);
    assert.deepEqual(read("Stay with TODAY'S WXYZ7 for further updates."), []);
  });
  it('should keep the time word where it is one', () => {
    assert.deepEqual(read('Now the mayor says the plan is dead.'), [['Now', 'PRESENT_REF']]);
    assert.deepEqual(read('Police said Tuesday the suspect is now in custody.'), [['Tuesday', '1998-10-20'], ['now', 'PRESENT_REF']]);
    assert.deepEqual(read('It was the hottest day of the year in Phoenix.'), [['the year', '1998']]);
    assert.deepEqual(read('Police Say Suspect Is Now In Custody'), [['Now', 'PRESENT_REF']]);
    assert.deepEqual(read('WASHINGTON Today the Senate voted on the bill.'), [['Today', '1998-10-25']]);
    assert.deepEqual(read('Happening Today: the accused shooter heads to court'), [['Today', '1998-10-25']]);
  });
});
