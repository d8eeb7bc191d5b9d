/**
 * The frame for our own temporal-expression rules (what chrono-node does not read, or reads in a way
 * TimeML does not): a rule is a pattern and a function from its match to a TimeML value, given the
 * reference day, whether the words around the match speak of the future, the quarter the document
 * last spoke of (earnings reports compare "the quarter" with "the year-ago quarter") and the last
 * date it named.
 */
import type { Timex, TimexType } from '../model/types.js';
import type { Anchor } from './timex-anaphora.js';
import type { Day } from './timex-calendar.js';
import { holdsAny } from './word-gate.js';
import type { ScannedWords } from './word-scan.js';

/** When a report published on a day with no time of day was written, at the latest, as a rule. */
export const UNKNOWN_PUBLICATION_MINUTES = 18 * 60;

export interface RuleContext {
  reference: Day | null;
  /** Whether the words around the expression at these offsets into the sentence look ahead. */
  future: (start: number, end: number) => boolean;
  /** The last quarter the document named, as [year, quarter]; rules may set it. */
  quarter: [number, number] | null;
  /** The last calendar date named before this offset into the sentence, for "that year" and "the day before". */
  anchor: (index: number) => Anchor | null;
  /**
   * The same, leaving out a day named as when something was said ("police said Friday"): what "that
   * night" and "that day" go back to (timex-telling.ts). Where absent, `anchor`.
   */
  eventAnchor?: (index: number) => Anchor | null;
  /**
   * The minute of the publication day by which the report was written: its time where the page gives
   * one, else 6 p.m. (timex-chrono.ts). A clock time with no day past it is the day before's.
   */
  writtenBy?: number;
}

export interface RuleValue {
  value: string;
  type?: TimexType;
  /** Whether the value is worked out from the reference (the default) rather than written out. */
  stated?: boolean;
}

export interface Rule {
  pattern: RegExp;
  /**
   * A cheap test a sentence must pass before the pattern is run (for rules whose pattern is slow to
   * scan): a pattern, or words of which the lower-cased sentence must hold one. Words are found by a
   * plain search, where a case-blind alternation is tried at every position of the sentence.
   */
  when?: RegExp | readonly string[];
  /** A value for the match, or null to let the words go (the rule does not apply after all). */
  read: (m: RegExpExecArray, context: RuleContext) => RuleValue | null;
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply the count before them: "two hundred", "a thousand", "half a dozen". */
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, dozen: 12 };

/**
 * A number written in digits or words ("two", "twenty four", "a", "1,500", "two hundred", "one hundred
 * and fifty", "a dozen", "half a dozen"), or -1 for "several" and "a few".
 */
export function readNumber(words: string): number {
  const w = words.toLowerCase().replace(/-/g, ' ').trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return +w.replace(/,/g, '');
  if (/^\d+$/.test(w)) return +w;
  // `group` is the count below the last "thousand": "two thousand five hundred" is 2000 + 500.
  let total = 0;
  let group = 0;
  let half = false;
  for (const part of w.split(/\s+/)) {
    if (part === 'and') continue;
    if (part === 'half') {
      half = true;
      continue;
    }
    const times = MULTIPLIERS[part];
    if (times === 1000) [total, group] = [total + (group || 1) * 1000, 0];
    else if (times !== undefined) group = (group || 1) * times;
    else {
      const n = NUMBER_WORDS[part];
      if (n === undefined) return -1;
      group += n;
    }
  }
  return half ? (total + group) / 2 : total + group;
}

const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
/** One to ninety-nine in words. */
const SMALL_WORDS = String.raw`ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:${DIGIT_WORD}))?|${DIGIT_WORD}`;
/**
 * Hundreds, thousands and dozens in words: "two hundred years" (had been read from "hundred" on, P100Y),
 * "one hundred and fifty years" (had been P50Y), "a thousand days", "a dozen years", "half a dozen
 * weeks" (had been nothing).
 */
const LARGE_WORDS = String.raw`(?:(?:a|an|${SMALL_WORDS})[\s-]+)?(?:hundred|thousand)(?:[\s-]+(?:and\s+)?(?:${SMALL_WORDS}))?|(?:half\s+)?(?:a|an|${SMALL_WORDS})[\s-]+dozen|dozen`;

/**
 * The number words a rule pattern accepts, as a regular-expression source. Digits may carry thousands
 * separators: "1,500 years" had been read from "500" on, and "1,000 years ago" as "000 years ago", this year.
 */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${LARGE_WORDS}|a|an|${SMALL_WORDS}|several|a few|few|a couple of|couple of)`;

/**
 * Applies each rule over one sentence; matches carry offsets into the body. `lowerText`: the text
 * lower-cased, when the caller has it (it runs several rule sets over one sentence); `words`: the
 * gate words found in it (word-scan.ts), which answer as the searches would.
 */
export function applyRules(rules: readonly Rule[], text: string, offset: number, context: RuleContext, priority: number, out: Candidate[], lowerText?: string, words?: ScannedWords): void {
  let lower: string | null = lowerText ?? null;
  for (const rule of rules) {
    const when = rule.when;
    if (when && !(when instanceof RegExp ? when.test(text) : words ? words.holdsAny(when) : holdsAny((lower ??= text.toLowerCase()), when))) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const read = rule.read(m, context);
      if (!read) continue;
      const start = offset + m.index;
      out.push({ text: m[0], value: read.value, type: read.type ?? 'DATE', start, end: start + m[0].length, anchoring: read.stated ? 'stated' : 'inferred', priority });
    }
  }
}

/**
 * The rules whose word gate (`when` as words) a whole document, lower-cased, passes: a rule it fails
 * can match no sentence of it, as a sentence's lower-cased words are the document's (toLowerCase maps
 * characters one by one, but for a few non-ASCII ones by their context, which no gate word holds).
 * applyRules then spares each sentence the searches for words the document never uses.
 */
export function rulesFor(rules: readonly Rule[], lowerDocument: string, words?: ScannedWords): readonly Rule[] {
  // `words`: the gate words found in the document (word-scan.ts), which answer as the searches would.
  return rules.filter((rule) => !rule.when || rule.when instanceof RegExp || (words ? words.holdsAny(rule.when) : holdsAny(lowerDocument, rule.when)));
}

/** A found expression before overlapping ones are settled: the lower priority wins, then the longer. */
export interface Candidate extends Timex {
  priority: number;
}
