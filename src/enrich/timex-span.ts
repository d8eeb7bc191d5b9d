/**
 * Span conventions of TimeML that the readings do not follow by themselves. A length or a period
 * written as a hyphenated modifier ("the eight-year war", "a third-quarter loss", "its two-year
 * strategy") is marked without the determiner before it: TimeBank and AQUAINT mark "eight-year" and
 * "third-quarter", where a reading that opens on a determiner ("the past two years", "the third
 * quarter") keeps it.
 */
import type { Timex } from '../model/types.js';

const DETERMINER_BEFORE_MODIFIER = /^(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\s+(?=[\w.]+-(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century)$)/i;

/** A noun after the modifier: a word that is no preposition, conjunction, verb of time or adverb. */
const MODIFIED_NOUN = /^[^\S\n]+(?!(?:ago|later|earlier|before|after|of|or|and|to|in|on|at|for|from|by|with|was|were|is|are|has|had|have|as|than|when|while|that|which|since|until|the|a|an)\b)[a-z]/;

/** Moves the start of each reading that is a determiner and a hyphenated modifier of a noun past the determiner. */
export function withoutModifierDeterminer(readings: Timex[], body: string): void {
  for (const t of readings) {
    const lead = DETERMINER_BEFORE_MODIFIER.exec(body.slice(t.start, t.end));
    // A modifier stands before its noun; "lasted a half-hour." and "a quarter-century ago" are lengths.
    if (!lead || !MODIFIED_NOUN.test(body.slice(t.end, t.end + 24))) continue;
    t.start += lead[0].length;
    t.text = t.text.slice(lead[0].length);
  }
}
