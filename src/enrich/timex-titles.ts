/**
 * Programme and work titles written like lengths or weeks: "60 Minutes", "48 Hours", ABC's "This
 * Week", "The Last Days of Pompeii". In running text a unit of time after a number or "this", "last",
 * "next" is written in lower case; a capital there names something. A headline in title case
 * capitalises every word, so there the capital says nothing and the expression is kept.
 */
import type { Span } from '../model/types.js';

/** A number or a relative word, then a capitalised unit: the capital is the sign of a title. */
const TITLE_UNIT = /\b(?:\d+|This|Last|Next|Past|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Hundred)[ \t]+(?:Seconds?|Minutes?|Hours?|Days|Weeks?|Months?|Years?)\b/g;
/** A capitalised unit of time anywhere: the cheap test a reading passes before titles are looked for. */
export const CAPITAL_UNIT = /\b(?:Seconds?|Minutes?|Hours?|Days|Weeks?|Months?|Years?)\b/;
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Short words a headline in title case may leave in lower case ("Shot in Downtown", "Four of Five"). */
const MINOR = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|as|with|from|vs)$/;

/** Whether the words outside the titles are all capitalised (but one in ten), as in a headline. */
function inTitleCase(sentence: string, titles: readonly Span[]): boolean {
  let words = 0;
  let lower = 0;
  for (const m of sentence.matchAll(WORD)) {
    if (MINOR.test(m[0]) || titles.some((t) => t.start <= m.index && m.index < t.end)) continue;
    words++;
    if (!/^\p{Lu}/u.test(m[0])) lower++;
  }
  return lower <= words * 0.1;
}

/** The spans of the sentence (offsets into it) that are titles, not times; none in a headline in title case. */
export function titleSpans(sentence: string): Span[] {
  const titles = [...sentence.matchAll(TITLE_UNIT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return titles.length > 0 && !inTitleCase(sentence, titles) ? titles : [];
}
