import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 12 May 2010. */
const MAY = referenceFrom('2010-05-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('dates in written forms chrono-node does not read', () => {
  it('should read a day written with full stops, day first', () => {
    assert.deepEqual(read('The court will rule on 14.06.2010.'), ['14.06.2010=2010-06-14']);
  });

  it('should not read a version number or a day the month lacks', () => {
    assert.deepEqual(read('Version 2.1.2010 of the software is out.'), []);
    assert.deepEqual(read('The form was dated 31.02.2010 by mistake.'), []);
  });

  it('should read "end-June" as the month and "end-2009" as the year', () => {
    assert.deepEqual(read('The deal should close by end-June.'), ['end-June=2010-06']);
    assert.deepEqual(read('Debt stood at $4 billion at end-2009.'), ['end-2009=2009']);
  });
});

describe('"9/11" as news names the attacks', () => {
  it('should read it as the day of the attacks', () => {
    assert.deepEqual(read('Airport security was tightened after the 9/11 attacks.'), ['9/11=2001-09-11']);
    assert.deepEqual(read('Since 9/11, the agency has doubled in size.'), ['9/11=2001-09-11']);
  });

  it('should leave a longer date, a fraction and a story written before the attacks', () => {
    assert.deepEqual(read('The memo was dated 9/11/2003.'), ['9/11/2003=2003-09-11']);
    assert.deepEqual(read('The vote was 19/11 in favour.'), []);
    const text = 'The shipment is due on 9/11.';
    assert.deepEqual(findTimexes(text, splitSentences(text), referenceFrom('2001-05-02')).map((t) => t.value), ['2001-09-11']);
  });
});

describe('dates in figures as a tokeniser leaves them', () => {
  it('should read a date with a blank either side of each slash, month first or year first', () => {
    assert.deepEqual(read('Filed 04 / 9 / 2010 by the county clerk.'), ['04 / 9 / 2010=2010-04-09']);
    assert.deepEqual(read('The report is dated 2009 / 11 / 30.'), ['2009 / 11 / 30=2009-11-30']);
    assert.deepEqual(read('The form was signed 23 / 4 / 2010.'), ['23 / 4 / 2010=2010-04-23']);
  });

  it('should not read a ratio or an impossible day', () => {
    assert.deepEqual(read('The vote split 3 / 4 / 5 across the wards.'), []);
    assert.deepEqual(read('The code 14 / 14 / 2010 is not a date.'), ['2010=2010']);
  });
});

describe('"September 11" before the words that name the attacks', () => {
  it('should be the day of the attacks, not September of the publication year', () => {
    assert.deepEqual(read('Air travel fell sharply after the September 11 attacks.'), ['September 11=2001-09-11']);
    assert.deepEqual(read('The Sept. 11 commission urged a single intelligence chief.'), ['Sept. 11=2001-09-11']);
    assert.deepEqual(read('Two of the September 11th hijackers had trained in Florida.'), ['September 11th=2001-09-11']);
  });

  it('should stay a day of the past year in the singular, before strikes and before victims', () => {
    assert.deepEqual(read('The September 11 attack on a ferry terminal left two guards hurt.'), ['September 11=2009-09-11']);
    assert.deepEqual(read('Army units said their Sept. 11 strikes hit a fuel depot.'), ['Sept. 11=2009-09-11']);
    assert.deepEqual(read('A fund for September 11 victims of the flood opened on Monday.').slice(0, 1), ['September 11=2009-09-11']);
  });

  it('should stay a day of its own year in a story written within about two months of it', () => {
    const near = (text: string, published: string): string[] => findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => t.value);
    // Published 3 October 2014: a riot on the 11th of that September.
    assert.deepEqual(near('Nine inmates were charged over the September 11 attacks on prison guards.', '2014-10-03'), ['2014-09-11']);
    // Published in December, the same words are 2001's again.
    assert.deepEqual(near('Airlines never fully recovered from the September 11 attacks.', '2014-12-02'), ['2001-09-11']);
  });

  it('should stay a day of its own year before other words', () => {
    assert.deepEqual(read('The union will walk out after a September 11 deadline.'), ['September 11=2010-09-11']);
  });

  it('should not be read so in a story written before the attacks', () => {
    const text = 'Rebels threatened September 11 attacks on the capital.';
    assert.deepEqual(findTimexes(text, splitSentences(text), referenceFrom('2000-08-01')).map((t) => t.value), ['2000-09-11']);
  });
});
