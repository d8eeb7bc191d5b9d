import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Saturday 30 March 2024, 10:13 local time. */
const SATURDAY = referenceFrom('2024-03-30T10:13:00');

function values(text: string, reference = SATURDAY): string[] {
  return findTimexes(text, splitSentences(text), reference).map((t) => t.value);
}

/** Each expression's words and value. */
function readings(text: string, reference = SATURDAY): [string, string][] {
  return findTimexes(text, splitSentences(text), reference).map((t) => [t.text, t.value]);
}

describe('findTimexes', () => {
  it('should read a page with long blank runs in one pass, quoting what it found from the text as given', () => {
    // 200,000 spaces after "Mar" had chrono-node's month patterns and ours try each position: minutes.
    const blank = ' '.repeat(200_000);
    const text = `Police arrested Mar${blank}x in the shooting on March 4. It was ${'\t'.repeat(50_000)}Friday.`;
    const found = findTimexes(text, splitSentences(text), SATURDAY);
    assert.deepEqual(found.map((t) => [t.text, t.value]), [['March 4', '2024-03-04'], ['Friday', '2024-03-29']]);
    for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('should resolve "on Friday" to the Friday before a Saturday publication', () => {
    assert.deepEqual(values('The talks were held on Friday.'), ['2024-03-29']);
  });

  it('should resolve dates against a publication in any year, writing the year in four digits', () => {
    // JavaScript's Date.UTC reads years 0-99 as 1900-1999: "0044" once gave 1944.
    assert.deepEqual(values('Caesar was killed in Rome on Friday. The senate met in August.', referenceFrom('0044-03-15')), ['0044-03-11', '0043-08']);
  });

  it('should resolve "in August" written in March to the August before (chrono alone says the next one)', () => {
    assert.deepEqual(values('The leaders met at a summit in August.'), ['2023-08']);
  });

  it('should resolve "on Sunday" to the past Sunday, not the next day', () => {
    assert.deepEqual(values('Protesters gathered on Sunday.'), ['2024-03-24']);
  });

  it('should read a past clock time later than the publication as the day before', () => {
    // Published at 10:13: a shooting reported at 2:15 p.m. happened the day before.
    assert.deepEqual(values('Police were called to the house at 2:15 p.m.'), ['2024-03-29T14:15']);
    // Published on a day with no time: the report was written by the evening, so only an evening
    // time goes back a day.
    const dayOnly = referenceFrom('2024-03-30');
    assert.deepEqual(values('Neighbours heard the shots at 10:20 p.m.', dayOnly), ['2024-03-29T22:20']);
    assert.deepEqual(values('Police were called to the house at 2:15 p.m.', dayOnly), ['2024-03-30T14:15']);
  });

  it('should give a clock time the day an earlier sentence named', () => {
    assert.deepEqual(values('A woman was killed on Thursday evening. The men came in around 7:15 p.m.'), ['2024-03-28TEV', '2024-03-28T19:15']);
  });

  it('should read "the morning of March 27" as that part of that day, and give a later clock time the day', () => {
    // chrono alone reads it as a bare noon on the publication day.
    assert.deepEqual(values('The boy died on the morning of March 27 around 10 a.m.'), ['2024-03-27TMO', '2024-03-27T10:00']);
    assert.deepEqual(values('He was shot on the night of Friday, March 22.'), ['2024-03-22TNI']);
    // A clock time after the day is kept, and a range's end too.
    assert.deepEqual(values('He was shot the morning of March 27 at 3 a.m.'), ['2024-03-27T03:00']);
    assert.deepEqual(values('The fires burned from the night of March 26 until March 28.'), ['2024-03-26TNI', '2024-03-28']);
  });

  it('should keep a day a few weeks back in this year under a verb of the future that governs something else', () => {
    // "would produce" is the clause's verb before "where"; the blasts were eleven days before.
    assert.deepEqual(values('The agency pledged fresh help for the towns where the Aug. 7 bombings killed 212 people.', referenceFrom('1998-08-18')), ['1998-08-07']);
    assert.deepEqual(values('The agency wanted the child returned by Jan. 14.', referenceFrom('2000-01-15')), ['2000-01-14']);
  });

  it('should read "died", "shot" and "hurt" as past tenses, so a weekday after them is not tomorrow', () => {
    // Published on a Wednesday: with no tense, Thursday would be tomorrow's.
    assert.deepEqual(values('A teen died Friday from a wound he took by accident in his garage Thursday.', referenceFrom('2014-10-01')), ['2014-09-26', '2014-09-25']);
    // Not after a modal or as a noun.
    assert.deepEqual(values('The tariffs will hurt farmers on Tuesday.', referenceFrom('2023-05-10')), ['2023-05-16']);
    assert.deepEqual(values('She will get her booster shot on Friday.', referenceFrom('2023-05-10')), ['2023-05-12']);
  });

  it('should read "a month" after "as long as" or "up to" as a length', () => {
    assert.deepEqual(values('The review may last as long as a month, maybe up to a year.'), ['P1M', 'P1Y']);
  });

  it('should read "as early as" and "were planning to" as looking ahead', () => {
    assert.deepEqual(values('Her aunt might fly to Canada as early as Tuesday.', referenceFrom('2000-04-03')), ['2000-04-04']);
    assert.deepEqual(values('The virus was detected as early as Monday, officials said.', referenceFrom('2023-05-10')), ['2023-05-08']);
    assert.deepEqual(values('Exiles were planning to drive around the airport on Monday.', referenceFrom('2000-01-07')), ['2000-01-10']);
  });

  it('should read the day numbers after a month and day as days of that month, not counts', () => {
    assert.deepEqual(values('Talks were held on March 3, 4 and 5 in Geneva.'), ['2024-03-03', '2024-03-04', '2024-03-05']);
    assert.deepEqual(values('On March 3 and 5 people died.'), ['2024-03-03']);
    assert.deepEqual(values('Ten people were hurt on March 7 and 12 in the second blast.'), ['2024-03-07']);
  });

  it('should read a month that modifies a noun, and not "the weeks before" an event', () => {
    assert.deepEqual(values('Police have evidence in the October slaying.'), ['2023-10']);
    assert.deepEqual(values('The June accession will let the countries vote.'), ['2024-06']);
    assert.deepEqual(values('Crowds joined the March for Life. The March organizers said so.'), []);
    assert.deepEqual(values('His car was seen nearby in the weeks before the shooting.'), []);
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

  it('should mark "today", "yesterday" and "an hour ago" as inferred: they are worked out from the publication time', () => {
    const text = 'The mayor spoke today. He was shot yesterday. Police arrived about an hour ago. It began 3/28/2024.';
    const found = findTimexes(text, splitSentences(text), SATURDAY);
    assert.deepEqual(found.map((t) => [t.value, t.anchoring]), [['2024-03-30', 'inferred'], ['2024-03-29', 'inferred'], ['2024-03-30', 'inferred'], ['2024-03-28', 'stated']]);
  });

  it('should keep a month\'s day followed by a part of the day, which chrono-node read as a clock hour', () => {
    // chrono-node read "Dec. 13 at night" as "13 at night" (1 p.m.) and the date was lost.
    const text = 'The shooting happened Dec. 13 at night. A second one happened March 7 in the morning. The third was Sunday, Jan. 7 at night.';
    const found = findTimexes(text, splitSentences(text), SATURDAY);
    assert.deepEqual(found.map((t) => [t.text, t.value, t.anchoring]), [
      ['Dec. 13', '2023-12-13', 'stated'],
      ['March 7', '2024-03-07', 'stated'],
      ['the morning', '2024-03-07TMO', 'inferred'],
      ['Sunday, Jan. 7', '2024-01-07', 'stated'],
    ]);
  });

  it('should normalise durations in TimeML form', () => {
    assert.deepEqual(values('The strike lasted for three months.'), ['P3M']);
    assert.deepEqual(values('Power returned within 11 hours.'), ['PT11H']);
  });

  it('should give offsets that point at the expression in the text', () => {
    const text = 'Officials said on Friday that the group was launched in December.';
    for (const t of findTimexes(text, splitSentences(text), SATURDAY)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('should read the tense of the verb a date attaches to, before or after it', () => {
    assert.deepEqual(values('On Tuesday, the envoy will fly to Cairo.'), ['2024-04-02']);
    assert.deepEqual(values('The appeal is heard in May.'), ['2024-05']);
    assert.deepEqual(values('The two leaders had met on Monday before the vote.'), ['2024-03-25']);
  });

  it('should not read "are dead following" as a progressive: the weekday after it is past', () => {
    // SATURDAY is the reference: the shooting was the Friday before, not next week's.
    assert.deepEqual(values('Two men died after gunfire Friday night downtown.'), ['2024-03-29TNI']);
    assert.deepEqual(values('The envoy is also traveling to Cairo on Tuesday.'), ['2024-04-02']);
    assert.deepEqual(values('The two leaders are both attending the summit on Friday.'), ['2024-04-05']);
  });

  it('should read a plan in the past perfect as past', () => {
    assert.deepEqual(values('The offer had been due to expire on Monday.'), ['2024-03-25']);
    assert.deepEqual(values('Most members had filed their reports by Wednesday.'), ['2024-03-27']);
  });

  it('should read an intention ("hopes to", "agreed to") as looking ahead', () => {
    assert.deepEqual(values('The minister hopes to sign the accord on Tuesday.'), ['2024-04-02']);
    assert.deepEqual(values('The two sides agreed to meet again on Monday.'), ['2024-04-01']);
  });

  it('should read "runs through" a weekday as looking ahead', () => {
    assert.deepEqual(values('The festival opened on Thursday and runs through Tuesday.'), ['2024-03-28', '2024-04-02']);
  });

  it('should read tomorrow\'s weekday as tomorrow when no verb gives a tense', () => {
    assert.deepEqual(values('Talks with the union, Sunday.'), ['2024-03-31']);
    assert.deepEqual(values('The ministers met Sunday.'), ['2024-03-24']);
  });

  it('should read tomorrow\'s weekday "local time" in an evening article as the place\'s tomorrow', () => {
    // Published at 22:00 on Sunday in New York; it is already Monday in Ulaanbaatar.
    const sundayEvening = referenceFrom('2026-03-15T22:00:00-04:00');
    assert.deepEqual(values('The commission said early Monday local time that the party had won.', sundayEvening), ['2026-03-16']);
    assert.deepEqual(values('The commission said on Monday (local time) that the party had won.', sundayEvening), ['2026-03-16']);
    // Without "local time", a past-tense weekday is still the one before.
    assert.deepEqual(values('The commission said early Monday that the party had won.', sundayEvening), ['2026-03-09']);
    // Published in the morning, "local time" does not make a day ahead.
    assert.deepEqual(values('The commission said early Monday local time that the party had won.', referenceFrom('2026-03-15T08:00:00-04:00')), ['2026-03-09']);
  });

  it('should read a date a few weeks ahead as this year\'s whatever the tense', () => {
    assert.deepEqual(values('The bank extended its offer to April 20.'), ['2024-04-20']);
    assert.deepEqual(values('The buyer agreed to pay the balance in April.'), ['2024-04']);
  });

  it('should mark a clause-final "now" as the present, never as a calendar date', () => {
    assert.deepEqual(values('Officials said they were working now.'), ['PRESENT_REF']);
  });

  it('should leave relative dates unresolved without a reference time', () => {
    assert.deepEqual(values('They met on Friday.', null), []);
    assert.deepEqual(values('They met on 5 May 2021.', null), ['2021-05-05']);
    // chrono reads these against a stand-in instant and calls its year certain: they once came out as
    // 2000-01-01, 1999-12-31 and 2000-01-08.
    for (const text of ['Today he spoke.', 'Yesterday morning it rained.', 'Last year was bad.', 'The next week he went.']) {
      assert.deepEqual(values(text, null), [], text);
    }
    assert.deepEqual(values('He signed on Dec. 22, 2008, and left.', null), ['2008-12-22']);
  });
});

describe('findTimexes on inputs that hold no date', () => {
  for (const text of [
    'Seo Jun-wan led the delegation.',
    'The minister may resign if the vote fails.',
    'Mar-a-Lago hosted the dinner.',
    'Sun Microsystems shipped the new servers.',
    'The second session of the working group ended.',
    'The first half of the match was goalless.',
    'Officials hope this may ease the crisis.',
    'The march began at the square.',
    'The award went to June Carter.',
    'The country imports about three-quarters of its grain.',
    'The crash was remembered as Black Monday.',
    'The firm holds more than a quarter of the market.',
    'He told USA Today that he would run.',
    "She said so on NBC's Today show.",
    'The firm cut its dividend in half and its shares fell 3%.',
  ]) {
    it(`should find nothing in: ${text}`, () => {
      assert.deepEqual(values(text), []);
    });
  }
});

describe('findTimexes on a headline in title case', () => {
  it('should read "Today" after a capitalised word as the day: every word of such a headline is capitalised', () => {
    assert.deepEqual(values('Two Men Shot In Downtown Shooting Today'), ['2024-03-30']);
    assert.deepEqual(values('Suspect Arrested Today In Fatal Stabbing'), ['2024-03-30']);
  });
});

describe('findTimexes in TimeML form', () => {
  const cases: [string, string, string[]][] = [
    ['vague references to the present, past and future', 'Prices are now falling. The mayor recently resigned. The plant will close in the future.', ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']],
    ['durations without "for", hyphenated or with an article', 'It was a three-month inquiry. The two years of talks ended.', ['P3M', 'P2Y']],
    ['a quarter without a year as the latest one of that number', 'Profits rose in the third quarter.', ['2023-Q3']],
    ['a quarter with its year', 'Profits fell in the fourth quarter of 2022.', ['2022-Q4']],
    ['the year-ago quarter as the named quarter a year back', 'Profit rose in the third quarter from the year-ago quarter.', ['2023-Q3', '2022-Q3']],
    ['"a year earlier" after a span of months in its sentence as the year before, not the quarter', 'Profit rose in the fourth quarter from a year earlier. For the nine months, it earned $2 billion, up from $1 billion a year earlier.', ['2023-Q4', '2022-Q4', 'P9M', '2023']],
    ['the year-ago period as the reported quarter a year back, not a forecast one', 'Profit fell in the fourth quarter. Losses will last through the second quarter of 2025. In the year-ago period, it earned $1 million.', ['2023-Q4', '2025-Q2', '2022-Q4']],
    ['seasons', 'The bridge opened last summer.', ['2023-SU']],
    ['weeks as ISO weeks', 'The vote took place last week. The exhibition closed this week.', ['2024-W12', '2024-W13']],
    ['parts of the day', 'Shots were heard this morning and again last night.', ['2024-03-30TMO', '2024-03-29TNI']],
    ['years and months named from the publication day', 'Sales fell last year. The law takes effect next month.', ['2023', '2024-04']],
    ['"ago" at the precision of its unit, weeks as the day that many weeks back', 'The dam burst a year ago. The levee failed three weeks ago. The road closed two days ago.', ['2023', '2024-03-09', '2024-03-28']],
    ['decades and centuries', 'Crime fell in the 1990s. The mill was built in the 19th century.', ['199', '18']],
    ['sets', 'The buses run every week. The market opens each Thursday. Members pay $40 a year.', ['P1W', 'XXXX-WXX-4', 'P1Y']],
    ['two-digit and fiscal years', "Prices have risen since '97. Results for fiscal 2023 were weak.", ['1997', '2023']],
    ['a month or season before a spoken year as part of it', 'January nineteen ninety-seven. Denver once more. Rents dropped back to where they stood in the spring of nineteen ninety-four.', ['1997-01', '1994-SP']],
    ['years as broadcasts spell them', 'In nineteen ninety-six the case was heard. Numbers fell through the nineties.', ['1996', '199']],
    ['times with a zone on the publication day', 'The vote closes at 3 p.m. EST.', ['2024-03-30T15:00']],
    ['deadlines and expiries ahead of the publication day', 'The offer expires April 5. The dividend goes to holders of record April 12.', ['2024-04-05', '2024-04-12']],
    ['a weekday after "drive-by", which is no deadline', 'Two teens were hurt in a drive-by Wednesday night. Rent is due by Friday.', ['2024-03-27TNI', '2024-04-05']],
    ['a date naming an incident as past, whatever the verb', 'Police are investigating a Thursday shooting. Deputies are investigating a crash early Friday. He is charged in a March 3 robbery. Police seek a man who broke out Tuesday.', ['2024-03-28', '2024-03-29', '2024-03-03', '2024-03-26']],
    ['a weekday after an ongoing inquiry or recovery, a victim\'s state or "would-be" as past, not ahead', 'Deputies are investigating gunfire that hit a teenager Sunday night. A girl is recovering after she shot herself in the foot by mistake Wednesday. Two men are injured Friday after a fight at a bar. A clerk was shot by a would-be robber Monday night.', ['2024-03-24TNI', '2024-03-27', '2024-03-29', '2024-03-25TNI']],
    ['a plan after "calling for", "asking ... to" or "looking to" as ahead; "calling" an incident as past', 'Organizers are calling for a march Tuesday. The family is asking people to attend a vigil Friday. Officials are looking to reopen the road Thursday. Police are calling the shooting of a teenager at a park Monday an accident.', ['2024-04-02', '2024-04-05', '2024-04-04', '2024-03-25']],
    ['midnight as the end of its day, a bare one as the night before the report', 'Shots rang out around midnight. A man was stabbed just after midnight. The bar closed shortly before midnight Thursday.', ['2024-03-29T24:00', '2024-03-30T00:00', '2024-03-28T24:00']],
    ['no year in a block or house number', 'Police went to the 1900 block of Main St. and to 2012 N. Oak Ave. in 2019.', ['2019']],
    ['the day after "the early morning hours of", not the publication day', 'The crash came in the early morning hours of Thursday. Another came early morning March 3.', ['2024-03-28', '2024-03-03']],
    ['a weekday dated in apposition as that date, whatever the week', 'It happened Saturday night, March 16.', ['2024-03-16TNI', '2024-03-16']],
    // A holiday's weekend is that weekend (timex-holidays.ts, twenty-fourth round); Easter Sunday 2024 fell in W13.
    ['"weekend" before a noun as the weekend, not a Saturday; a holiday\'s weekend as the weekend', '2 killed in weekend shootings. Traffic was heavy on Easter weekend.', ['2024-W13-WE', '2024-W13-WE']],
    ['a police clock time in hours on the day named before', 'On March 3, officers arrived at about 0215 hours. He served 1500 hours of community service. Police were called at 2230 hours.', ['2024-03-03', '2024-03-03T02:15', 'PT1500H', '2024-03-03T22:30']],
    ['an evening police clock time with no day named as the night before the report', 'Police were called at 2230 hours.', ['2024-03-29T22:30']],
    ['a clock time "this morning" on the publication day, not the day named before', 'The fair ran through Thursday. A man was shot at 7 a.m. this morning.', ['2024-03-28', '2024-03-30T07:00']],
    ['a clock time over the part of the day it falls in', 'He was shot at 10 p.m. last night. It began March 3 at 9 in the morning. It ended about 2 in the morning March 4.', ['2024-03-29T22:00', '2024-03-03T09:00', '2024-03-04T02:00']],
    ['both ends of a range of years, and a year before a sentence\'s length', 'He served from 2012 to 2015 and again 2018-2020. He was sentenced in 2021 to 10 years.', ['2012', '2015', '2018', '2020', '2021', 'P10Y']],
    ['a part of the day named from the day the story last named', 'He was shot March 3. He died that night. His brother was arrested the next morning.', ['2024-03-03', '2024-03-03TNI', '2024-03-04TMO']],
    ['a small-hours clock time after a night or an eve named before as the next day\'s, an evening one as that night\'s', 'A party went on Thursday night. Shots were fired at 12:40 a.m. A fight began on New Year\'s Eve, and a man was shot just after midnight. He was hurt Thursday night. The call came at 11 p.m.', ['2024-03-28TNI', '2024-03-29T00:40', '2023-12-31', '2024-01-01T00:00', '2024-03-28TNI', '2024-03-28T23:00']],
    // The clock is on the day written after it (timex-clock-day.ts; it had taken March 3, a day early).
    ['"the next day" from the day named, not from a clock time\'s guessed day', 'She was wounded March 3 and was pronounced dead at 2:40 a.m. the next day.', ['2024-03-03', '2024-03-04T02:40', '2024-03-04']],
    ['a scheduled meeting ahead with an adverb between its verb and the weekday', 'Netanyahu and Arafat meet separately Monday with the envoy.', ['2024-04-01']],
    ['a scheduled trial or service ahead, whatever the present tense', 'His trial is set for Feb. 10. Services are Monday at 11 a.m.', ['2025-02-10', '2024-04-01T11:00']],
    ['a season before its year, a day before "last year", a month and day in figures after "on"', 'It happened in fall 2015. It also happened Dec. 3 last year, and on 3/12 in figures.', ['2015-FA', '2023-12-03', '2023', '2024-03-12']],
    ['both ends of a range', 'The fair ran from March 4 to March 8.', ['2024-03-04', '2024-03-08']],
    ['dates named from the last date the story gave', 'The dam was built in 1958. The following year it cracked, and that year the town flooded.', ['1958', '1959', '1959']],
    ['a day before or after a date in the same sentence', 'The envoy landed on June 4, 2021, left the day before the vote and returned the next day.', ['2021-06-04', '2021-06-03', '2021-06-04']],
    ['number words in the teens and tens', 'The crew spent seventeen days at sea.', ['P17D']],
    ['a year after "mid-"', 'The mine closed in mid-2019.', ['2019']],
    ['half-years, with a year or the latest of that number', 'Sales rose in the first half of 2022 and fell in the second half.', ['2022-H1', '2023-H2']],
    ['"the latest period" as the quarter a results story named', 'Profit rose in the third quarter. Sales in the latest period were flat.', ['2023-Q3', '2023-Q3']],
    ['"as soon as possible" as the future', 'The council wants the road reopened as soon as possible.', ['FUTURE_REF']],
    ['a length before "later", "after" or "before" as a duration', 'Three days later the rebels withdrew. The deal closed a month after the vote.', ['P3D', 'P1M']],
    ['"this summer" said in spring as the summer ahead', 'Talks resume this summer.', ['2024-SU']],
    ['"the 2022 quarter" as that year\'s quarter of the number last named', 'Profit rose in the third quarter. It fell in the 2022 quarter.', ['2023-Q3', '2022-Q3']],
    ['"the past year" and "the last decade" as the year and decade before', 'Crime fell over the past year. Wages stagnated in the last decade.', ['2023', '201']],
    ['"the past decade" as the ten years up to now', 'Violence has grown over the past decade.', ['P10Y']],
    ['"next century" as a century', 'The plan runs into the next century.', ['21']],
    ['"the first half of the year" as this year\'s', 'Bakery sales climbed in the first half of the year.', ['2024-H1']],
    ['"the end of" a month as that month, not its last day', 'The offer expires at the end of April. Talks ended by the end of the month.', ['2024-04', '2024-03']],
    ['"the beginning of the year" as this year', 'Ticket prices have doubled since the beginning of the year.', ['2024']],
    ['"one day" after a modal as the future', 'The region will one day be a hub.', ['FUTURE_REF']],
    ['a month name after "for" or "to"', 'The job figures for January were revised.', ['2024-01']],
    ['both days of a hyphenated range, and a range across months', 'The summit is scheduled for April 3-5. The fair ran Feb. 27-March 2.', ['2024-04-03', '2024-04-05', '2024-02-27', '2024-03-02']],
    ['a clock time on the day its sentence named, in UTC as Z', 'The rocket lifted off on Tuesday in Florida at 18:00 UTC.', ['2024-03-26', '2024-03-26T18:00Z']],
    ['a sentence whose only time word is "hour" or "minute"', 'After a two-hour meeting, the envoy spoke. Rescuers arrived in less than one hour.', ['PT2H', 'PT1H']],
    ['half units in the next smaller unit', 'The ferry ran for 3 1/2 years. An hour and a half later, the bell rang.', ['P3Y6M', 'PT1H30M']],
    ['"-long" lengths', 'The decade-long war ended after years-long talks.', ['P10Y', 'PXY']],
    ['a length of time ended by what follows ("after months of talks")', 'The deal follows months of haggling. After years of war, the country votes. In years of plenty the granaries fill.', ['PXM', 'PXY']],
    ['decades spelled out', 'Crime fell in the sixties.', ['196']],
    ['"for the year" as this year, "the year ended" as a length', 'For the year, volume was flat. Net income for the year ended March 1 rose.', ['2024', 'P1Y', '2024-03-01']],
    ['"the coming days" as the future, as "the coming weeks" is', 'More arrests are expected in the coming days.', ['FUTURE_REF']],
    ['"the near term" and "a later date" as the future', 'Prices may fall in the near term. The firm will raise funds at a later date.', ['FUTURE_REF', 'FUTURE_REF']],
    ['a season with "early" or "late" after the article', 'Demand has risen since the late summer.', ['2023-SU']],
    ['"later in the day" as the day the story last named, not tomorrow', 'The talks ended on Tuesday. Later in the day, the envoy left.', ['2024-03-26', '2024-03-26']],
    ['"half a century" and "half an hour" as lengths', 'It was the worst drought in half a century. The crew waited half an hour.', ['P50Y', 'PT30M']],
    ['"a second day" as an ordinal, not a second', 'Fighting continued for a second day on Friday.', ['2024-03-29']],
    ['parts of the day and weekends that recur as sets', 'Protesters gathered every night. The club meets every weekend.', ['XXXX-XX-XXTNI', 'XXXX-WXX-WE']],
    ['the end of the decade and the turn of the century', 'The treaty expires at the end of the decade. The tower dates from the turn of the century.', ['202', '20']],
    ['trading and business days as days', 'Shares fell for five trading days. The refund takes ten business days.', ['P5D', 'P10D']],
    ['a bare part of the day on the day the story last named', 'Stocks fell on Thursday. Buyers returned in the afternoon.', ['2024-03-28', '2024-03-28TAF']],
    ['a bare part of the day after "by" on the publication day', 'By mid afternoon, the crowd had gone.', ['2024-03-30TAF']],
    ['a weekday that chrono misreads as a range after "the week to"', 'Shares slid in the week to Friday.', ['2024-03-29']],
    ['a month after "this year through"', 'Sales rose this year through February.', ['2024', '2024-02']],
    ['a day and month that chrono misreads as a range with a length', 'The jet first flew on 11 December -- four years late.', ['2023-12-11', 'P4Y']],
    ['"quarters of losses" as a length, "quarters of its sales" as a share', 'It turned a profit after several quarters of losses. Exports made up three quarters of its sales.', ['PXQ']],
    ['a bare length that chrono reads as a date ahead', 'The company lost money for several quarters.', ['PXQ']],
    ['"this quarter" before any quarter is named as the one under way', 'The stock has lost 40% this quarter.', ['2024-Q1']],
    ['"for the fiscal year" as this year, "the latest fiscal year" as the last', 'Earnings will fall for the fiscal year. Sales rose in the latest fiscal year.', ['2024', '2023']],
    ['"most recent" as a rank, not a time', 'The most recent model sold well.', []],
    ['quarters abbreviated as financial news writes them', 'Sales fell in Q4 and in Q2 2023. The Audi Q3 sold well.', ['2023-Q4', '2023-Q2']],
    ['"the financial year" as "the fiscal year"', 'Profit will fall for the financial year.', ['2024']],
    ['"the year to March" as a length ending then', 'Profit rose in the year to March.', ['P1Y', '2024-03']],
    ['"earlier in the week" as the week of the day the story last named', 'Stocks fell on Thursday. Earlier in the week, the bank cut rates.', ['2024-03-28', '2024-W13']],
    ['a weekday after a price without the price', 'The shares closed at $3.50 on Friday.', ['2024-03-29']],
    ['a date with no tense in its clause as the tense of the date before it', 'Flights will start on April 2, with a third weekly service to Sydney departing from Perth from August 6.', ['2024-04-02', '2024-08-06']],
    ['a date after an "un-...-ed" adjective by the verb before it', 'The dividend will be paid on an unspecified date in July.', ['2024-07']],
    ['a weekday in the plural as a set', 'The museum is closed on Mondays.', ['XXXX-WXX-1']],
    ['weekday nights in the plural as sets, the first of a pair too', 'Two flights leave on Monday and Tuesday nights.', ['XXXX-WXX-1TNI', 'XXXX-WXX-2TNI']],
    ['"the previous Friday" as the Friday before the day the story last named', 'Stocks fell on Friday, 4.5% below the previous Friday.', ['2024-03-29', '2024-03-22']],
    ['"the following Monday" as the Monday after the day the story last named', 'The talks ended on March 12. The following Monday the envoy left.', ['2024-03-12', '2024-03-18']],
    ['a date after "succeed" as the future ("-eed" is no past tense)', 'The deputy will succeed the chairman July 1.', ['2024-07-01']],
  ];
  for (const [behaviour, text, expected] of cases) {
    it(`should read ${behaviour}`, () => {
      assert.deepEqual(values(text), expected);
    });
  }

  it('should not read a price as a time of day', () => {
    assert.deepEqual(values('The shares closed at $1.35 a share.'), []);
  });

  it('should give types beside values', () => {
    const text = 'The strike lasted for three months. The buses run every week. Shots were heard this morning.';
    assert.deepEqual(findTimexes(text, splitSentences(text), SATURDAY).map((t) => t.type), ['DURATION', 'SET', 'TIME']);
  });

  it('should leave leading prepositions out of the span', () => {
    const text = 'The talks were held on Friday.';
    assert.deepEqual(findTimexes(text, splitSentences(text), SATURDAY).map((t) => t.text), ['Friday']);
  });
  it('should read "the final quarter" with its year as the fourth, and leave it alone without one (a game has one too)', () => {
    assert.deepEqual(values('Housing starts rose in the final quarter of 2023.'), ['2023-Q4']);
    assert.deepEqual(values('The stock rose in the final quarter of last year.'), ['2023-Q4']);
    assert.deepEqual(values('The Bears scored twice in the final quarter.'), []);
  });

  it('should read "FY2023" as the fiscal year, written as the year', () => {
    assert.deepEqual(values('Sales fell in FY2023 and will rise in FY 25.'), ['2023', '2025']);
  });

  it('should read "later in the year" as this year, as "earlier in the year"', () => {
    assert.deepEqual(values('The deal is expected to close later in the year.'), ['2024']);
  });

  it('should read "this past week" as the week before, not a day (chrono read a day a week back)', () => {
    assert.deepEqual(values('Shares fell this past week.'), ['2024-W12']);
  });

  it('should read "by the end of the day" and "the end of the trading day" as the day the story named, not the idiom', () => {
    assert.deepEqual(values('The index fell on Thursday and had lost 7% by the end of the day.'), ['2024-03-28', '2024-03-28']);
    assert.deepEqual(values('At the end of the trading day, the index was down.'), ['2024-03-30']);
    assert.deepEqual(values('At the end of the day, it is about trust.'), []);
  });

  it('should read "for the day" in a market report as the day the story named', () => {
    assert.deepEqual(values('The Dow fell 777 points on Monday. For the day, volume was heavy.'), ['2024-03-25', '2024-03-25']);
    assert.deepEqual(values('She stayed home for the day of the vote.'), []);
  });

  it('should read "on the day" closing a market move as the day the story named, and leave it elsewhere', () => {
    assert.deepEqual(values('The Dow fell 777 points on Monday. The Nasdaq lost 9% on the day.'), ['2024-03-25', '2024-03-25']);
    assert.deepEqual(values('Shares of the lender ended 12 cents higher on the day, at $4.10.'), ['2024-03-30']);
    assert.deepEqual(values('The mayor was not in town on the day.'), []);
    assert.deepEqual(values('The index fell 3% on the day of the vote.'), []);
  });

  it('should read the weekday that ends a reported week as the one just past or today, not next week\'s', () => {
    // chrono put this Friday in its range's start on some reference days and in its end on others.
    assert.deepEqual(values('Stocks fell in the week to Friday.', referenceFrom('2024-05-15')), ['2024-05-10']);
    // Said on a Thursday with no verb of tense, Friday is not tomorrow: the week reported on is over.
    assert.deepEqual(values('Shares slid in the week through Friday.', referenceFrom('2024-05-16')), ['2024-05-10']);
    assert.deepEqual(values('Shares slid in the week to Friday.', referenceFrom('2024-05-17')), ['2024-05-17']);
    assert.deepEqual(values('Shares are expected to rise in the week to Friday.', referenceFrom('2024-05-15')), ['2024-05-17']);
  });

  it('should read a record reached on a weekday as past, not as a deadline ("holders of record Nov. 10" is one)', () => {
    assert.deepEqual(values('Oil rose to a record on Monday.', referenceFrom('2024-05-15')), ['2024-05-13']);
    assert.deepEqual(values('The dividend is payable Dec. 1 to holders of record Nov. 10.', referenceFrom('2024-10-15')), ['2024-12-01', '2024-11-10']);
  });

  it('should give a part of the day in a market report the day named after it ("afternoon trading on Tuesday")', () => {
    assert.deepEqual(values('Shares recovered in afternoon trading on Tuesday.', referenceFrom('2024-05-15')), ['2024-05-14']);
  });

  it('should not read "the last week of June" or "the last year of his term" as the week or year before now', () => {
    assert.deepEqual(values('The results are due in the last week of June.', referenceFrom('2024-05-15')), ['2024-06']);
    assert.deepEqual(values('She served in the last year of his term.', referenceFrom('2024-05-15')), []);
    assert.deepEqual(values('Prices fell in the last week.', referenceFrom('2024-05-15')), ['2024-W19']);
  });

  it('should read "overnight" as the night before the day the story named, not an overnight rate or stay', () => {
    assert.deepEqual(values('Paris stocks slid on Friday, dragged by overnight declines on Wall Street.'), ['2024-03-29', '2024-03-28TNI']);
    assert.deepEqual(values('Asian markets fell overnight.'), ['2024-03-29TNI']);
    assert.deepEqual(values('The bank raised its overnight rate. He booked an overnight stay.'), []);
    // A crime overnight in a morning report is as often after midnight as before: no market, no reading.
    assert.deepEqual(values('A man was shot overnight in Dayton, police said.'), []);
  });
  it('should read "a fortnight" as two weeks, and "a fortnight ago" as the week two back', () => {
    assert.deepEqual(values('The inquiry will report within a fortnight.'), ['P2W']);
    assert.deepEqual(values('The ferry sank a fortnight ago.'), ['2024-W11']);
  });

  it('should read "the 1800s" as a century, and "a century ago" as the century before', () => {
    assert.deepEqual(values('Mills were built along the river in the 1800s.'), ['18']);
    assert.deepEqual(values('The bridge opened a century ago.'), ['19']);
  });

  it('should read "for centuries" as a length of centuries and "the past century" as the hundred years to now', () => {
    assert.deepEqual(values('The town has made glass for centuries.'), ['PXC']);
    assert.deepEqual(values('It was the worst flood of the past century.'), ['P100Y']);
  });

  it('should read "every summer" and "on a daily basis" as sets', () => {
    assert.deepEqual(values('The fair returns every summer.'), ['XXXX-SU']);
    assert.deepEqual(values('Officers check the files on a daily basis.'), ['P1D']);
  });

  it('should read "since year-end" as the end of last year', () => {
    assert.deepEqual(values('The index has gained 6% since year-end.'), ['2023-12-31']);
  });

  it('should read "the then-current price" as a past reference', () => {
    assert.deepEqual(values('Holders could buy shares at half the then-current price.'), ['PAST_REF']);
  });

  it('should read an ordinal day said in the present ("it is the third day of") as the publication day', () => {
    assert.deepEqual(values("It's the third day of the walkout at the port."), ['2024-03-30']);
  });
  it('should read "this weekend" as the weekend of the publication week, whatever the tense', () => {
    // Saturday 30 March 2024 is in ISO week 13; said on the Monday after, "this weekend" is week 14's.
    assert.deepEqual(values('Crowds gathered this weekend.'), ['2024-W13-WE']);
    assert.deepEqual(values('Crowds gathered this weekend.', referenceFrom('2024-04-01')), ['2024-W14-WE']);
  });

  it('should read "ahead of the weekend" as the coming weekend, and "a weekend of talks" as no date', () => {
    assert.deepEqual(values('Traders sold ahead of the weekend.', referenceFrom('2024-03-27')), ['2024-W13-WE']);
    assert.deepEqual(values('After a weekend of talks, the unions agreed.'), []);
  });

  it('should not read the verb "last" after a modal as a past tense', () => {
    assert.deepEqual(values('The ceasefire will last through the weekend.', referenceFrom('2024-03-27')), ['2024-W13-WE']);
  });

  it('should not date "today\'s world" or "the leaders of tomorrow", the present and future in general', () => {
    assert.deepEqual(values("Schools must prepare the leaders of tomorrow for today's world."), []);
    assert.deepEqual(values("The mayor spoke in today's session."), ['2024-03-30']);
  });
  it('should read "last weekend" as the weekend that closed last week', () => {
    // Wednesday 27 March 2024 is in ISO week 13: last weekend is 23-24 March, week 12's.
    assert.deepEqual(values('Protests spread last weekend.', referenceFrom('2024-03-27')), ['2024-W12-WE']);
  });

  it('should read "May" as the month after "late", "mid-", "the end of" or "since", and not the modal or a name', () => {
    assert.deepEqual(values('The plant closed in late May. Sales have slumped since May.', referenceFrom('2024-09-10')), ['2024-05', '2024-05']);
    assert.deepEqual(values('It may rain. Theresa May spoke.', referenceFrom('2024-09-10')), []);
  });

  it('should read "May" after "scheduled for" and as the first month of a range, and not a name after "for" or "between"', () => {
    // chrono-node had read nothing in the first, and only the second month of each range.
    assert.deepEqual(values('The annual meeting is scheduled for May.', referenceFrom('2024-09-10')), ['2025-05']);
    assert.deepEqual(values('Between May and August prices rose.', referenceFrom('2024-09-10')), ['2024-05', '2024-08']);
    assert.deepEqual(values('From May to July, sales fell.', referenceFrom('2024-09-10')), ['2024-05', '2024-07']);
    assert.deepEqual(values('It was a victory for May. Talks between May and Merkel ended.', referenceFrom('2024-09-10')), []);
  });

  it('should read a day after "since" as past even when this year\'s would be a few weeks ahead', () => {
    assert.deepEqual(values('He has been held since April 20.', referenceFrom('2024-04-10')), ['2023-04-20']);
    assert.deepEqual(values('He has been held since May.', referenceFrom('2024-04-10')), ['2023-05']);
  });
  it('should take "early", "late" or "mid-" into the span, as TimeML does, but not "as early as"', () => {
    const text = 'Talks began in early March, stalled in mid-2023 and resumed late Friday. A deal could come as early as Monday.';
    const found = findTimexes(text, splitSentences(text), SATURDAY).map((t) => [t.text, t.value]);
    assert.deepEqual(found, [['early March', '2024-03'], ['mid-2023', '2023'], ['late Friday', '2024-03-29'], ['Monday', '2024-04-01']]);
  });
  it('should read "now" in "between now and" as the present, and leave "from now" to the length before it', () => {
    assert.deepEqual(values('He will not be moved between now and April 10.'), ['PRESENT_REF', '2024-04-10']);
    assert.deepEqual(values('The vote comes two weeks from now.'), ['2024-04-13']);
  });
  it('should read a possessive weekday before a thing done as past under a future verb, but not one awaited', () => {
    assert.deepEqual(values("The family will appeal Thursday's ruling."), ['2024-03-28']);
    assert.deepEqual(values("Police would not comment on Friday's shooting."), ['2024-03-29']);
    assert.deepEqual(values("Parties will campaign ahead of Tuesday's vote."), ['2024-04-02']);
  });
  it('should take the tense from a modal up to about fifteen words before the date, but not from a plan that far', () => {
    assert.deepEqual(values('Major Ada Kettering will lead a supply flight to the research station on a mission in December.'), ['2024-12']);
    assert.deepEqual(values('The three states first agreed to talk in this format at a foreign ministers meeting in Oslo in June.'), ['2023-06']);
  });
  it('should read a date after "until" or "through" as ahead where no verb says when', () => {
    assert.deepEqual(values('The lenders extended the firm $90 million in credit through January.'), ['2025-01']);
    assert.deepEqual(values('Sales rose sharply through January.'), ['2024-01']);
  });
  it('should read a month before a thing done or agreed ("a June agreement") as past under a present tense', () => {
    assert.deepEqual(values('The chain still hopes to find a buyer under a June deal with its banks.'), ['2023-06']);
    assert.deepEqual(values('The company is preparing for a June launch of the phone.'), ['2024-06']);
  });
  it('should read the adverb "soon" as the future, but not "as soon as", "soon after" or "soon" in a past narrative', () => {
    assert.deepEqual(values('Prosecutors may soon seek an indictment.'), ['FUTURE_REF']);
    assert.deepEqual(values('It is too soon to say. Soon after the vote, the body was soon dissolved.'), []);
  });
  it('should not read a model year before a make, nor a count before what it counts, as a year', () => {
    assert.deepEqual(values("Her 1998 Honda Civic was found. The 2007 model was stolen."), []);
    assert.deepEqual(values('About 1500 troops left. In 2000 people voted.'), ['2000']);
  });
  it('should not read a toll of thousands as a year ("1,400 dead and 2000 injured", "2000 were killed"), but a year before harm to others', () => {
    assert.deepEqual(values('The blast left 1,400 dead and 2000 injured. At least 2000 were killed in the quake.'), []);
    assert.deepEqual(values('A quake in 2000 injured 40 people. The floods of 2000 were deadly.'), ['2000', '2000']);
  });
  it('should not read a paper or a show named for its day as a date', () => {
    assert.deepEqual(values('He watched Saturday Night Live and read the Sunday Times, as The Mail on Sunday reported.'), []);
    assert.deepEqual(values('On Sunday Times Square was crowded, and on Sunday night it rained.'), ['2024-03-24', '2024-03-24TNI']);
  });
  it('should read "this day" as the publication day, "to this day" as the present, "this day in 1945" as that year\'s day', () => {
    // chrono-node reads "this day" with no field certain, and the year alone had come out.
    assert.deepEqual(values('This day will be remembered.'), ['2024-03-30']);
    assert.deepEqual(values('To this day, nobody knows. In this day and age, few write letters.'), ['PRESENT_REF', 'PRESENT_REF']);
    assert.deepEqual(values('On this day in 1945, the bridge fell.'), ['1945-03-30']);
  });
  it('should not read a comparison of like periods ("quarter-to-quarter", "year-over-year") as a period', () => {
    assert.deepEqual(values('Quarter-to-quarter growth slowed, and month-on-month orders fell.'), []);
    assert.deepEqual(values('Sales fell in the first quarter on a year-over-year basis.'), ['2024-Q1']);
  });
  it('should not read a year before the singular "year" as a count of years ("the 2009 year-end" is that year)', () => {
    // "the 2009 year-on-year figures" had been 2,009 years; a count of years takes the plural.
    assert.deepEqual(values('The 2009 year-end results were restated.'), ['2009']);
    // Whole thousands of years are millennia, as TimeBank writes them ("more than two thousand years" P2L).
    assert.deepEqual(values('The craft has been passed down for 2000 years.'), ['P2L']);
  });
  it('should read "the first two quarters of 1991" as the half-year, not two quarters beside a year', () => {
    assert.deepEqual(values('Orders will stay soft through the first two quarters of 1991.'), ['1991-H1']);
    assert.deepEqual(values('Margins widened in the last two quarters of last year.'), ['2023-H2']);
  });

  it('should read a clock time before a day and its part as one time, the part setting the half of the day', () => {
    // chrono read "7:30 Tuesday" and the rules "Tuesday morning": the part alone had won, losing the clock.
    assert.deepEqual(values('The body was discovered about 7:30 Tuesday morning.'), ['2024-03-26T07:30']);
    assert.deepEqual(values('Shots were fired at 8:15 Friday evening.'), ['2024-03-29T20:15']);
    // A night's small hours are the next calendar day's.
    assert.deepEqual(values('The fight broke out at 1:30 Friday night.'), ['2024-03-30T01:30']);
    // A clock with its own a.m. or p.m. keeps it.
    assert.deepEqual(values('The alarm sounded at 7:10 a.m. Tuesday.'), ['2024-03-26T07:10']);
  });
  it('should keep a clock with its own a.m. or p.m. before a day and its part, over the part alone', () => {
    // The part of the day alone ("Wednesday night", TNI) had won, and the clock was lost.
    assert.deepEqual(readings('Deputies said the pileup took place around 6:50 p.m. Wednesday night by the overpass.'), [['6:50 p.m. Wednesday night', '2024-03-27T18:50']]);
    assert.deepEqual(values('The store was robbed at 2 a.m. Sunday morning, the owner said.'), ['2024-03-24T02:00']);
    assert.deepEqual(values('The meeting ended at 4:15 p.m. Thursday afternoon.'), ['2024-03-28T16:15']);
  });

  it('should give the first clock time of a range the day its end names', () => {
    assert.deepEqual(values('A man was hurt on Monday. Police said the attack happened between 10 p.m. and 11 p.m. Friday.'), ['2024-03-25', '2024-03-29T22:00', '2024-03-29T23:00']);
  });
});


describe('clocks whose a.m. or p.m. is written oddly', () => {
  it('should read "p.m" with no closing dot as p.m., with the date after it', () => {
    // chrono-node had read "10:45 p" and put it on the day named before; the date after it was apart.
    assert.deepEqual(readings('A neighbor called in the barn fire at 11:25 p.m Nov. 2.'), [['11:25 p.m Nov. 2', '2023-11-02T23:25']]);
    assert.deepEqual(readings('The bridge reopened at 6 a.m Thursday.'), [['6 a.m Thursday', '2024-03-28T06:00']]);
  });

  it('should read a tokenised "p. m." and a blank after the colon', () => {
    assert.deepEqual(readings('The bus overturned a little after 8:50 p. m. Thursday on the highway.'), [['8:50 p. m. Thursday', '2024-03-28T20:50']]);
    assert.deepEqual(readings('The store opened at 9 a. m. on Friday.'), [['9 a. m. on Friday', '2024-03-29T09:00']]);
    assert.deepEqual(readings('Friday, March 29, 2024 @ 7: 12pm'), [['Friday, March 29, 2024', '2024-03-29'], ['7: 12pm', '2024-03-29T19:12']]);
  });

  it('should leave "p.m" alone where no figure stands before it', () => {
    assert.deepEqual(values('The p.m shift at the plant was cut on Friday.'), ['2024-03-29']);
  });
});

describe('a clock with no a.m. or p.m. after an evening or a night', () => {
  it('should read it in the second half of the day', () => {
    assert.deepEqual(values('A boy was hurt Thursday night. It happened around 6:30 near the park.'), ['2024-03-28TNI', '2024-03-28T18:30']);
    assert.deepEqual(values('A fire broke out Tuesday evening. Crews arrived at 7:15 and put it out.'), ['2024-03-26TEV', '2024-03-26T19:15']);
  });

  it('should leave a morning\'s clock, a clock with its half and a night\'s small hours as they are', () => {
    assert.deepEqual(values('A boy was hurt Thursday morning. It happened around 6:30 near the park.'), ['2024-03-28TMO', '2024-03-28T06:30']);
    assert.deepEqual(values('A boy was hurt Thursday night. Police came at 1:30 and left.'), ['2024-03-28TNI', '2024-03-29T01:30']);
  });
});

describe('a web address in the text', () => {
  it('should read no time expression inside it', () => {
    assert.deepEqual(readings('Read more: https://news.example.com/local/2024/03/29/recent-storm-damage-today/ for photos.'), []);
    assert.deepEqual(readings('See www.example.org/2023-11-02/report now.'), [['now', 'PRESENT_REF']]);
  });

  it('should still read a date beside an address', () => {
    assert.deepEqual(readings('The report was posted on March 29 at https://example.com/report.'), [['March 29', '2024-03-29']]);
  });
});

describe('a clock with its a.m. written on the figure', () => {
  it('should keep "6am" and "5am" after a night in the morning', () => {
    // "am" written on the figure had not been seen as a half of the day, and "6am" had become 18:00.
    assert.match(values('A boy was hurt Thursday night. He was seen at 6am near the park.')[1]!, /T06:00$/);
    assert.deepEqual(values('A boy was hurt Thursday night. He died at 5am in the hospital.'), ['2024-03-28TNI', '2024-03-29T05:00']);
  });
});
