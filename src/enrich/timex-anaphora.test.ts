import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { clauseOf } from './timex-anaphora.js';

/** Wednesday 15 May 2024. */
const MAY = referenceFrom('2024-05-15');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('lengths counted back from the date the story named', () => {
  it('should count "two weeks earlier" back from the day the story last named', () => {
    assert.deepEqual(read('He was arrested on March 3. Two weeks earlier he had bought a gun.'), ['March 3=2024-03-03', 'Two weeks earlier=2024-W07']);
    assert.deepEqual(read('The dam was finished in 1958. Two years earlier it had flooded.'), ['1958=1958', 'Two years earlier=1956']);
  });

  it('should count from the publication day when the story named no date', () => {
    assert.deepEqual(read('She had bought the gun three days earlier.'), ['three days earlier=2024-05-12']);
  });

  it('should leave "a year earlier" to the reading of a results story\'s quarters', () => {
    assert.deepEqual(read('Profit in the first quarter rose from a year earlier.'), ['the first quarter=2024-Q1', 'a year earlier=2023-Q1']);
  });

  it('should count "a year earlier" back from a date of another year the story named', () => {
    assert.deepEqual(read('The ferry sank in June 2009. A year earlier, inspectors had warned of rust.'), ['June 2009=2009-06', 'A year earlier=2008']);
    assert.deepEqual(read('The club made a profit of $2 million in 2016, against a loss a year earlier.'), ['2016=2016', 'a year earlier=2015']);
  });

  it('should read "a year earlier" after a date of the publication\'s year, or with none, from the publication', () => {
    assert.deepEqual(read('Exports rose 4% from a year earlier.'), ['a year earlier=2023']);
    assert.deepEqual(read('The port reopened on March 2. A year earlier, it had been shut.'), ['March 2=2024-03-02', 'A year earlier=2023']);
  });

  it('should not count back from the date before "earlier than"', () => {
    // Not 2011: the comparison with the plan restates the date named (timex-than-planned.ts), where the
    // publication's year before (2023) had come out until the twenty-sixth round.
    assert.deepEqual(read('The bridge opened in 2012, a year earlier than planned.'), ['2012=2012', 'a year earlier than planned=2012']);
  });

  it('should read "the day before" in apposition to a date as that date', () => {
    assert.deepEqual(read('Bonds rallied on Oct. 12, the day before the crash.'), ['Oct. 12=2023-10-12', 'the day before=2023-10-12']);
    assert.deepEqual(read('Shares fell on Oct. 12. The day before, they had risen.'), ['Oct. 12=2023-10-12', 'The day before=2023-10-11']);
  });
});

describe('the day or week before, with no date named', () => {
  it('should count back from the publication day', () => {
    // "the previous day" had been read as nothing, "the week before" as the day a week back (2024-05-08).
    assert.deepEqual(read('The index closed at 9,955, down from 10,325 the previous day.'), ['the previous day=2024-05-14']);
    assert.deepEqual(read('Prices were unchanged from the preceding day.'), ['the preceding day=2024-05-14']);
    assert.deepEqual(read('The week before, the index had gained 2%.'), ['The week before=2024-W19']);
  });

  it('should not count back from the publication what is before an event or a date', () => {
    // "the week before the shooting" had been the week before the publication (chrono: the day a week back).
    assert.deepEqual(read('The car was spotted the week before the shooting.'), []);
    assert.deepEqual(read('He was seen the day before the attack.'), []);
    assert.deepEqual(read('She left the country the year after the war.'), []);
    // With the date named, it counts from it.
    assert.deepEqual(read('The bombing was on May 7. He had been seen the day before the attack.'), ['May 7=2024-05-07', 'the day before=2024-05-06']);
  });

  it('should still count from a date the story named, and leave "the following day" unread without one', () => {
    assert.deepEqual(read('The vote was held on May 2. The previous day, the polls had closed.'), ['May 2=2024-05-02', 'The previous day=2024-05-01']);
    assert.deepEqual(read('Officials promised to return the following day.'), []);
  });
});

describe('wire copy\'s four-figure clock times', () => {
  it('should read "0600 GMT" as a time in UTC on the day named, else the publication day', () => {
    assert.deepEqual(read('The truce took effect at 0600 GMT.'), ['0600 GMT=2024-05-15T06:00Z']);
    assert.deepEqual(read('The storm made landfall on Monday at 2114 GMT.'), ['Monday=2024-05-13', '2114 GMT=2024-05-13T21:14Z']);
  });

  it('should take the day written after it', () => {
    assert.deepEqual(read('The truce took effect at 0600 GMT on Friday.'), ['0600 GMT=2024-05-10T06:00Z', 'Friday=2024-05-10']);
  });

  it('should read "1800 local time" as a clock time, not the year 1800', () => {
    assert.deepEqual(read('The polls opened on Monday and closed at 1800 local time.'), ['Monday=2024-05-13', '1800 local time=2024-05-13T18:00']);
  });

  it('should put a police clock of 1800 on the publication day, as "6 p.m." is, and one past it on the day before', () => {
    assert.deepEqual(read('Deputies reached the cabin at 1800 hours.'), ['1800 hours=2024-05-15T18:00']);
    assert.deepEqual(read('Deputies reached the cabin at 2215 hours.'), ['2215 hours=2024-05-14T22:15']);
    assert.deepEqual(read('Troopers stopped the truck at 0600 hours.'), ['0600 hours=2024-05-15T06:00']);
  });

  it('should read a police clock against the publication time when the page gives one', () => {
    const evening = (text: string): string[] => findTimexes(text, splitSentences(text), referenceFrom('2024-05-15T21:40:00')).map((t) => `${t.text}=${t.value}`);
    const morning = (text: string): string[] => findTimexes(text, splitSentences(text), referenceFrom('2024-05-15T08:05:00')).map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(evening('The suspect was booked at 1930 hours.'), ['1930 hours=2024-05-15T19:30']);
    assert.deepEqual(morning('The suspect was booked at 1930 hours.'), ['1930 hours=2024-05-14T19:30']);
  });

  it('should keep a police clock the sentence sets ahead on the publication day', () => {
    assert.deepEqual(read('Voting ends at 2000 hours.'), ['2000 hours=2024-05-15T20:00']);
    assert.deepEqual(read('The curfew will begin at 2100 hours.'), ['2100 hours=2024-05-15T21:00']);
  });

  it('should hold a GMT, UTC or local-time clock to the 6 p.m. rule, not to a publication time in another zone', () => {
    const at = (published: string, text: string): string[] => findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(at('2024-05-10T08:00:00-04:00', 'The strike began at 1100 GMT, the union said.'), ['1100 GMT=2024-05-10T11:00Z']);
    assert.deepEqual(at('2024-05-10T11:00:00-04:00', 'The ceasefire took effect at 1400 GMT, the ministry said.'), ['1400 GMT=2024-05-10T14:00Z']);
    assert.deepEqual(at('2024-05-10T06:30:00-05:00', 'Shelling resumed at 0930 UTC near the port.'), ['0930 UTC=2024-05-10T09:30Z']);
    assert.deepEqual(at('2024-05-10T07:15:00', 'The blast was heard at 1500 local time.'), ['1500 local time=2024-05-10T15:00']);
    assert.deepEqual(at('2024-05-10T07:15:00', 'The blast was heard at 2100 GMT.'), ['2100 GMT=2024-05-09T21:00Z']);
  });

  it('should keep a police clock after a schedule verb in the present on the publication day', () => {
    assert.deepEqual(read('Polls close at 2000 hours, officials said.'), ['2000 hours=2024-05-15T20:00']);
    assert.deepEqual(read('Polls open at 0700 hours and close at 1900 hours.'), ['0700 hours=2024-05-15T07:00', '1900 hours=2024-05-15T19:00']);
    assert.deepEqual(read('The curfew runs until 2300 hours in the old town.'), ['2300 hours=2024-05-15T23:00']);
    assert.deepEqual(read('The fire started at 2300 hours in a shed.'), ['2300 hours=2024-05-14T23:00']);
  });

  it('should read four figures of hours before "of" or "per" as a count of hours, not a clock', () => {
    assert.deepEqual(read('He completed about 1900 hours of community service.'), ['about 1900 hours=PT1900H']);
    assert.deepEqual(read('Pilots may fly around 1000 hours per year.'), ['around 1000 hours=PT1000H', 'per year=P1Y']);
  });

  it('should leave a conversion in brackets after another clock to that clock', () => {
    assert.deepEqual(read('The quake struck at 10:40 a.m. (0740 GMT) on Tuesday.'), ['10:40 a.m.=2024-05-14T10:40', 'Tuesday=2024-05-14']);
  });
});

describe('"the day before yesterday"', () => {
  it('should be two days back, not "the day before" a day named', () => {
    assert.deepEqual(read('The ferry sank the day before yesterday.'), ['the day before yesterday=2024-05-13']);
  });
});

describe('"earlier in the day" before a weekday', () => {
  it('should leave the day to the weekday after it, not the publication day', () => {
    assert.deepEqual(read('The standoff started earlier in the day Saturday, when officers arrived.'), ['Saturday=2024-05-11']);
    // Without a weekday after it, the day the story last named.
    assert.deepEqual(read('The talks ended on Monday. Earlier in the day, the envoy met the premier.'), ['Monday=2024-05-13', 'the day=2024-05-13']);
  });
});

describe('"the day after" a clause', () => {
  it('should read no day where a clause follows: its event is not dated', () => {
    assert.deepEqual(read('The mill shut on April 2. A welder sold his truck the day after he moved away.'), ['April 2=2024-04-02']);
    assert.deepEqual(read('She wrote the letter on June 3, 2021. They had last spoken the week before they married.'), ['June 3, 2021=2021-06-03']);
    // In apposition to a date it is that date's: "on June 3, 2021, the week before they married".
    assert.deepEqual(read('She wrote the letter on June 3, 2021, the week before they married.'), ['June 3, 2021=2021-06-03', 'the week before=2021-W22']);
  });

  it('should keep "the day after" with no clause after it', () => {
    assert.deepEqual(read('He was shot on March 3. The day after, police arrested a man.'), ['March 3=2024-03-03', 'The day after=2024-03-04']);
  });
});

describe('the clause before a market word', () => {
  it('should cut the clause at a full stop or a semicolon, not at a decimal point', () => {
    assert.equal(clauseOf('Rates held. The index closed 2.1% lower '), ' The index closed 2.1% lower ');
    assert.equal(clauseOf('Gold rose 0.4%; the rand slid 1.25 '), ' the rand slid 1.25 ');
    assert.equal(clauseOf('Shares of 3M rose 7 '), 'Shares of 3M rose 7 ');
  });

  it('should read "on the day" and "overnight" after a move with decimals', () => {
    assert.deepEqual(read('The benchmark index finished 1.8% weaker on the day.'), ['the day=2024-05-15']);
    assert.deepEqual(read('European shares sank 2.4 percent overnight.'), ['overnight=2024-05-14TNI']);
  });

  it('should read "on the day" after an index named alone, with no word of a market', () => {
    assert.deepEqual(read('The CAC 40 closed down 3.1 percent on the day.'), ['the day=2024-05-15']);
    assert.deepEqual(read('The Kospi slipped 0.9% on the day.'), ['the day=2024-05-15']);
    assert.deepEqual(read('The S&P/ASX 200 gained 40 points on the day.'), ['the day=2024-05-15']);
    assert.deepEqual(read('The Sensex shed 1.2% overnight.'), ['overnight=2024-05-14TNI']);
  });
});
