import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const MAY = referenceFrom('2010-05-10');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('unstated lengths before "later", "after" and "before"', () => {
  it('should read a bare plural unit before "later" or "after" as a length of unstated size', () => {
    assert.deepEqual(read('Hours later, the fire was under control.'), ['Hours=PTXH']);
    assert.deepEqual(read('Weeks later, the company filed for bankruptcy.'), ['Weeks=PXW']);
    assert.deepEqual(read('The minister resigned just days after the vote.'), ['days=PXD']);
    assert.deepEqual(read('He died minutes after the crash.'), ['minutes=PTXM']);
  });

  it('should leave a stretch of dates after a determiner or an adjective to other readings', () => {
    assert.deepEqual(read('His car was seen near the office in the weeks before the shooting.'), []);
    assert.deepEqual(read('In the first days after the invasion, the markets closed.'), []);
  });

  it('should keep a stated count as the count', () => {
    assert.deepEqual(read('Three days later, the bridge reopened.'), ['Three days=P3D']);
  });
});

describe('recurrences with a count', () => {
  it('should read "every two years" as a set, not a length', () => {
    assert.deepEqual(findTimexes('The festival takes place every two years.', splitSentences('The festival takes place every two years.'), MAY).map((t) => `${t.text}=${t.type}:${t.value}`), ['every two years=SET:P2Y']);
    assert.deepEqual(read('Buses leave every 15 minutes.'), ['every 15 minutes=PT15M']);
  });
});

describe('counts written in hundreds, thousands and dozens', () => {
  it('should read the whole count, not its last word', () => {
    assert.deepEqual(read('The monastery has stood for two hundred years.'), ['two hundred years=P200Y']);
    assert.deepEqual(read('The bank has traded for one hundred and fifty years.'), ['one hundred and fifty years=P150Y']);
    assert.deepEqual(read('The prisoner spent a thousand days in a cell.'), ['a thousand days=P1000D']);
  });

  it('should read dozens', () => {
    assert.deepEqual(read('Firefighters battled the blaze for a dozen hours.'), ['a dozen hours=PT12H']);
    assert.deepEqual(read('The truce held for half a dozen weeks.'), ['half a dozen weeks=P6W']);
  });

  it('should write whole thousands of years as millennia, as TimeBank does', () => {
    assert.deepEqual(read('Weavers have kept the craft alive for more than two thousand years.'), ['more than two thousand years=P2L']);
  });

  it('should read digits with thousands separators as one count', () => {
    assert.deepEqual(read('The olive tree is said to be 1,500 years old but has borne fruit for 1,200 years.'), ['1,200 years=P1200Y']);
    assert.deepEqual(read('The town was founded 1,000 years ago.'), ['1,000 years ago=1010']);
  });
});

describe('lengths with "-odd", "-plus", a hyphenated half, and "a half-hour"', () => {
  it('should read "30-odd years" and "40-plus years" as the count', () => {
    assert.deepEqual(read('The general has ruled for 30-odd years.'), ['30-odd years=P30Y']);
    assert.deepEqual(read('She has taught at the school for 40-plus years.'), ['40-plus years=P40Y']);
  });

  it('should read a hyphenated half', () => {
    assert.deepEqual(read('The inquiry took four-and-a-half years.'), ['four-and-a-half years=P4Y6M']);
    assert.deepEqual(read('The drive takes two-and-a-half hours.'), ['two-and-a-half hours=PT2H30M']);
  });

  it('should read "a half-hour" and "a half hour" as half an hour', () => {
    assert.deepEqual(read('The gunfight lasted a half-hour.'), ['a half-hour=PT30M']);
    assert.deepEqual(read('Power was out for about a half hour.'), ['about a half hour=PT30M']);
  });
});

describe('a rate after a count of things', () => {
  it('should read "a day" after a counted plural as a set', () => {
    assert.deepEqual(read('The clinic sees hundreds of patients a day.'), ['a day=P1D']);
    assert.deepEqual(read('The airline will fly four flights a week to Lisbon.'), ['a week=P1W']);
    assert.deepEqual(read('Fans bought more than 50,000 tickets a year.'), ['a year=P1Y']);
  });
  it('should leave "a year ago" and a count of time units alone', () => {
    assert.deepEqual(read('Two sons moved away a year ago.'), ['a year ago=2009']);
    assert.deepEqual(read('Guards watch the gate 24 hours a day.'), ['24 hours=PT24H']);
  });
});

describe('minutes and hours "earlier", and a quarter of a measure', () => {
  it('should read minutes or hours "earlier" as a length, as "later" is', () => {
    // chrono-node had given them the publication day, a day the clock they count from need not be on.
    assert.deepEqual(read('The gunman had robbed a store 30 minutes earlier.'), ['30 minutes=PT30M']);
    assert.deepEqual(read('The same car had been seen two hours earlier near the school.'), ['two hours=PT2H']);
    assert.deepEqual(read('The suspect had left the house three days earlier.'), ['three days earlier=2010-05-07']);
  });

  it('should not read a quarter of a mile or an inch as a quarter of a year', () => {
    assert.deepEqual(read('The farm lies less than a quarter-mile east of the highway.'), []);
    assert.deepEqual(read('The car stopped a quarter mile from the bridge.'), []);
    assert.deepEqual(read('Sales rose for a quarter.'), ['a quarter=P1Q']);
  });
});

describe('"annually" after an amount or a percentage', () => {
  it('should leave the amount\'s rate unread', () => {
    assert.deepEqual(read('The group expects sales to grow 7% annually through 2014.'), ['2014=2014']);
    assert.deepEqual(read('The cuts will save the city $4.5 million annually.'), []);
    assert.deepEqual(read('Fees would rise by 3 percent annually.'), []);
  });

  it('should still read a time that recurs each year', () => {
    assert.deepEqual(read('The fair is held annually in the town square.'), ['annually=P1Y']);
    assert.deepEqual(read('The club has doubled its membership annually since 2004.'), ['annually=P1Y', '2004=2004']);
  });
});

describe('"second" as an ordinal', () => {
  it('should read no length in a compound or before a name or a number', () => {
    assert.deepEqual(read('She was found in a second-floor bedroom.'), []);
    assert.deepEqual(read('He faces three second-degree assault counts.'), []);
    assert.deepEqual(read('The studio wants a second Hunger Games film.'), []);
    assert.deepEqual(read('Dispatchers took a second 911 call.'), []);
  });

  it('should still read a length of seconds', () => {
    assert.deepEqual(read('The ad runs for 30 seconds.'), ['30 seconds=PT30S']);
    assert.deepEqual(read('In a second, the car was gone.'), ['a second=PT1S']);
    assert.deepEqual(read('The clip shows a 30-second chase.'), ['30-second=PT30S']);
  });
});

describe('"Weekly" and "Daily" as names', () => {
  it('should read no set in a person\'s or a paper\'s name', () => {
    assert.deepEqual(read('The body of Oren Weekly, 50, was found in a shed.'), []);
    assert.deepEqual(read('Weekly\'s brother spoke to reporters.'), []);
    assert.deepEqual(read('She told Us Weekly the rumour was false.'), []);
  });

  it('should read the set in a headline in title case', () => {
    assert.equal(read('Trains Run Hourly On The Red Line').length, 1);
    assert.equal(read('Profits Rise Annually').length, 1);
    assert.deepEqual(read('A photographer for the New York Daily took the picture.'), []);
  });

  it('should still read the adverb', () => {
    assert.deepEqual(read('Daily, the ferry carries 3,000 people.'), ['Daily=P1D']);
    assert.deepEqual(read('The ferry sails daily from the harbour.'), ['daily=P1D']);
  });
});

describe('playing time a device stores', () => {
  it('should not read the hours of video or music a player holds as a length', () => {
    assert.deepEqual(read('The 80GB model holds 100 hours of video.'), []);
    assert.deepEqual(read('On the larger drive, 150 hours can be stored.'), []);
  });

  it('should still read hours of footage reviewed, or a battery that lasts hours, as lengths', () => {
    assert.deepEqual(read('Detectives watched 300 hours of footage from the station.'), ['300 hours=PT300H']);
    assert.deepEqual(read('The new battery lasts 10 hours on a charge.'), ['10 hours=PT10H']);
  });
});
