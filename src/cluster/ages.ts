/**
 * The ages a report's headline and lead give its people ("a 23-year-old man", "Marcus Lee, 19, of
 * Dayton"), for the join model's ageConflict feature. Two shootings in one city a day or two apart
 * read alike in words and places, and often neither names anyone yet; but local reports give the
 * victims' ages from the first bulletin, and two incidents' victims rarely share them. Read from the
 * headline and the lead only, where the story's own people are (a sidebar tells other stories).
 * Weighed, not a rule: a follow-up may lead with the suspect's age, and outlets differ by a year.
 */

const LEAD = 1200;
/** "23-year-old", "23 year old", "23-years-old", "23 years old", "a 6-month-old" is no age in years. */
const YEAR_OLD = /\b(\d{1,2})[- ]years?[- ]old\b/gi;
/** "aged 23", "age 23". */
const AGED = /\bage(?:d)?\s+(\d{1,2})\b/gi;
/**
 * A name followed by its age between commas: "Marcus Lee, 19, of Dayton", "Ana Ruiz, 31, and". The
 * word before the age must be a capitalised word that is no month or weekday ("Jan. 5, 2014," has a
 * year of four digits anyway, but "Friday, 12," is a date in some copy).
 */
const NAME_AGE = /\b([A-Z][a-z'’-]+),\s(\d{1,2}),?\s(?:of|and|was|were|who|from|died|dies|is|had|said|has|remains|suffered|shot|killed|wounded|injured|dead|arrested|charged)\b/g;
const NOT_NAMES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** The ages the headline and lead give, sorted, each once. */
export function leadAges(headline: string, body: string): number[] {
  const text = `${headline}\n${body.slice(0, LEAD)}`;
  const found = new Set<number>();
  for (const m of text.matchAll(YEAR_OLD)) found.add(Number(m[1]));
  for (const m of text.matchAll(AGED)) found.add(Number(m[1]));
  for (const m of text.matchAll(NAME_AGE)) if (!NOT_NAMES.has(m[1]!)) found.add(Number(m[2]));
  found.delete(0);
  return [...found].sort((a, b) => a - b);
}

/**
 * Both sides give ages and none is within a year of the other side's: their people are other people.
 * A year either way, since outlets write a birthday's age apart ("22" in one report, "23" in the next).
 */
export function agesConflict(article: readonly number[], event: readonly number[]): boolean {
  if (article.length === 0 || event.length === 0) return false;
  for (const a of article) for (const b of event) if (Math.abs(a - b) <= 1) return false;
  return true;
}
