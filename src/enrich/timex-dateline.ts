/**
 * A wire story's dated dateline ("GENEVA, March 12 (Newswire) --", "SEOUL, Oct. 20 (Yonhap) -- ")
 * gives the day the story was filed, where it was filed. Its "today", "Friday" and "last week" are
 * that day's, as its reader takes them, not the publication time's, which an agency's feed or an
 * archive may stamp a day or two later (the AQUAINT corpus's Xinhua stories carry a dateline a day
 * before their creation time, and their gold reads the story's days from the dateline). So where the
 * dateline's day lies one to three days before the reference day, the finder reads from the end of
 * that day instead. A dateline on the reference day, or after it (a zone ahead of the publisher's),
 * changes nothing; nor does one further back, which is more likely a slip than a filing delay.
 */
import type { ReferenceTime } from './timex.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The place in capitals (with a region or country after a comma, "MANCHESTER, England"), the month and
 * day, an optional year and agency, then the dash, bar or underscore that ends a dateline.
 */
const DATED_DATELINE =
  /^\s*\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--?|—|–|_)\s/u;

const DAY_MS = 86_400_000;
/** How many days a dateline may lie before the publication day and still be the story's own day. */
const MAX_DELAY_DAYS = 3;

/** The reference time to read the text's relative dates from: the dateline's day where it is a filing day before the publication's. */
export function datelineReference(text: string, reference: ReferenceTime | null): ReferenceTime | null {
  if (!reference) return null;
  const m = DATED_DATELINE.exec(text.slice(0, 200));
  if (!m) return reference;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = +m[2]!;
  const published = Date.UTC(reference.year, reference.month - 1, reference.day);
  // A dateline of Dec. 31 over a publication of Jan. 2 is last year's.
  for (const year of m[3] ? [+m[3]] : [reference.year, reference.year - 1]) {
    const filed = Date.UTC(year, month - 1, day);
    const check = new Date(filed);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return reference;
    const delay = Math.round((published - filed) / DAY_MS);
    if (delay >= 1 && delay <= MAX_DELAY_DAYS) return { year, month, day, hour: 23, minute: 59, timeKnown: true };
  }
  return reference;
}
