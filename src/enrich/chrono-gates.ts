/**
 * chrono-node's casual English parser, with each of its parsers skipped on a text that lacks every word
 * (or a digit) its pattern cannot match without, and four that our rules read for it left out
 * (LEFT_OUT). chrono scans each text with all its patterns,
 * most of them led by `(\W|^)` and a case-blind alternation that is tried at every position; a test
 * for a few literals in the lower-cased text costs far less. A gate only ever lets a parser off a text
 * where its pattern finds nothing, so the results are chrono's own.
 */
import * as chrono from 'chrono-node';
import { WordScan } from './word-scan.js';

/**
 * Per parser (by class name), what any match of its pattern holds: a digit, one of the words (lower
 * case; the patterns are case-blind, and an ASCII letter matches them only as its own lower or upper
 * case), a run of digits and signs (a pattern of neither letters nor a case: see DigitRun), or all
 * of several such. A parser not named here always runs.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A run of digits and signs a parser's pattern cannot match without, where "a digit" lets through
 * nearly every sentence of news (ages, counts, times): the date patterns written in figures were
 * tried at every position of each, and found a date in a few sentences in a thousand. Each is read
 * off the pattern in chrono-node: ISO "([0-9]{4})\-([0-9]{1,2})\-", slashed "[0-9][\/\.\-][0-3]?[0-9]",
 * month and year "[0-9]/([0-9]{4})", year first "([0-9]{4})[-\.\/\s]". No letters, so the same in
 * either case and in the lower-cased document (parsersLackingIn).
 */
interface DigitRun {
  run: RegExp;
}
type Gate = 'digit' | readonly string[] | DigitRun | { all: readonly Gate[] } | { any: readonly Gate[] };

/**
 * The day of a month's name with its day (LittleEndian "3rd of March", MiddleEndian "March 3"): figures
 * or an ordinal word, every one of which (chrono-node's 41, "first" to "thirty-first") holds one of
 * these. Most sentences that hold "may", "mar" ("market") or "dec" ("decided") have neither.
 */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'];
const MONTH_AND_DAY: Gate = { all: [MONTHS, { any: ['digit', ORDINALS] }] };

const GATES: Record<string, Gate> = {
  ENYearMonthDayParser: { run: /[0-9]{4}[-./\s]/ },
  ISOFormatParser: { run: /[0-9]{4}-[0-9]/ },
  SlashDateFormatParser: { run: /[0-9][-./][0-9]/ },
  ENSlashMonthFormatParser: { run: /[0-9]\/[0-9]{4}/ },
  ENTimeExpressionParser: 'digit',
  // A year in figures, then a month's name ("2014 March", "1999 of May").
  ENYearMonthNameParser: { all: ['digit', MONTHS] },
  ENMonthNameLittleEndianParser: MONTH_AND_DAY,
  ENMonthNameMiddleEndianParser: MONTH_AND_DAY,
  ENMonthNameParser: MONTHS,
  // Every weekday's name and abbreviation starts with one of these; "weekend" and "weekday" hold "week".
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  // "last night" holds "last", "tmrw" holds "tmr".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  // "midnight" holds "night".
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
};

/**
 * Per parser, a further test of each sentence as written (case-blind, as chrono-node's patterns, whose
 * \W it shares), after its gate; not asked of the lower-cased document, as lower-casing may turn a sign
 * into a letter ("\u212A", the Kelvin sign, into "k") where \W is read. A weekday's name ("mon", "sat",
 * "fri") is inside many words ("month", "satisfied", "friend"); the pattern wants the name (chrono's
 * WEEKDAY_DICTIONARY) ending where a word does, or "week" ("weekend", "this week").
 */
const SENTENCE_TESTS: Record<string, RegExp> = {
  ENWeekdayParser: /week|(?:sunday|sun\.?|monday|mon\.?|tuesday|tue\.?|wednesday|wed\.?|thursday|thurs\.?|thur\.?|thu\.?|friday|fri\.?|saturday|sat\.?)(?=\W|$)/i,
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

/** Every gate's words. */
function wordGroups(gate: Gate): (readonly string[])[] {
  if (gate === 'digit' || 'run' in gate) return [];
  if ('all' in gate) return gate.all.flatMap(wordGroups);
  if ('any' in gate) return gate.any.flatMap(wordGroups);
  return [gate];
}

/** The gates' words found in one pass over a text (each parser asks the same sentence in turn). */
const WORDS = new WordScan(Object.values(GATES).flatMap(wordGroups));

/** Whether a text holds what a gate asks for; `lowerOf` gives a text lower-cased (for the words). */
function passes(gate: Gate, text: string, lowerOf: (text: string) => string): boolean {
  if (gate === 'digit') return DIGIT.test(text);
  if ('run' in gate) return gate.run.test(text);
  if ('all' in gate) return gate.all.every((g) => passes(g, text, lowerOf));
  if ('any' in gate) return gate.any.some((g) => passes(g, text, lowerOf));
  return WORDS.scan(lowerOf(text)).holdsAny(gate);
}

/**
 * passes(gate, text, lower) as one function per gate, made once: each sentence asks every parser's
 * gate, and walking the gate's shape each time (its kind, its parts' closures) cost as much as the
 * answers.
 */
function sentenceTest(gate: Gate): (text: string) => boolean {
  if (gate === 'digit') return (text) => DIGIT.test(text);
  if ('run' in gate) {
    const run = gate.run;
    return (text) => run.test(text);
  }
  if ('all' in gate || 'any' in gate) {
    const parts = ('all' in gate ? gate.all : gate.any).map(sentenceTest);
    const all = 'all' in gate;
    return (text) => {
      for (const part of parts) if (part(text) !== all) return !all;
      return all;
    };
  }
  return (text) => WORDS.scan(lower(text)).holdsAny(gate);
}

/** For a text lower-cased already. */
const asIs = (text: string): string => text;

/** While parseDates runs: the parsers its caller found the whole document lacks the words of (parsersLackingIn). */
let lacking: ReadonlySet<string> | null = null;

function gated(parser: chrono.Parser): chrono.Parser {
  const name = parser.constructor.name;
  const gate = GATES[name];
  if (!gate) return parser;
  // Digits and signs are the same in either case: the text is lower-cased only for a gate of words.
  const then = SENTENCE_TESTS[name];
  const test = sentenceTest(gate);
  const mayMatch = then ? (text: string) => test(text) && then.test(text) : test;
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
  for (const [name, gate] of Object.entries(GATES)) if (!passes(gate, lowerDocument, asIs)) names.add(name);
  return names;
}

/**
 * chrono-node parsers left out altogether: what they read, our rules read (timex-relative.ts: "last
 * week", "next month", "this year", "the past three years"; timex-durations.ts: "within a week", "in
 * two days"; timex-finance.ts and timex-periods.ts: "the end of the month"), and our readings win every
 * overlap (timex.ts settle), so their readings reached the output only where our rules read nothing,
 * and there they were wrong: "my last day", "the next minute", "at the last minute" as the publication
 * day, "a 6 year old" and "30 year old" as the years 2009 and 2047 ("6 year" ahead, "old" left), "11
 * people hurt in a D.C. suburb wit[hin]" as a day. Left out, the value F1 of every development
 * set is the same (fifty-sixth session, docs/time.md), and the words they gate on ("this", "last",
 * "next", "past", "after", "in", "for") are in most sentences, so they were tried on most.
 */
const LEFT_OUT: ReadonlySet<string> = new Set(['ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENTimeUnitWithinFormatParser', 'ENEndOfCurrentMonthParser']);

/** The casual English parsers we ask, in chrono-node's order. */
export const ASKED_PARSERS: readonly chrono.Parser[] = chrono.casual.parsers.filter((p) => !LEFT_OUT.has(p.constructor.name));

const casual = new chrono.Chrono({ parsers: ASKED_PARSERS.map(gated), refiners: chrono.casual.refiners });

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
  return ASKED_PARSERS.map((p) => p.constructor.name).filter((name) => !GATES[name]);
}
