/**
 * Casualty counts as reports state them: "killing three people and injuring 27 others", "the death toll
 * has risen to four", "Thirty people were injured". The highest figure an article gives is its figure
 * (tolls are revised upwards within a report: "three killed ... toll rises to four").
 */
import type { Casualties } from '../model/types.js';

const NUMBER = String.raw`(\d[\d,]*|a dozen|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const WHO = String.raw`(?:(?:more\s+)?(?:people|persons|civilians|others|residents|children|students|workers|officers|passengers|victims|men|women)\s+)?`;
const WERE = String.raw`(?:(?:were|have been|had been|was|are)\s+)?`;
const PATTERNS: { kind: keyof Casualties; pattern: RegExp }[] = [
  { kind: 'killed', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:killed|dead|died|confirmed dead)\b`, 'gi') },
  { kind: 'killed', pattern: new RegExp(String.raw`\bkill(?:ing|ed)\s+(?:at least\s+)?${NUMBER}\b`, 'gi') },
  { kind: 'killed', pattern: new RegExp(String.raw`\b(?:death toll|number of (?:people|those) (?:killed|dead))\b[^.]{0,60}?\b(?:risen|rose|rises|climbed|stands|stood|reached)\s+(?:to|at)\s+${NUMBER}\b`, 'gi') },
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:injured|wounded|hurt|hospitali[sz]ed)\b`, 'gi') },
  { kind: 'injured', pattern: new RegExp(String.raw`\b(?:injur|wound)(?:ing|ed)\s+(?:at least\s+)?${NUMBER}\b`, 'gi') },
];

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a dozen': 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

export function findCasualties(body: string): Casualties | null {
  const found: Casualties = { killed: null, injured: null };
  for (const { kind, pattern } of PATTERNS) {
    for (const m of body.matchAll(pattern)) {
      const raw = m[1]!.toLowerCase().replace(/,/g, '');
      const value = /^\d+$/.test(raw) ? Number(raw) : WORDS[raw];
      if (value === undefined || value > 1_000_000) continue;
      found[kind] = Math.max(found[kind] ?? 0, value);
    }
  }
  return found.killed === null && found.injured === null ? null : found;
}
