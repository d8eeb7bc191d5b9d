import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/**
 * Sentences written for this test in the style of business, politics and wire news, each with the
 * reading a reader would give it, sorted by the kinds of value that go wrong on spans the finder does
 * find: the anchor, the granularity, vague references, lengths against dates, quarters and fiscal
 * years, weeks and weekends, the year of a month or day written without one, a weekday's direction.
 */
type Case = readonly [publishedAt: string, sentence: string, readings: readonly string[]];

function check(cases: readonly Case[]): void {
  for (const [publishedAt, sentence, readings] of cases) {
    const found = findTimexes(sentence, splitSentences(sentence), referenceFrom(publishedAt)).map((t) => `${t.text}=${t.value}`);
    assert.deepEqual(found, readings, `${sentence} (published ${publishedAt})`);
  }
}

/** Wednesday 27 March 2024, ISO week 13. */
const WED = '2024-03-27T10:00';
/** Monday 25 March 2024. */
const MON = '2024-03-25T09:00';

describe('news sentences: the anchor of a relative date', () => {
  it('should read what a story names from its own last date', () => {
    check([
      [WED, 'The plant closed in March 2019. That summer, workers marched on the capital.', ['March 2019=2019-03', 'That summer=2019-SU']],
      [WED, 'The plant opened in 2015. The following year, it doubled output.', ['2015=2015', 'The following year=2016']],
      [WED, 'The storm hit on Monday. The next day, power was restored.', ['Monday=2024-03-25', 'The next day=2024-03-26']],
      ['2008-10-07T09:00', 'On Friday the Dow fell 3%. The previous day it had gained 1%.', ['Friday=2008-10-03', 'The previous day=2008-10-02']],
    ]);
  });

  it('should read what a story counts from now from the publication', () => {
    check([
      [WED, 'The ceasefire took effect two days ago.', ['two days ago=2024-03-25']],
      [WED, 'He was released three years ago.', ['three years ago=2021']],
      [WED, 'The minister was appointed two months ago.', ['two months ago=2024-01']],
      ['2008-01-22', 'The DAX index in Frankfurt dropped 7.2% yesterday.', ['yesterday=2008-01-21']],
    ]);
  });
});

describe('news sentences: granularity', () => {
  it('should keep a month, a year or a half at the unit the words name', () => {
    check([
      [WED, 'Earlier this month, the central bank cut rates.', ['Earlier this month=2024-03']],
      [WED, 'Late last year, the company cut 2,000 jobs.', ['Late last year=2023']],
      [WED, 'Unemployment rose last month to 4.1%.', ['last month=2024-02']],
      [WED, 'The stock has risen 12% so far this year.', ['this year=2024']],
      [WED, 'The brewer lifted its outlook for the second half of the year.', ['the second half of the year=2024-H2']],
      [WED, 'Prices soared in the early 1990s.', ['the early 1990s=199']],
      [WED, 'Retail sales rose 0.6% in February from January.', ['February=2024-02', 'January=2024-01']],
    ]);
  });
});

describe('news sentences: vague references', () => {
  it('should mark the past, the present and the future where a sentence speaks of them', () => {
    check([
      [WED, 'In the past, the agency relied on volunteers.', ['the past=PAST_REF']],
      [WED, 'The agency will need more staff in the future.', ['the future=FUTURE_REF']],
      [WED, 'At present, about 300 people live in the village.', ['At present=PRESENT_REF']],
      [WED, 'The ministry is currently reviewing the plan.', ['currently=PRESENT_REF']],
      [WED, 'In the coming months, the central bank is expected to cut rates.', ['coming months=FUTURE_REF']],
    ]);
  });
});

describe('news sentences: lengths against dates', () => {
  it('should read a length as a length and a point as a date', () => {
    check([
      [WED, 'The senator has served for three years.', ['three years=P3Y']],
      [WED, 'The company signed a three-year contract with the union.', ['three-year=P3Y']],
      [WED, 'Investment will double over the next five years.', ['the next five years=P5Y']],
      [WED, 'The agency must respond within 30 days.', ['30 days=P30D']],
      ['2008-01-22', 'The index finished at its weakest in 15 months.', ['15 months=P15M']],
      ['2008-10-07T09:00', 'The index lost 9% over the past five trading days.', ['the past five trading days=P5D']],
    ]);
  });
});

describe('news sentences: quarters and fiscal years', () => {
  it('should read quarters against the publication and fiscal years as their year', () => {
    check([
      [WED, 'The company expects profit to rise in the current quarter.', ['the current quarter=2024-Q1']],
      [WED, 'Analysts expect a rebound next quarter.', ['next quarter=2024-Q2']],
      [WED, 'Profit fell in the fourth quarter of last year.', ['the fourth quarter of last year=2023-Q4']],
      [MON, 'Third-quarter profit rose 12%, the company said.', ['Third-quarter=2023-Q3']],
      [MON, 'Full-year profit rose to $4.2 billion in fiscal 2023.', ['fiscal 2023=2023']],
      [MON, 'The merger is expected to close in the second half of 2024.', ['the second half of 2024=2024-H2']],
    ]);
  });
});

describe('news sentences: weeks and weekends', () => {
  it('should read the week and the weekend of the publication, the one before and the next', () => {
    check([
      [WED, 'Protesters gathered in the capital over the weekend.', ['the weekend=2024-W12-WE']],
      [WED, 'Negotiators will meet again this weekend.', ['this weekend=2024-W13-WE']],
      [MON, 'Voters head to the polls next weekend.', ['next weekend=2024-W13-WE']],
      [MON, 'The bill cleared the House last week and goes to the Senate this week.', ['last week=2024-W12', 'this week=2024-W13']],
      ['2024-03-24T09:00', 'This week, lawmakers debated the bill.', ['This week=2024-W12']],
      ['1999-02-10', 'The two sides held talks earlier this week.', ['earlier this week=1999-W06']],
    ]);
  });
});

describe('news sentences: the year of a month or a day written without one', () => {
  it('should put a date in the year a reader would', () => {
    check([
      [WED, 'The fire broke out on Dec. 28.', ['Dec. 28=2023-12-28']],
      [WED, 'The referendum will be held on March 30.', ['March 30=2024-03-30']],
      [WED, 'The law takes effect in April.', ['April=2024-04']],
      ['2023-12-20', 'The new rules take effect on Jan. 1.', ['Jan. 1=2024-01-01']],
      ['2000-01-15', 'The boy arrived in Miami on Nov. 25 after his mother drowned.', ['Nov. 25=1999-11-25']],
      // What took place cannot lie ahead: a few weeks on from the publication is last year's.
      ['1998-10-26T22:54', 'The fire broke out on Nov. 11.', ['Nov. 11=1997-11-11']],
      ['1998-10-26T22:54', 'The company was founded in December.', ['December=1997-12']],
      // A thing planned, set or put off keeps this year's.
      ['1998-10-26T22:54', 'The president called elections on Nov. 20.', ['Nov. 20=1998-11-20']],
      ['1998-10-26T22:54', 'He was due in court on Nov. 11.', ['Nov. 11=1998-11-11']],
      ['1998-10-26T22:54', 'The offer was extended to Nov. 20.', ['Nov. 20=1998-11-20']],
    ]);
  });
});

describe('news sentences: the direction of a weekday', () => {
  it('should read a weekday back in a report of what happened, ahead in a plan', () => {
    check([
      [WED, 'Shares of the retailer fell 4% on Tuesday.', ['Tuesday=2024-03-26']],
      [WED, 'The central bank will announce its decision on Thursday.', ['Thursday=2024-03-28']],
      [WED, 'The minister resigned last Friday.', ['last Friday=2024-03-22']],
      [WED, 'The vote is scheduled for next Tuesday.', ['next Tuesday=2024-04-02']],
      [MON, 'The company said on Friday it would cut 500 jobs.', ['Friday=2024-03-22']],
      [MON, 'Talks are due to resume on Wednesday.', ['Wednesday=2024-03-27']],
      [MON, 'The new law takes effect on Friday.', ['Friday=2024-03-29']],
      [MON, 'The festival kicks off Thursday.', ['Thursday=2024-03-28']],
      ['2000-01-15', 'A federal judge ruled Thursday that the case could proceed.', ['Thursday=2000-01-13']],
      ['1998-10-26T22:54', 'Funeral services will be held Tuesday.', ['Tuesday=1998-10-27']],
    ]);
  });
});

describe('news sentences: seasons ahead', () => {
  it('should read a season under way as the one a plan means', () => {
    check([
      [WED, 'The government will present its budget in the spring.', ['the spring=2024-SP']],
      [WED, 'The company will launch the phone next spring.', ['next spring=2025-SP']],
    ]);
  });
});

describe('news sentences: spans of wire and market copy', () => {
  it('should leave punctuation chrono takes in out of the date', () => {
    check([
      ['2008-01-22', 'The Dow fell 128 points, or 1.06%, on Friday.', ['Friday=2008-01-18']],
      [WED, 'The quake struck at 6:14 a.m. local time (2114 GMT Tuesday).', ['6:14 a.m.=2024-03-27T06:14', 'Tuesday=2024-03-26']],
    ]);
  });
});
