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

/** Whether a lower-cased text holds what a gate asks for. */
function passes(gate: 'digit' | readonly string[], lowerText: string): boolean {
  return gate === 'digit' ? DIGIT.test(lowerText) : holdsAny(lowerText, gate);
}

/** While parseDates runs: the parsers its caller found the whole document lacks the words of (parsersLackingIn). */
let lacking: ReadonlySet<string> | null = null;

function gated(parser: chrono.Parser): chrono.Parser {
  const name = parser.constructor.name;
  const gate = GATES[name];
  if (!gate) return parser;
  // Digits are the same in either case: the text is not lower-cased for that test.
  const mayMatch = gate === 'digit' ? (text: string) => DIGIT.test(text) : (text: string) => holdsAny(lower(text), gate);
  return {
    pattern: (context) => (lacking?.has(name) !== true && mayMatch(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * The gated parsers whose words (or digit) a whole document lacks, given lower-cased: none of them
 * can match any sentence of it, so parseDates need not ask each sentence again. (A sentence's words
 * lower-cased are the document's: toLowerCase maps characters one by one, and only non-ASCII ones
 * by their context, which no gate word holds.)
 */
export function parsersLackingIn(lowerDocument: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const [name, gate] of Object.entries(GATES)) if (!passes(gate, lowerDocument)) names.add(name);
  return names;
}

const casual = new chrono.Chrono({ parsers: chrono.casual.parsers.map(gated), refiners: chrono.casual.refiners });

/**
 * As chrono-node's `parse` (the casual English configuration). `lackingInDocument`: parsersLackingIn
 * of the document the text is part of (its words, that is: a part with some words blanked will do).
 */
export function parseDates(text: string, reference: Date, option?: chrono.ParsingOption, lackingInDocument?: ReadonlySet<string>): chrono.ParsedResult[] {
  lacking = lackingInDocument ?? null;
  try {
    return casual.parse(text, reference, option);
  } finally {
    lacking = null;
  }
}

/** The parsers that run on every text (for the test that every other one is gated). */
export function ungatedParsers(): string[] {
  return chrono.casual.parsers.map((p) => p.constructor.name).filter((name) => !GATES[name]);
}
