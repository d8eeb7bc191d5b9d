import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 12 May 2010. */
const WEDNESDAY = referenceFrom('2010-05-12T09:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a range of weekdays', () => {
  it('should run forward in the past: the end the latest such day, the start the week before it', () => {
    // Read alone, Tuesday had been yesterday (11 May) and Thursday last week's (6 May).
    assert.deepEqual(read('The summit ran from Tuesday to Thursday.'), ['Tuesday=2010-05-04', 'Thursday=2010-05-06']);
  });

  it('should run forward ahead: the start the next such day, the end after it', () => {
    assert.deepEqual(read('The summit will run from Tuesday to Thursday.'), ['Tuesday=2010-05-18', 'Thursday=2010-05-20']);
  });

  it('should leave a range already in order as it was', () => {
    assert.deepEqual(read('Stores were shut Friday through Sunday.'), ['Friday=2010-05-07', 'Sunday=2010-05-09']);
  });
});

describe('a chrono-node reading with no field known', () => {
  it('should name no time (chrono-node reads "this evening Friday" knowing nothing; the bare year had come out)', () => {
    assert.ok(!read('The minister spoke this evening Friday.').some((r) => r.endsWith('=2010')));
  });
});

describe('an index level after a day', () => {
  it('should end the date before "at" and the level', () => {
    // chrono-node had taken "Monday at 9" for the date (the value was the day already).
    assert.deepEqual(read('The Dow closed Monday at 10,387.61, up 404 points.'), ['Monday=2010-05-10']);
  });

  it('should keep a clock time after a day', () => {
    assert.deepEqual(read('The board met Monday at 9, officials said.'), ['Monday at 9=2010-05-10']);
    assert.deepEqual(read('The board met Monday at 9:30 a.m.'), ['Monday at 9:30 a.m.=2010-05-10T09:30']);
  });
});

describe('"this" before a weekday', () => {
  it('should be that day of the publication\'s week, whatever the tense', () => {
    // Said on Wednesday 12 May: "this Friday" had been the Friday before (7 May).
    assert.deepEqual(read('The vote is this Friday.'), ['this Friday=2010-05-14']);
    assert.deepEqual(read('The vote was held this Monday.'), ['this Monday=2010-05-10']);
    assert.deepEqual(read('The talks will end this Sunday.'), ['this Sunday=2010-05-16']);
  });
});

describe("a page's list of videos", () => {
  it("should read no clock in a clip's length before its title", () => {
    assert.deepEqual(read('More Videos\n\n1:08 Van slides off icy bridge Pause\n\n0:56 Coach praises the line\n\n3:24\n\nStorm closes roads'), []);
    assert.deepEqual(read('Council votes on the budget Pause 2:29 Most wanted: the week in crime'), []);
    assert.deepEqual(read('Share More Videos 11:32 Firefighters rescue cat from roof'), []);
  });
  it('should keep a clock a report writes', () => {
    assert.deepEqual(read('Neighbours heard the shots around 9:30 last night.'), ['9:30 last night=2010-05-11T21:30']);
    assert.deepEqual(read('UPDATE 7:45 a.m. Police say the road is open.'), ['7:45 a.m.=2010-05-12T07:45']);
    assert.deepEqual(read('The vote came on Tuesday. At 9:30 the polls closed.'), ['Tuesday=2010-05-11', '9:30=2010-05-11T09:30']);
  });
});

describe('midnight with a day named', () => {
  it('should put "after midnight" at the start of the day named, "before midnight" at its end', () => {
    // T24:00 of Saturday is the first minute of Sunday: "shortly after midnight on Saturday" had been read so.
    assert.deepEqual(read('The crash happened shortly after midnight on Saturday.'), ['midnight on Saturday=2010-05-08T00:00']);
    assert.deepEqual(read('The crash happened just before midnight Saturday.'), ['midnight Saturday=2010-05-08T24:00']);
  });
});

describe('"last" and yesterday\'s weekday', () => {
  it('should read "last Tuesday" said on a Wednesday as the Tuesday of the week before, not yesterday', () => {
    assert.deepEqual(read('A driver was hurt in a crash last Tuesday.'), ['last Tuesday=2010-05-04']);
    assert.deepEqual(read('A driver was hurt in a crash last Tuesday night.'), ['last Tuesday night=2010-05-04TNI']);
  });

  it('should leave "Tuesday" alone, and "last Monday" two days back', () => {
    assert.deepEqual(read('A driver was hurt in a crash Tuesday.'), ['Tuesday=2010-05-11']);
    assert.deepEqual(read('A driver was hurt in a crash last Monday.'), ['last Monday=2010-05-10']);
  });
});

describe('a page\'s own stamp', () => {
  it('should put "Updated: 9:30 p.m." on the day the page is dated, not the day before', () => {
    const dayOnly = (text: string): string[] => findTimexes(text, splitSentences(text), referenceFrom('2010-05-12')).map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(dayOnly('Updated: 9:30 p.m.'), ['9:30 p.m.=2010-05-12T21:30']);
    assert.deepEqual(dayOnly('Posted at 10:15 PM'), ['10:15 PM=2010-05-12T22:15']);
    // A report's clock later than a day-only page's 6 p.m. is still the day before's.
    assert.deepEqual(dayOnly('The crash was reported at 9:30 p.m.'), ['9:30 p.m.=2010-05-11T21:30']);
  });
});

describe('a number with "s"', () => {
  it('should not read "in 50s" as fifty seconds from now', () => {
    assert.deepEqual(read('Highs in 50s on Friday, lows in 30s.'), ['Friday=2010-05-07']);
    assert.deepEqual(read('He was a matinee idol in 40s and 50s.'), []);
  });
});

describe("a game's clock", () => {
  it('should read no time of day in the minutes left in a period', () => {
    assert.deepEqual(read('The Hawks kicked a field goal with 3:52 to go.'), []);
    assert.deepEqual(read('He hit a free throw with 1:41 to play, and another with 0:12 remaining.'), []);
    assert.deepEqual(read('The visitors led by six with 2:30 left.'), []);
  });

  it('should keep a clock a report writes before "left"', () => {
    assert.deepEqual(read('The guests arrived at 4:08 to find the door open.'), ['4:08=2010-05-12T04:08']);
    assert.deepEqual(read('Witnesses said that at 5:30 left the bar.'), ['5:30=2010-05-12T05:30']);
  });
});

describe('a name and an age set off by commas', () => {
  it('should read no month and year or month and day in "August, 61," or "May, 26,"', () => {
    assert.deepEqual(read('Neighbour Silas August, 61, said he heard four shots.'), []);
    assert.deepEqual(read('The victims were Edwin May, 26, and Joe Ellis, 30.'), []);
  });

  it('should still read a month and a year written with a comma', () => {
    assert.deepEqual(read('Prices rose in March, 2009, and fell after.'), ['March, 2009=2009-03']);
  });
});

describe('"Noon" and "Midnight" in names', () => {
  it('should read no time in a road\'s, a shop\'s or an event\'s name', () => {
    assert.deepEqual(read('Two cars collided in the 4100 block of Noon Road.'), []);
    assert.deepEqual(read('The contest was held at High Noon Archery Club.'), []);
    assert.deepEqual(read('He was leaving a Midnight Madness tournament.'), []);
  });

  it('should still read the time', () => {
    assert.deepEqual(read('The store will close at noon.'), ['noon=2010-05-12T12:00']);
  });

  it('should read the time after a capitalised preposition at a sentence\'s start or in a title-case headline', () => {
    assert.equal(read('At Midnight, police closed the bridge.').length, 1);
    assert.equal(read('By Midnight the crowd had gone.').length, 1);
    assert.equal(read('Polls Close At Midnight In Ohio').length, 1);
  });
});

describe('"the hours" and "the minutes" before or after an event', () => {
  it('should read no day from the publication', () => {
    assert.deepEqual(read('In the hours after the blast, firefighters searched the rubble.'), []);
    assert.deepEqual(read('She had filed for a protective order in the hours before the fire.'), []);
    assert.deepEqual(read('In the minutes after the crash, neighbours ran to help.'), []);
  });
});

describe('a day a few weeks ahead after "began", "started" or "ended"', () => {
  it('should be last year\'s, as after "broke out": what began cannot lie ahead', () => {
    assert.deepEqual(read('The walkout began on June 3.'), ['June 3=2009-06-03']);
    assert.deepEqual(read('The festival started in June.'), ['June=2009-06']);
    assert.deepEqual(read('The sale ended on the first of June.'), ['first of June=2009-06-01']);
  });

  it('should keep a plan that will begin ahead', () => {
    assert.deepEqual(read('The walkout will begin on June 3.'), ['June 3=2010-06-03']);
  });
});

describe('a day a few weeks ahead right after a simple past or a past passive', () => {
  it('should be last year\'s: what was done on a day cannot lie ahead', () => {
    assert.deepEqual(read('The bridge was reopened on June 3.'), ['June 3=2009-06-03']);
    assert.deepEqual(read('The treaty was ratified in June.'), ['June=2009-06']);
    assert.deepEqual(read('The senator resigned in June.'), ['June=2009-06']);
    assert.deepEqual(read('The ferry capsized on June 20.'), ['June 20=2009-06-20']);
  });

  it('should keep a plan: a verb of scheduling, calling or agreeing, or a modal, looks ahead', () => {
    assert.deepEqual(read('The vote was scheduled on June 3.'), ['June 3=2010-06-03']);
    assert.deepEqual(read('The premier called elections on June 20.'), ['June 20=2010-06-20']);
    assert.deepEqual(read('The bridge will be reopened on June 3.'), ['June 3=2010-06-03']);
  });
});

describe('a word in "-ed" before a day ahead that is no verb of the past (review63b finding 3)', () => {
  /** Wednesday 20 November 2024, the day the review's sentences were read on. */
  const NOV_20 = referenceFrom('2024-11-20T12:00');
  const readOn = (text: string): string[] => findTimexes(text, splitSentences(text), NOV_20).map((t) => `${t.text}=${t.value}`);

  it('should keep this year\'s date after a capitalised name in "-ed" (a club, a person)', () => {
    assert.deepEqual(readOn('Leeds, who lost on Saturday, play Sheffield United on Dec. 5.'), ['Saturday=2024-11-16', 'Dec. 5=2024-12-05']);
    assert.deepEqual(readOn('Blinken will meet Crown Prince Mohammed on Dec. 5 in Riyadh.'), ['Dec. 5=2024-12-05']);
    assert.deepEqual(readOn('The trial of Omar Ahmed opens on Dec. 5; jurors will hear from Ahmed on Dec. 9.'), ['Dec. 5=2024-12-05', 'Dec. 9=2024-12-09']);
    assert.deepEqual(readOn('The club lost on Saturday, and the manager said the team prepared for United on Dec. 5.'), ['Saturday=2024-11-16', 'Dec. 5=2024-12-05']);
  });

  it('should keep a booking or a confirmation after "has been" as a plan ahead', () => {
    assert.deepEqual(readOn('The comedian has been booked on Dec. 12 at the Fox Theatre.'), ['Dec. 12=2024-12-12']);
    assert.deepEqual(readOn('The team confirmed on Tuesday that the parade has been confirmed on Dec. 7.'), ['Tuesday=2024-11-19', 'Dec. 7=2024-12-07']);
  });

  it('should let "will", "is due to" or "to see" in the date\'s clause keep the day ahead', () => {
    assert.deepEqual(readOn('The envoy is due to travel to Riyadh to see Mohammed on Dec. 5.'), ['Dec. 5=2024-12-05']);
    // A lower-case word in "-ed" right before the date, which alone would have moved it a year back.
    assert.deepEqual(readOn('The prince will host the wounded on Dec. 5.'), ['Dec. 5=2024-12-05']);
  });

  it('should still put a lower-case past verb\'s day ahead in last year', () => {
    assert.deepEqual(readOn('The ferry capsized on Dec. 5.'), ['Dec. 5=2023-12-05']);
  });
});

describe('"noon" or "midday" before an incident word (review63b finding 10)', () => {
  it('should keep the clock where the incident word names what came at that time ("noon fire engines")', () => {
    // Told in the past and published at 9 a.m.: the noon before.
    assert.deepEqual(read('Shortly after noon fire engines were called to the school.'), ['noon=2010-05-11T12:00']);
    assert.deepEqual(read('At noon fire crews arrived at the burning warehouse.'), ['noon=2010-05-11T12:00']);
  });

  it('should read no clock in "a midday shooting" with its determiner', () => {
    assert.deepEqual(read('Officers are hunting a robber after a daring midday shooting.'), []);
    assert.deepEqual(read("Tuesday's noon robbery left the clerk shaken."), ['Tuesday=2010-05-11']);
  });
});

describe('"May", "June" and "July" after a capitalised preposition', () => {
  it('should read the month opening a sentence (taken for an abbreviation of a name by its length)', () => {
    assert.deepEqual(read('In June the county will close the ferry landing.'), ['June=2010-06']);
    assert.deepEqual(read('By July, the debt of the water board will have doubled.'), ['July=2010-07']);
    assert.deepEqual(read('In May the ferry ran again.'), ['May=2010-05']);
    assert.deepEqual(read('Since Jan. the ferry fare has doubled.'), ['Jan.=2010-01']);
  });

  it('should still leave a name after a capitalised word', () => {
    assert.deepEqual(read('Seo Jun-wan led the delegation.'), []);
    assert.deepEqual(read('Officials said Lee Jun resigned.'), []);
    assert.deepEqual(read('The ferry clerk is Kim Jun.'), []);
    assert.deepEqual(read('In June Carter\'s old house the ferry clerk lived.'), []);
  });
});
