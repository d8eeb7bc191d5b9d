/**
 * A headline that lists one person and a count of others as hurt, without "and" or an article: "Woman, 3
 * teens shot near Tulsa park" (four), "Teen Girl, 2 Men Shot In East Dayton" (three), "Gunfire in
 * Fresno leaves boy, 4 adults wounded" (five), "9-Year-Old Boy Hurt, 3 Women Also Wounded" (four).
 * Read alone, the count missed the one named before it. Only a headline with no death in it: "Man, 2
 * women shot; one dies" leaves the count to the story.
 */

import { NUMBER, wordNumber } from './casualty-count.js';

/** The one person: "Man", "Teen Boy", "Girl, 7,", "10-Year-Old Girl". */
const ONE = String.raw`(?:(?:\d{1,3}-year-old|teen(?:age)?|young|elderly|little)\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|mother|father|mom|dad|son|daughter|officer|deputy)(?:,\s*\d{1,3},?)?`;

const HEADLINE_ONE_AND_COUNT = new RegExp(
  String.raw`^(?:[^\n:]{0,40}:\s*)?(?:[^\n,:]{0,40}?\b(?:leaves|left|wounds|injures|hits|sends)\s+)?${ONE}(?:\s+(?:shot|hurt|wounded|injured))?\s*(?:,|\band\b|&)\s*${NUMBER}\s+(?:other\s+|more\s+)?(?:people|men|women|boys|girls|teens|teenagers|children|kids|adults|others|officers)\s+(?:are\s+|were\s+)?(?:also\s+)?(shot|wounded|injured|hurt)\b(?![^\n]*\b(?:killed|kills|dead|dies|died|death|fatal(?:ly)?|slain)\b)`,
  'i',
);

/** The people such a headline tells as hurt (the one and the count) and how: shot (the dead among them) or hurt. */
export function headlineOneAndCount(body: string): { kind: 'shot' | 'injured'; people: number } | null {
  // The first line alone: the pattern is anchored there, and a page's text is long.
  const end = body.indexOf('\n');
  const m = HEADLINE_ONE_AND_COUNT.exec(end < 0 ? body : body.slice(0, end));
  if (!m) return null;
  const raw = m[1]!.toLowerCase().replace(/,/g, '');
  const n = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
  if (n === undefined || n > 100) return null;
  return { kind: m[2]!.toLowerCase() === 'shot' ? 'shot' : 'injured', people: n + 1 };
}
