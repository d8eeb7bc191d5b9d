import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Tuesday 16 March 2010. */
const TUESDAY = referenceFrom('2010-03-16');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), TUESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a count back from the publication with "or so"', () => {
  it('should read "a week or so ago" and "a month or two ago" as the count given', () => {
    assert.deepEqual(read('Talks on the merger began a week or so ago.'), ['a week or so ago=2010-03-09']);
    assert.deepEqual(read('The union first raised the complaint a month or two ago.'), ['a month or two ago=2010-02']);
    assert.deepEqual(read('The plant was sold a decade or so ago.'), ['a decade or so ago=200']);
  });
});

describe('a count of weeks back from the publication', () => {
  it('should be the day that many weeks back, not its ISO week', () => {
    assert.deepEqual(read('Sinn Fein was invited to rejoin the talks two weeks ago.'), ['two weeks ago=2010-03-02']);
    assert.deepEqual(read('The mayor said so in an interview six weeks ago.'), ['six weeks ago=2010-02-02']);
  });

  it('should keep a fortnight as the week two back, and months as months', () => {
    assert.deepEqual(read('The strike began a fortnight ago.'), ['a fortnight ago=2010-W09']);
    assert.deepEqual(read('The strike began two months ago.'), ['two months ago=2010-01']);
  });
});

describe('"a couple of" units ago', () => {
  it('should count two, as the lengths do ("for a couple of years" is P2Y), not a vague past', () => {
    assert.deepEqual(read('The rules were changed a couple of years ago.'), ['a couple of years ago=2008']);
    assert.deepEqual(read('The shop reopened a couple of months ago.'), ['a couple of months ago=2010-01']);
    assert.deepEqual(read('The mayor spoke to reporters a couple of days ago.'), ['a couple of days ago=2010-03-14']);
  });

  it('should keep "a few" and "several" vague', () => {
    assert.deepEqual(read('The rules were changed a few years ago.'), ['a few years ago=PAST_REF']);
  });
});

describe('large counts back from the publication', () => {
  it('should count hundreds and dozens in words, and digits with separators, whole', () => {
    assert.deepEqual(read('The chapel was built two hundred years ago.'), ['two hundred years ago=1810']);
    assert.deepEqual(read('The dispute began a dozen years ago.'), ['a dozen years ago=1998']);
    assert.deepEqual(read('The settlement was abandoned 2,000 years ago.'), ['2,000 years ago=0010']);
  });
});

describe('a time past the story does not date', () => {
  it('should read "at the time" as PAST_REF where nothing after it names the time', () => {
    assert.deepEqual(read('The mill closed in 2001; at the time, the owners blamed imports.'), ['2001=2001', 'the time=PAST_REF']);
    assert.deepEqual(read('The ferry company said at the time that the boat was safe.'), ['the time=PAST_REF']);
    assert.deepEqual(read('The mayor, who was a teacher at the time, cut the ribbon.'), ['the time=PAST_REF']);
    assert.deepEqual(read('In a speech, he denied it, saying at the time he had no choice.'), ['the time=PAST_REF']);
  });

  it('should leave "at the time" alone where the words after it name the time, or it lies ahead', () => {
    assert.deepEqual(read('Her cousin was out fishing at the time of the flood.'), []);
    assert.deepEqual(read('At the time the dam burst, the valley was asleep.'), []);
    assert.deepEqual(read('The council will decide what to do at the time.'), []);
  });

  it('should read "the other day" as PAST_REF', () => {
    assert.deepEqual(read('I ran into the former mayor the other day.'), ['the other day=PAST_REF']);
  });
});

describe('a part of the day before a weekday', () => {
  it('should be that part of the weekday (chrono-node knew no field of "morning Tuesday")', () => {
    assert.deepEqual(read('The council met mid-morning Monday.'), ['mid-morning Monday=2010-03-15TMO']);
    assert.deepEqual(read('The two sides talked late afternoon on Friday.'), ['late afternoon on Friday=2010-03-12TAF']);
    assert.deepEqual(read('The vote is set for mid-morning Thursday.'), ['mid-morning Thursday=2010-03-18TMO']);
  });

  it('should leave "midnight Friday" a clock time and "every morning" a set', () => {
    assert.deepEqual(read('The offer expired at midnight Friday.'), ['midnight Friday=2010-03-12T24:00']);
    assert.deepEqual(read('The ferry sails every morning Monday.').slice(0, 1), ['every morning=XXXX-XX-XXTMO']);
  });
});

describe('a counted "years ago" with no publication day', () => {
  it('should read nothing, not the vague "years ago" with the count left out', () => {
    const undated = (text: string): string[] => findTimexes(text, splitSentences(text), null).map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(undated('Two years ago, the town built a new school.'), []);
    assert.deepEqual(undated('The bridge fell three decades ago.'), []);
    assert.deepEqual(undated('The bridge fell years ago.'), ['years ago=PAST_REF']);
    assert.deepEqual(undated('The bridge fell several years ago.'), ['years ago=PAST_REF']);
  });
});

describe('a day of the month after "last", "next" or "this"', () => {
  it('should read the latest such day before the publication, or the next after it', () => {
    // Tuesday 16 March 2010.
    assert.deepEqual(read('The fire broke out at the mill on last March 2.'), ['last March 2=2010-03-02']);
    assert.deepEqual(read('The bridge collapsed last April 9th.'), ['last April 9th=2009-04-09']);
    assert.deepEqual(read('The council will vote next March 20.'), ['next March 20=2010-03-20']);
    assert.deepEqual(read('The council voted next to nothing; talks resume next February 3.'), ['next February 3=2011-02-03']);
  });

  it('should leave a count after the month to the month', () => {
    assert.deepEqual(read('Last July 21 people were hurt in floods.'), ['Last July=2009-07']);
    // With its year, the day is a full date; "this" no longer decides the year.
    assert.ok(!read('In this March 9, 2009 photo, the mayor speaks.').some((r) => r.endsWith('=2010-03-09')));
  });
});

describe('"Now," and "Currently," opening a sentence', () => {
  it('should leave the adverb set off by a comma at the start of its sentence unread', () => {
    assert.deepEqual(read('The mill lost money for a decade. Now, after the sale of two plants, it expects a profit.'), ['a decade=P10Y']);
    assert.deepEqual(read('Currently, the permits are issued by the county.'), []);
    assert.deepEqual(read('"Now, we wait," the mayor said.'), []);
  });

  it('should still read it without the comma, inside the sentence, or after "For"', () => {
    assert.deepEqual(read('Now the county issues the permits.'), ['Now=PRESENT_REF']);
    assert.deepEqual(read('The county now issues the permits.'), ['now=PRESENT_REF']);
    assert.deepEqual(read('The county currently issues the permits.'), ['currently=PRESENT_REF']);
    assert.deepEqual(read('For now, the county issues the permits.'), ['now=PRESENT_REF']);
  });
});

describe('"the future" as the prospects of something', () => {
  it('should leave "the future of ..." and "the future" as the subject of a judgement unread', () => {
    assert.deepEqual(read('The vote will decide the future of the mine.'), []);
    assert.deepEqual(read('Sales fell again, and the future looks bleak.'), []);
    assert.deepEqual(read('No one knows what the future holds for the town.'), []);
  });

  it('should still read a time ahead', () => {
    assert.deepEqual(read('The mine may reopen in the future.'), ['the future=FUTURE_REF']);
    assert.deepEqual(read('Residents are worried about the future.'), ['the future=FUTURE_REF']);
    assert.deepEqual(read('Prices will stay high for the foreseeable future.'), ['the foreseeable future=FUTURE_REF']);
  });
});

describe('a sentence whose only time words are "the near term" or "the short term"', () => {
  it('should reach the rules (the pre-filter had let it off)', () => {
    assert.deepEqual(read('The board does not play down the risks of the near term.'), ['the near term=FUTURE_REF']);
    assert.deepEqual(read('Shares may wobble in the short term.'), ['the short term=FUTURE_REF']);
  });
});

describe('"Soon" opening a sentence of a past narrative', () => {
  it('should be soon after the story\'s time, not FUTURE_REF', () => {
    assert.deepEqual(read('The gunman climbed a tree. Soon, officers sounded the alarm.'), []);
    assert.deepEqual(read('Police arrived. Soon fights erupted outside the bar.'), []);
  });

  it('should still look ahead where the clause does', () => {
    assert.deepEqual(read('Soon, prices are expected to rise.'), ['Soon=FUTURE_REF']);
    assert.deepEqual(read('Soon the bridge will reopen.'), ['Soon=FUTURE_REF']);
    assert.deepEqual(read('Soon, United Airlines plans to cut flights.'), ['Soon=FUTURE_REF']);
    assert.deepEqual(read('Soon a hundred more workers join the line.'), ['Soon=FUTURE_REF']);
    assert.deepEqual(read('Soon the need for water grows.'), ['Soon=FUTURE_REF']);
  });
});

describe('a season of a year named by "last", "this" or "next" after it', () => {
  it('should be one expression, the season of that year ("the spring of last year" had been "the spring" and "last year")', () => {
    assert.deepEqual(read('The fugitive has not been seen since the spring of last year.'), ['the spring of last year=2009-SP']);
    assert.deepEqual(read('The new terminal will open in the autumn of next year.'), ['the autumn of next year=2011-FA']);
  });

  it('should still read a season with its year in figures', () => {
    assert.deepEqual(read('The merger was agreed in the summer of 2007.'), ['the summer of 2007=2007-SU']);
  });
});

describe('"now" inside a compound adjective', () => {
  it('should not read "now-defunct" or "now-cancelled" as the present', () => {
    assert.deepEqual(read('The shares of the now-defunct lender were worthless.'), []);
    assert.deepEqual(read('He testified about the now-cancelled tanker lease.'), []);
  });

  it('should still read "now" standing alone before a dash', () => {
    assert.deepEqual(read('The fight is over now - for good, she said.'), ['now=PRESENT_REF']);
  });
});
