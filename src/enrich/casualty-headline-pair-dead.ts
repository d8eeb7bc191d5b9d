/**
 * A headline that lists people told dead one by one, without a count or "and a": "Woman, girl found
 * dead inside apartment" (two), "Father, son found shot to death" (two), "Man, woman, child killed in
 * crash of gunfire" (three), "Teen charged in the gunfire deaths of his aunt, uncle" (two). Read alone,
 * such a headline gave one death (the words of a death with no number) or none.
 */

/** One person: "Woman", "Teen Daughter", "Girl, 7,", "10-Year-Old Boy". */
const PERSON = String.raw`(?:(?:\d{1,3}-year-old|teen(?:age)?|young|elderly|little|pregnant|infant|baby|toddler)\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|mother|father|mom|dad|son|daughter|brother|sister|husband|wife|grandmother|grandfather|grandson|granddaughter|adult|uncle|aunt|nephew|niece|cousin)(?:,\s*\d{1,3},?)?`;
/** A list of two or more people: "Woman, girl", "Man, woman and child", "Mother & son". */
const LIST = String.raw`(${PERSON}(?:\s*,\s*${PERSON})*\s*(?:,|\band\b|&)\s*${PERSON})`;
/** The list then its death ("found dead", "shot to death", "killed"), or a death of the list ("deaths of mother, brother"). */
const HEADLINE_PAIR_DEAD = new RegExp(
  String.raw`^(?:[^\n:]{0,40}:\s*)?${LIST}\s+(?:(?:were|are|have\s+been)\s+)?(?:found\s+(?:[\w'-]+\s+){0,3}?)?(?:shot\s+(?:and\s+)?killed|killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|dead|slain|died|die)\b|\b(?:shooting\s+)?deaths\s+of\s+(?:(?:his|her|their|a|an|the)\s+)?${LIST}(?=\s*(?:[.\n]|$|\s+(?:in|at|on|near)\b))`,
  'i',
);
/** Where one person's word ends, to count them ("Man, 32, and woman": the age is no one). */
const ONE_PERSON = new RegExp(PERSON, 'gi');

/** The people a headline (the text's first line) lists as dead; 0 where it lists none. */
export function headlinePairDead(body: string): number {
  const end = body.indexOf('\n');
  const m = HEADLINE_PAIR_DEAD.exec(end < 0 ? body : body.slice(0, end));
  if (!m) return 0;
  return (m[1] ?? m[2]!).match(ONE_PERSON)?.length ?? 0;
}
