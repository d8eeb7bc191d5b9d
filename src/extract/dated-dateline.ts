/**
 * The date a story's opening dateline gives in brackets, as local stations and police releases write
 * it: "SAVANNAH, GA (December 2, 2015): Detectives ...", "GRANT COUNTY, Ind. (Oct. 12, 2018)— A man ...",
 * "(05/09/16) - A father ...". It is the day the story was filed, so it can date a page whose given
 * date is a later stamp (printed-date.ts decides which to keep). Only a paragraph that opens with it, in
 * the story's first paragraphs: a bracketed date further down is a sentence's own ("shot (Sunday, May
 * 4) - one"), and another story's teaser may sit below the text. A wire's dateline with a year
 * written out after the place ("OSLO, Feb. 3, 2027 (NWA) - ") is read the same way.
 */
import { parseDateline } from './dateline.js';

/** A place in capitalised words (a state or its abbreviation after a comma), a date in brackets, then a dash or a colon. */
const OPENING = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s*\p{Lu}[\p{L}.]{1,12})?\s*)?\(([^()\n]{6,40})\)\s*(?:--|—|–|-|:)\s/u;
/**
 * A wire's or a European desk's dateline: the place, a comma, a written-out date with its year, an
 * agency's credit in brackets if any, then a dash: "OSLO, Feb. 3, 2027 (NWA) - ", "LISBON, Mar 9,
 * 2027 - ", "VIENNA, 11 January 2027 - ". The year is required: without it the day could be any year's.
 * Copied text often sets the dateline on a line of its own with no dash ("OSLO, April 7, 2026 (HW)"):
 * the paragraph is then the dateline alone, which no sentence is (review ux77a).
 */
const WIRE_OPENING = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},\s*((?:\p{L}{3,9}\.?\s+\d{1,2},?|\d{1,2}\s+\p{L}{3,9}\.?,?)\s+\d{4})\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:--|—|–|-|:)\s|$)/u;
/** How many of the body's first paragraphs may open with the dateline (scraped text may keep a line or two of the page above it). */
const FIRST_PARAGRAPHS = 3;

/** The ISO date of the opening dateline's bracketed date, or null. */
export function datedDateline(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, FIRST_PARAGRAPHS)) {
    const m = OPENING.exec(paragraph) ?? WIRE_OPENING.exec(paragraph);
    if (!m) continue;
    const date = parseDateline(m[1]!);
    // The bracket must hold a date and little else ("(WKRN)" holds none; "(Nov. 18, 2015)" is all date).
    if (date && date.coverage >= 0.6) return date.iso;
  }
  return null;
}

/**
 * Whether the line is a wire's dateline and nothing else ("OSLO, April 7, 2026 (HW)"), as copied text
 * sets it apart from the lead it opens: the layout gives it back to the lead (layout.ts).
 */
export function isLoneWireDateline(line: string): boolean {
  const text = line.trim();
  // A dash with spaces would open the lead after it: that is the ordinary dateline, not a lone one.
  return text.length <= 80 && !/\s(?:--|—|–|-|:)\s/u.test(text) && WIRE_OPENING.test(text) && datedDateline([text]) !== null;
}
