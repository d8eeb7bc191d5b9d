/**
 * chrono-node's casual English parser, with each of its parsers skipped on a text that lacks every word
 * (or a digit) its pattern cannot match without. chrono scans each text with all eighteen patterns,
 * most of them led by `(\W|^)` and a case-blind alternation that is tried at every position; a test
 * for a few literals in the lower-cased text costs far less. A gate only ever lets a parser off a text
 * where its pattern finds nothing, so the results are chrono's own.
 */
import * as chrono from 'chrono-node';
import { holdsAny } from './word-gate.js';

/**
 * Per parser (by class name), what any match of its pattern holds: a digit, or one of the words
 * (lower case; the patterns are case-blind, and an ASCII letter matches them only as its own lower or
 * upper case). A parser not named here always runs.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const GATES: Record<string, 'digit' | readonly string[]> = {
  ENYearMonthDayParser: 'digit',
  ISOFormatParser: 'digit',
  SlashDateFormatParser: 'digit',
  ENSlashMonthFormatParser: 'digit',
  ENTimeExpressionParser: 'digit',
  ENYearMonthNameParser: 'digit',
  ENMonthNameLittleEndianParser: MONTHS,
  ENMonthNameMiddleEndianParser: MONTHS,
  ENMonthNameParser: MONTHS,
  // Every weekday's name and abbreviation starts with one of these; "weekend" and "weekday" hold "week".
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  // "last night" holds "last", "tmrw" holds "tmr".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  // "midnight" holds "night".
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  ENEndOfCurrentMonthParser: ['month'],
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
  ENTimeUnitCasualRelativeFormatParser: ['this', 'last', 'past', 'next', 'after', '+', '-'],
};

/** Matches nothing, at once (anchored to the start). */
const NOTHING = /^(?!)/;
const DIGIT = /[0-9]/;

/** The last text asked about, lower-cased once for all the parsers. */
let lastText = '';
let lastLower = '';
function lower(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

function gated(parser: chrono.Parser): chrono.Parser {
  const gate = GATES[parser.constructor.name];
  if (!gate) return parser;
  const mayMatch = gate === 'digit' ? (text: string) => DIGIT.test(text) : (text: string) => holdsAny(lower(text), gate);
  return {
    pattern: (context) => (mayMatch(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

const casual = new chrono.Chrono({ parsers: chrono.casual.parsers.map(gated), refiners: chrono.casual.refiners });

/** As chrono-node's `parse` (the casual English configuration). */
export function parseDates(text: string, reference: Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
  return casual.parse(text, reference, option);
}

/** The parsers that run on every text (for the test that every other one is gated). */
export function ungatedParsers(): string[] {
  return chrono.casual.parsers.map((p) => p.constructor.name).filter((name) => !GATES[name]);
}
