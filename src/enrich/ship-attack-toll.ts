/**
 * A toll told of an earlier attack on another named ship, in the report of a later one: "Tuesday's
 * attack on the Liberian-flagged tanker Aegean Horizon killed one crew member" closing the story of a
 * drone that missed a bulk carrier; "six days after a drone strike on the tanker Aegean Horizon killed
 * a Filipino sailor" in the story of a seizure. The death is the tanker's, no toll of the story's own
 * event: read as its own, the near-miss and the seizure each took the tanker's one dead (review ux76a).
 *
 * Only where the clause names its ship by name (a vessel word and a capitalised name) and the text
 * writes that name nowhere else: a follow-up on the same ship ("the Aegean Horizon's crew came home")
 * names it again, and keeps its toll. The caller (recalled-toll.ts) reads this only in a report that
 * names an earlier day or counts its news from one ("four days after").
 */

const VESSEL = String.raw`(?:tanker|ship|vessel|carrier|freighter|ferry|trawler|dhow|yacht|boat|containership|bulker)`;
const ATTACK = String.raw`(?:attacks?|strikes?|assaults?|hit|raid)`;
/** When the attack was, before it: "Tuesday's", "last week's", "four days after a". */
const EARLIER = String.raw`(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|\blast\s+(?:week|month)['’]s|\b(?:hours?|days?|weeks?)\s+after\s+(?:a|an|the))`;
/** The ship: "the Liberian-flagged tanker Aegean Horizon" (the name group is what must be met nowhere else). */
const ON_SHIP = String.raw`\s+on\s+(?:the\s+|a\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?${VESSEL}\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)`;
/** The toll: the verb right after the ship, or a "which/that" clause on it. */
const TOLL = String.raw`\s*,?\s*(?:(?:which|that|in\s+which)\s+)?(?:(?:has|had)\s+)?(?:killed|claimed|left|injured|wounded|hurt)\b[^.;!?\n]*`;
const RECALLED_SHIP_TOLL = new RegExp(String.raw`${EARLIER}\s+(?:[\p{L}-]+\s+){0,2}?${ATTACK}${ON_SHIP}${TOLL}`, 'giu');
/**
 * The capitalised words a ship's name opens with, checked without the pattern's "i" (under which \p{Lu}
 * takes lower-case letters too): "the ferry near Port Selwyn killed 12" names no ship, it places the
 * story's own attack; "the tanker Aegean Horizon near Aden" names the Aegean Horizon.
 */
const SHIP_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s|$)/u;

/** The text with each toll of an earlier attack on another named ship blanked out (offsets kept). */
export function withoutOtherShipTolls(text: string): string {
  if (!/kill|claim|left|injur|wound|hurt/i.test(text)) return text;
  return text.replace(RECALLED_SHIP_TOLL, (m: string, name: string, at: number) => {
    const ship = SHIP_NAME.exec(name)?.[0];
    if (!ship) return m;
    const elsewhere = text.slice(0, at) + ' '.repeat(m.length) + text.slice(at + m.length);
    return elsewhere.includes(ship) ? m : ' '.repeat(m.length);
  });
}
