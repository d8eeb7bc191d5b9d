/**
 * One person and a number of others told dead together: "Mother, 2 children found dead", "a woman and
 * her three daughters were found shot to death", "she and her 2 boys were found dead". The count read alone
 * ("2 children ... dead") leaves out the one named first.
 */

import { wordNumber } from './casualty-count.js';
import type { WordGroups } from './word-gate.js';

/** Words every match of LISTED_DEAD holds (word-gate.ts). */
export const LISTED_DEAD_WORDS: WordGroups = [['children', 'kids', 'sons', 'daughters', 'boys', 'girls', 'grandchildren']];

export const LISTED_DEAD = /\b(?:(?:(?:a|an|the|his|her|their)\s+)?(?:man|woman|mother|father|mom|dad|husband|wife|grandmother|grandfather|boyfriend|girlfriend)(?:,\s*\d{1,3},?)?|he|she)\s*(?:,|and|&)\s*(?:(?:his|her|their)\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:young\s+|little\s+|small\s+)?(?:children|kids|sons|daughters|boys|girls|grandchildren)\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:(?:all\s+|both\s+)?(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|dead|died))\b/gi;

/** The dead such a listing tells (the count and the one named first), the highest of the text's; 0 where none. */
export function listedDead(body: string): number {
  let most = 0;
  for (const m of body.matchAll(LISTED_DEAD)) {
    const raw = m[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
    if (n !== undefined) most = Math.max(most, n + 1);
  }
  return most;
}
