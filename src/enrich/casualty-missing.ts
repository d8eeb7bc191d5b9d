/**
 * The missing after a disaster: "23 people were still missing", "about 25 people were unaccounted
 * for", "about 30 people remain missing". A landslide's or a flood's missing are what an emergency desk
 * plans the search by, and most of them are the dead not yet found: kept beside the toll, never in it.
 * Only a number of people told as missing now: "a man missing since Friday was found dead", a missing
 * persons report and "went missing" (one person's story) give no count.
 */
import { ABOUT, NUMBER, NOT_A_MEASURE, WHO, wordNumber } from './casualty-count.js';
import { yearNotCount } from './casualty-year.js';

/** A count of people, then how they are missing: "were still missing", "remain unaccounted for". */
const MISSING = new RegExp(
  String.raw`\b${ABOUT}${NUMBER}${NOT_A_MEASURE}\s+${WHO}(?:(?:were|are|remain(?:ed|s)?|have\s+been|had\s+been|are\s+listed\s+as|were\s+listed\s+as|were\s+reported|are\s+reported)\s+)(?:still\s+)?(?:missing|unaccounted\s+for)\b` +
    // "and 12 missing" after the dead: "left three dead and 12 missing".
    String.raw`|\b(?:dead|killed)\s+(?:and|,)\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\s+(?:others?\s+|more\s+)?missing\b`,
  'gi',
);

/** The highest count of the missing the text gives (a report's latest), or null where it gives none. */
export function missingCount(text: string): number | null {
  if (!/missing|unaccounted/i.test(text)) return null;
  let most: number | null = null;
  for (const m of text.matchAll(MISSING)) {
    const written = m[1] ?? m[2] ?? '';
    const raw = written.toLowerCase().replace(/,/g, '');
    const value = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
    if (value === undefined || value > 100_000 || yearNotCount(text, m.index + m[0].indexOf(written), written)) continue;
    most = Math.max(most ?? 0, value);
  }
  return most;
}
