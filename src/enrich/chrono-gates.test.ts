import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node';
import { ASKED_PARSERS, parseDates, parsersLackingIn, ungatedParsers } from './chrono-gates.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const REFERENCE = new Date(2015, 5, 1, 12);
const SENTENCES = [
  'The market fell on Monday after the central bank spoke.',
  'Detectives said the gunfire started close to 11:45 p.m. on Dec. 3 last year.',
  'She came two weeks ago and goes home in a few days, by the end of the month.',
  'The FIRST QUARTER of 2014 was weaker than March 2013, officials said yesterday.',
  'Nobody said anything about it at all, and the crowd went home.',
  'The vote is next week; results come out three days later, from 9/29 to 10/2.',
  'A TONIGHT special and an early-morning raid left 12 people hurt.',
  'The filing dated 2014-03-12 was amended on 2014/03/20, on 21.3.2014 and again in 3/2015.',
  'Sales rose 4.5 percent to 1,200 units in 2013 March, and 12 of 30 stores closed.',
  'The market decided in May that the mayor may go on the third of March or March twenty-first.',
  'Mon. and Thurs, on Sat) or (Fri, and the weekend; next Wed. but not the month, a friend, satisfied, Sundays.',
  'He left on a Monday, came back last week and stays until Tue.',
];

/** Dates in figures and figures that are no dates, in the forms the figure-date parsers read and nearly read. */
const FIGURES = [
  '2014-03-12', '2014-3-1T10:20:30Z', '1999 03 04', '2001.12.25', '2001/12/25', '1998 Dec 25', '12/25', '12/25/2014', '3/2015', '03/2015',
  '25.12.14', '1-2', '9/29 to 10/2', 'in 1999 of May', '2014 March', 'March 2014', '4.5 percent', '1,200 units', '12 of 30', 'at 9:45 p.m.',
  'route 66-a', '2014 - 15 season', 'room 12/b', 'Score: 3-1.', '19.99 dollars', '(2014)', 'on 7/4.', '2020-21',
  'March 3', '3 March', 'the first of May', 'Dec. twenty-second', 'May 2014', 'marched 5 miles', '5jan', 'Sept. 30th, 2014',
];

/** Weekdays as chrono-node reads them and words that hold a weekday's letters. */
const WEEKDAYS = [
  'on Monday', 'Mon.', 'mon', 'the TUESDAY after', 'thurs.', 'Thur,', 'sat)', 'lastfriday', 'onsunday', 'Sunday2', 'Sundays', 'the weekend',
  'weekday', 'next week', 'Monday of this week', 'month', 'monitor', 'saturate', 'friend', 'wedding', 'thumb', 'tuesdays', 'sun.',
];

/** chrono-node's casual English with the parsers we ask and its own refiners, ungated: what the gates must give. */
const asked = new chrono.Chrono({ parsers: [...ASKED_PARSERS], refiners: chrono.casual.refiners });
const ungated = (text: string): chrono.ParsedResult[] => asked.parse(text, REFERENCE, { forwardDate: false });

function readings(results: readonly chrono.ParsedResult[]): unknown[] {
  return results.map((r) => [r.index, r.text, r.start.date().getTime(), r.end?.date().getTime() ?? null]);
}

describe('parseDates', () => {
  it('should give what chrono-node gives, with or without date words in the text', () => {
    for (const text of SENTENCES) assert.deepEqual(readings(parseDates(text, REFERENCE, { forwardDate: false })), readings(ungated(text)), text);
  });

  it('should find nothing in a text none of whose words a date needs', () => {
    assert.deepEqual(parseDates('Nobody said anything about it at all.', REFERENCE), []);
  });

  it('should give what chrono-node gives when told the parsers the whole text lacks the words of', () => {
    const text = SENTENCES.join(' ');
    const lacking = parsersLackingIn(text.toLowerCase());
    for (const sentence of SENTENCES) assert.deepEqual(readings(parseDates(sentence, REFERENCE, { forwardDate: false }, lacking)), readings(ungated(sentence)), sentence);
  });

  it('should name the parsers a text lacks the words or the digits of', () => {
    const lacking = parsersLackingIn('nobody said anything about it at all.');
    assert.ok(lacking.has('ENWeekdayParser') && lacking.has('ISOFormatParser'));
    assert.ok(!parsersLackingIn('they met on monday.').has('ENWeekdayParser'));
    assert.ok(!parsersLackingIn('at 9 p.m.').has('ENTimeExpressionParser'));
  });

  it('should let off a parser of dates in figures only a text it reads no date in', () => {
    for (const text of [...FIGURES, ...SENTENCES]) {
      const lacking = parsersLackingIn(text.toLowerCase());
      for (const parser of chrono.casual.parsers) {
        if (!lacking.has(parser.constructor.name)) continue;
        const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
        assert.deepEqual(alone.parse(text, REFERENCE), [], `${parser.constructor.name} on ${text}`);
      }
    }
  });

  it('should read weekdays and month names as chrono-node does, in words that hold their letters too', () => {
    for (const text of [...WEEKDAYS, ...FIGURES]) assert.deepEqual(readings(parseDates(text, REFERENCE, { forwardDate: false })), readings(ungated(text)), text);
  });

  it('should let a sentence with figures but no date in figures off those parsers', () => {
    const lacking = parsersLackingIn('12 people were hurt, 3 of them badly, and 1,200 fled.');
    for (const name of ['ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthDayParser', 'ENYearMonthNameParser']) assert.ok(lacking.has(name), name);
    assert.ok(!lacking.has('ENTimeExpressionParser'));
    assert.ok(!parsersLackingIn('on 9/29').has('SlashDateFormatParser'));
    assert.ok(!parsersLackingIn('filed 2014-03-12').has('ISOFormatParser'));
    // A month's name with no day, in figures or words, is only ENMonthNameParser's.
    const month = parsersLackingIn('the market decided in may');
    assert.ok(month.has('ENMonthNameLittleEndianParser') && month.has('ENMonthNameMiddleEndianParser') && !month.has('ENMonthNameParser'));
    assert.ok(!parsersLackingIn('on the third of march').has('ENMonthNameLittleEndianParser'));
  });

  it('should gate every parser of chrono-node it asks', () => {
    assert.deepEqual(ungatedParsers(), []);
  });

  it('should leave out the four parsers whose readings our rules give', () => {
    const names = ASKED_PARSERS.map((p) => p.constructor.name);
    for (const name of ['ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENTimeUnitWithinFormatParser', 'ENEndOfCurrentMonthParser']) assert.ok(!names.includes(name), name);
    assert.equal(names.length, chrono.casual.parsers.length - 4);
  });
});

describe('the readings of the parsers left out', () => {
  const read = (text: string): string[][] => findTimexes(text, splitSentences(text), referenceFrom('2015-06-10')).map((t) => [t.text, t.value]);

  it('should come from our rules: weeks, months and years before or after, lengths within, the end of the month', () => {
    assert.deepEqual(read('The talks broke down last week and will resume next month.'), [['last week', '2015-W23'], ['next month', '2015-07']]);
    assert.deepEqual(read('Orders this year are below those of the past three years.'), [['this year', '2015'], ['the past three years', 'P3Y']]);
    assert.deepEqual(read('A ruling is expected within a week, and the board meets again in two days.'), [['a week', 'P1W'], ['two days', 'P2D']]);
    assert.deepEqual(read('The final convoy is to leave the base by the end of the month.'), [['the end of the month', '2015-06']]);
    assert.deepEqual(read('Fares rose over the past 3 days and fell over the last 2 weeks.'), [['the past 3 days', 'P3D'], ['the last 2 weeks', 'P2W']]);
  });

  it('should not put words that only look like them on the calendar', () => {
    // chrono-node read these as the publication day, as years ahead ("6 year", the "old" left out) or as a day.
    assert.deepEqual(read('"Today is my last day," he told the clerk, and at the last minute he left.').map(([, v]) => v), ['2015-06-10']);
    assert.deepEqual(read('A 6 year old girl and her 30 year old aunt were hurt.'), []);
    assert.deepEqual(read('He was laughing one minute, and the next he had vanished.').filter(([, v]) => /^\d{4}/.test(v!)), []);
  });
});
