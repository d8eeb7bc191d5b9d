/**
 * A ship's crew held or missing, as a report counts them: "17 crew members were taken hostage",
 * "holding 18 sailors hostage", "two sailors are missing". Neither is a death or a wound, so neither
 * goes into the toll; an insurer and a desk watching a hijacking count them all the same.
 */
import { sentenceAround } from './sentence-around.js';
import { wordNumber } from './casualty-count.js';

export interface CrewFigures {
  held: number | null;
  missing: number | null;
}

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A count, in figures or words: "17", "seventeen", "twenty-two". */
const COUNT = String.raw`(\d{1,3}|(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL})`;
/** Seafarers: a crew's own words, after a nationality or "of the" ("17 Filipino crew members", "five of the sailors"). */
const CREW = String.raw`(?:of\s+(?:the|its|their)\s+|\p{Lu}[\p{L}-]+\s+)?(?:crew\s*members?|crewmembers|crewmen|crew|sailors|seafarers|seamen|mariners)`;
const BE = String.raw`(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remains|remained|being)\s+(?:still\s+|now\s+|reportedly\s+|all\s+)?(?:being\s+)?`;

/** "17 crew members were taken hostage", "five sailors were kidnapped", "the 18 seafarers are being held captive". */
const HELD_AFTER = new RegExp(String.raw`\b${COUNT}\s+${CREW}\s+${BE}(?:(?:taken|held|kept)\s+(?:as\s+)?(?:hostages?|captives?|captive)|kidnapped|abducted)\b`, 'giu');
/** "holding 18 sailors hostage", "took all 22 crew captive", "kidnapped three seafarers". */
const HELD_BEFORE = new RegExp(String.raw`\b(?:(?:holding|held|hold|holds|took|taking|take|takes|keeping|kept)\s+(?:all\s+)?${COUNT}\s+${CREW}\s+(?:as\s+)?(?:hostages?|captives?|captive)|(?:kidnapped|abducted|kidnapping|abducting)\s+(?:all\s+)?${COUNT}\s+${CREW})\b`, 'giu');
/** "two sailors are missing", "three crew members remain unaccounted for", "a search for two missing sailors". */
const MISSING = new RegExp(String.raw`\b(?:${COUNT}\s+${CREW}\s+(?:${BE}|went\s+)(?:missing|unaccounted\s+for)|${COUNT}\s+missing\s+${CREW})\b`, 'giu');

/** A sentence that tells the missing were found, or a count of another time ("in 2011", "last year"): no figure of this event. */
const FOUND = /\b(?:found|rescued|located|recovered|picked\s+up|turned\s+up|pulled\s+from)\b/i;
const ANOTHER_TIME = /\b(?:in|since|of)\s+(?:19|20)\d\d\b|\blast\s+year\b|\byears\s+ago\b|\bin\s+(?:a|an|another|the)\s+(?:earlier|previous|separate)\b/i;

function countOf(m: RegExpExecArray): number | null {
  const raw = m.slice(1).find((g) => g !== undefined);
  if (raw === undefined) return null;
  const n = /^\d/.test(raw) ? Number(raw) : wordNumber(raw.toLowerCase());
  return n !== undefined && n > 0 ? n : null;
}

/** The first figure `pattern` finds in `text` whose sentence passes `keep`. */
function firstFigure(text: string, patterns: readonly RegExp[], keep: (sentence: string) => boolean): number | null {
  let best: { at: number; value: number } | null = null;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = countOf(m);
      if (value === null || !keep(sentenceAround(text, m.index))) continue;
      if (!best || m.index < best.at) best = { at: m.index, value };
      break;
    }
  }
  return best?.value ?? null;
}

/** The crew a report counts as held and as missing, the first figure of each it gives; null where it gives none. */
export function crewFigures(text: string): CrewFigures {
  const thisTime = (sentence: string): boolean => !ANOTHER_TIME.test(sentence);
  return {
    held: firstFigure(text, [HELD_AFTER, HELD_BEFORE], thisTime),
    missing: firstFigure(text, [MISSING], (sentence) => thisTime(sentence) && !FOUND.test(sentence)),
  };
}
