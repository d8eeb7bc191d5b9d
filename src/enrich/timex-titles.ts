/**
 * Programme and work titles written like lengths or weeks: "60 Minutes", "48 Hours", ABC's "This
 * Week", "The Last Days of Pompeii". In running text a unit of time after a number or "this", "last",
 * "next" is written in lower case; a capital there names something. A headline in title case
 * capitalises every word, so there the capital says nothing and the expression is kept.
 */
import type { Span } from '../model/types.js';

/** A number or a relative word, then a capitalised unit: the capital is the sign of a title. */
const TITLE_UNIT = /\b(?:\d+|This|Last|Next|Past|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Hundred)[ \t]+(?:Seconds?|Minutes?|Hours?|Days|Weeks?|Months?|Years?)\b/g;
/**
 * Names of awards, stations and shows that end in a capitalised time word (eighteenth round's audit of
 * news pages, where each had been read as a date): "Record of the Year", "Employee of the Month" (a
 * capitalised name before "of the" and the unit); "Toledo News Now", "Newschannel 6 Now", "USA Today",
 * "Entertainment Tonight" ("Now", "Today" or "Tonight" capitalised straight after a capitalised word or
 * a number that is not the sentence's first word, which in running text is a name's; "Happening Today:
 * ..." is a page's label for today, and after a dateline in capitals it starts the story: "WASHINGTON
 * Today the Senate..."); "TODAY'S TMJ4"
 * (a station's capitals in a sentence in lower case).
 */
const NAMED_UNIT = /(?<=\b\p{Lu}[\p{L}'’-]*[ \t]+of[ \t]+)the[ \t]+(?:Year|Month|Week|Day|Decade|Century)\b|(?<=\S[ \t]+(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\d+)[ \t]+)(?:Now|Today|Tonight)\b(?!['’])|\bTODAY['’]S(?=[ \t]+[A-Z][A-Z0-9]+\b)/gu;
/** A capitalised unit of time anywhere: the cheap test a reading passes before titles are looked for. */
export const CAPITAL_UNIT = /\b(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decade|Century|Now|Today|Tonight|TODAY)\b/;
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
  const titles = [...sentence.matchAll(TITLE_UNIT), ...sentence.matchAll(NAMED_UNIT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "TODAY'S" in capitals is a name only where the sentence has lower case to set it apart.
  return titles.length > 0 && !inTitleCase(sentence, titles) && /\p{Ll}/u.test(sentence) ? titles : [];
}
