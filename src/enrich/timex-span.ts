/**
 * Span conventions of TimeML that the readings do not follow by themselves. A length or a period
 * written as a hyphenated modifier ("the eight-year war", "a third-quarter loss", "its two-year
 * strategy") is marked without the determiner before it: TimeBank and AQUAINT mark "eight-year" and
 * "third-quarter", where a reading that opens on a determiner ("the past two years", "the third
 * quarter") keeps it. Nor does TimeML mark a preposition or a focusing adverb before an expression
 * ("over the weekend", "by year-end", "at the start of this year", "only six months": the weekend,
 * year-end, the start of this year, six months), which some of our rules had taken in. It does mark
 * "the end of" (the beginning, the start, the middle) before a month or a year as part of it ("the
 * end of 1990": TimeBank 1990 with a mod), which chrono-node left out; and not a possessive's "'s"
 * ("last year's results": "last year").
 */
import type { Timex } from '../model/types.js';

const DETERMINER_BEFORE_MODIFIER = /^(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\s+(?=[\w.]+-(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century)$)/i;

/** A preposition or "only"/"just" opening a reading ("at present" is one expression; "at least" a modifier TimeML marks); and the verb "last" before a length ("could last at least three weeks"), which the lengths' leading "last" took in. */
const LEADING_SIGNAL = /^(?!at\s+(?:least|most)\b)(?:last\s+(?=(?:at\s+least|over|about|more\s+than|nearly|almost|up\s+to|around)\b)|(?:over|by|at|in|on|since|until|till|through|during|within|for)\s+(?:(?:only|just)\s+)?|(?:only|just)\s+)(?=\S)(?!present\b)/i;

/** "the end of" and the like just before a month or a year. */
const PART_OF_PERIOD_BEFORE = /\bthe\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of\s+$/i;
/** A value of a year or a month. */
const YEAR_OR_MONTH = /^\d{4}(?:-\d\d)?$/;
/** A possessive's ending (not a decade's: "the 1990's"). */
const POSSESSIVE = /(?<!\d)['’]s$/;

/** A noun after the modifier: a word that is no preposition, conjunction, verb of time or adverb. */
const MODIFIED_NOUN = /^[^\S\n]+(?!(?:ago|later|earlier|before|after|of|or|and|to|in|on|at|for|from|by|with|was|were|is|are|has|had|have|as|than|when|while|that|which|since|until|the|a|an)\b)[a-z]/;

/**
 * Moves the start of each reading (sorted by position) past a preposition or "only"/"just" it opens
 * on, and past a determiner before a hyphenated modifier of a noun, or back over "the end of" before
 * it; and its end back over a possessive's "'s".
 */
export function trimmedSpans(readings: Timex[], body: string): void {
  for (let i = 0; i < readings.length; i++) {
    const t = readings[i]!;
    if (POSSESSIVE.test(t.text) && t.text.length > 2) {
      t.end -= 2;
      t.text = t.text.slice(0, -2);
    }
    if (YEAR_OR_MONTH.test(t.value)) {
      const part = PART_OF_PERIOD_BEFORE.exec(body.slice(Math.max(0, t.start - 32), t.start));
      const start = part ? t.start - part[0].length : t.start;
      if (part && !(i > 0 && readings[i - 1]!.end > start)) {
        t.start = start;
        t.text = body.slice(start, t.end);
      }
    }
    const signal = LEADING_SIGNAL.exec(t.text);
    if (signal) {
      t.start += signal[0].length;
      t.text = t.text.slice(signal[0].length);
    }
    const lead = DETERMINER_BEFORE_MODIFIER.exec(body.slice(t.start, t.end));
    // A modifier stands before its noun; "lasted a half-hour." and "a quarter-century ago" are lengths.
    if (!lead || !MODIFIED_NOUN.test(body.slice(t.end, t.end + 24))) continue;
    t.start += lead[0].length;
    t.text = t.text.slice(lead[0].length);
  }
}
