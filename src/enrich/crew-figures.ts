/**
 * A ship's crew held or missing, as a report counts them: "17 crew members were taken hostage",
 * "holding 18 sailors hostage", "two sailors are missing". Neither is a death or a wound, so neither
 * goes into the toll; an insurer and a desk watching a hijacking count them all the same.
 */
import { sentenceAround } from './sentence-around.js';
import { wordNumber } from './casualty-count.js';
import { toldOfAnotherTime } from './another-time.js';

export interface CrewFigures {
  held: number | null;
  missing: number | null;
}

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A count, in figures or words: "17", "seventeen", "twenty-two". */
const COUNT = String.raw`(\d{1,3}|(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL})`;
/**
 * Seafarers: a crew's own words, after a nationality, another word for them or "of the" ("17 Filipino
 * crew members", "six foreign crew members", "19 remaining crew", "five of the sailors"). The word before
 * is checked in code (seafarersNamed) against the crews that sail no ship ("film crew").
 */
const crew = (n: number): string => String.raw`(?:of\s+(?:the|its|their)\s+|(?<nation${n}>[\p{L}-]+)\s+)?(?:crew\s*members?|crewmembers|crewmen|crew|sailors|seafarers|seamen|mariners)`;
const CREW = crew(1);
const BE = String.raw`(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remains|remained|being)\s+(?:still\s+|now\s+|reportedly\s+|all\s+)?(?:being\s+)?`;

/** "17 crew members were taken hostage", "five sailors were kidnapped", "the 18 seafarers are being held captive". */
const HELD_AFTER = new RegExp(String.raw`\b${COUNT}\s+${CREW}\s+${BE}(?:(?:taken|held|kept)\s+(?:as\s+)?(?:hostages?|captives?|captive)|kidnapped|abducted)\b`, 'giu');
/** "holding 18 sailors hostage", "took all 22 crew captive", "kidnapped three seafarers". */
const HELD_BEFORE = new RegExp(String.raw`\b(?:(?:holding|held|hold|holds|took|taking|take|takes|keeping|kept)\s+(?:all\s+)?${COUNT}\s+${CREW}\s+(?:as\s+)?(?:hostages?|captives?|captive)|(?:kidnapped|abducted|kidnapping|abducting)\s+(?:all\s+)?${COUNT}\s+${crew(2)})\b`, 'giu');
/** "two sailors are missing", "three crew members remain unaccounted for", "a search for two missing sailors". */
const MISSING = new RegExp(String.raw`\b(?:${COUNT}\s+${CREW}\s+(?:${BE}|went\s+)(?:missing|unaccounted\s+for)|${COUNT}\s+missing\s+${crew(2)})\b`, 'giu');

/** A sentence that tells the missing were found, or a count of another time ("in 2011", "last year"): no figure of this event. */
const FOUND = /\b(?:found|rescued|located|recovered|picked\s+up|turned\s+up|pulled\s+from)\b/i;
/**
 * Crews that sail no ship: a film, television, news or camera crew, an aircraft's, a rescue or a
 * work crew ashore. An all-caps word is a broadcaster's name ("three CNN crew members"), not a nationality.
 */
const NOT_SEAFARERS = /^(?:film|filming|television|tv|news|camera|flight|cabin|air|aircrew|production|media|rescue|fire|ambulance|ground|road|repair|work|utility|cleanup|demolition|maintenance|emergency|helicopter|lifeboat|construction|train|bus)$/i;
/** A broadcaster's initials ("CNN", "BBC"). */
const INITIALS = /^\p{Lu}{2,}$/u;
/** A report that speaks of a ship, pirates or seafarers at all: a crew figure without one is no ship's (review71 d1). */
const SHIP_WORD = /\b(?:ships?|vessels?|tankers?|freighters?|carriers?|bulkers?|boats?|yachts?|trawlers?|dhows?|ferry|ferries|barges?|tugs?|hulls?|MV|MT|M\/V|M\/T|[Pp]irates?|[Ss]ailors?|[Ss]eafarers?|[Ss]eamen|[Mm]ariners?)\b/;

/**
 * Whether the word before "crew" is a nationality or any other word for seafarers ("Filipino", "foreign",
 * "remaining", "other") rather than another trade's ("film", "TV"). Lower-case words count: 02dd8a6f
 * asked for a capital and lost "kidnapped six foreign crew members" (review72 fault 5).
 */
function seafarersNamed(m: RegExpExecArray): boolean {
  return Object.values(m.groups ?? {}).every((word) => word === undefined || (!NOT_SEAFARERS.test(word) && !INITIALS.test(word)));
}

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
      if (value === null || !seafarersNamed(m) || !keep(sentenceAround(text, m.index))) continue;
      if (!best || m.index < best.at) best = { at: m.index, value };
      break;
    }
  }
  return best?.value ?? null;
}

/** The crew a report counts as held and as missing, the first figure of each it gives; null where it gives none or names no ship. */
export function crewFigures(text: string): CrewFigures {
  if (!SHIP_WORD.test(text)) return { held: null, missing: null };
  const thisTime = (sentence: string): boolean => !toldOfAnotherTime(sentence);
  return {
    held: firstFigure(text, [HELD_AFTER, HELD_BEFORE], thisTime),
    missing: firstFigure(text, [MISSING], (sentence) => thisTime(sentence) && !FOUND.test(sentence)),
  };
}
