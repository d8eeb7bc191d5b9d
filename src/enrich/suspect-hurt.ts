/**
 * A suspect wounded beside the victims: "the suspect was struck by return fire", "managed to wound the
 * gunman", "deputies found a suspect with a minor gunshot wound". Reports count the
 * victims ("two people were shot") and tell the suspect's wound apart; the Gun Violence Archive counts
 * every person hurt, suspects too (each of its participants marked injured is in its count, whatever
 * their role), so the suspect is one more wounded. Not when the suspect died of it, nor when a count
 * already takes the suspect in ("three people, including the gunman, were shot").
 */

import { sentenceAround } from './sentence-around.js';
import { BODY_PART_WORD } from './body-parts.js';

const WHO = String.raw`(?:suspected\s+|alleged\s+|armed\s+|accused\s+|second\s+|other\s+|\d{1,3}-year-old\s+)?(?:suspect|gunman|shooter|robber|assailant|attacker|carjacker)`;
/** Where a bullet hit: "the robber was hit in the thigh" tells a wound as "shot in the hand" does. */
const BODY_PART = BODY_PART_WORD;
/** A wound that ends in death: "shot and killed", "shot dead", "fatally wounded". */
const NOT_DEATH = String.raw`(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b)`;
/**
 * The suspect as the one hurt: "the suspect was shot in the leg", "a second gunman was struck by
 * return fire", "the gunman, 24, was wounded", "officers shot the suspect", "wounding the gunman", "a
 * suspect with a gunshot wound", "the shooter suffered a self-inflicted gunshot wound".
 */
const SUSPECT_HURT = new RegExp(
  String.raw`\b${WHO}s?\b(?:\s*,\s*[^,.;]{1,60},)?\s+(?:who\s+)?(?:was|is|were|had\s+been|has\s+been)\s+(?:also\s+|himself\s+|herself\s+)?(?:(?!fatally\b)\w+ly\s+)?(?:shot|wounded|injured|hospitali[sz]ed|grazed|(?:hit|struck)\s+(?:and\s+(?:wounded|injured)|by\s+(?:return\s+|police\s+)?(?:fire|gunfire|bullets?|a\s+bullet|rounds?|a\s+round)|in\s+the\s+(?:${BODY_PART})))\b${NOT_DEATH}` +
    // Not the suspect's belongings: "shooting the gunman's house".
    String.raw`|(?<!\bfatally\s)\b(?:wound(?:ed|ing)?|injur(?:e|ed|ing)|shot|shooting)\s+(?:the|a|one\s+of\s+the)\s+${WHO}s?\b(?!['’])${NOT_DEATH}` +
    String.raw`|\b${WHO}\b[^.;]{0,40}?\b(?:suffered|sustained|with|treated\s+for|suffering\s+from)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:gunshot\s+wounds?|bullet\s+wounds?)`,
  'i',
);
/** A death told in the same sentence: the suspect's wound was likely fatal, or the sentence is the victims'. */
const DEATH = /\b(?:died|dies|dead|death|killed|killing|fatal(?:ly)?|succumbed|pronounced)\b/i;
/** A count that already takes the suspect in, or a suspect told of as dead somewhere in the report. */
const SUSPECT_COUNTED = new RegExp(String.raw`\bincluding\s+(?:the\s+|a\s+|one\s+)?${WHO}\b|\b${WHO}\s+(?:was\s+)?among\s+(?:the|those)\b`, 'i');
const SUSPECT_DIED = new RegExp(String.raw`\b${WHO}\b[^.;]{0,60}?\b(?:died|dead|was\s+killed|was\s+shot\s+and\s+killed|was\s+pronounced)\b|\b(?:killed|killing|fatally\s+(?:shot|wounded))\s+(?:the|a)\s+${WHO}\b`, 'i');
/** Every pattern above holds one of these (case aside): looked for as plain text, far cheaper than a case-blind alternation tried at every position. */
const SUSPECT_WORDS = ['suspect', 'gunman', 'shooter', 'robber', 'assailant', 'attacker', 'carjacker'];

/** Whether the report tells of a suspect wounded, who survived and is in no count of its own. */
export function suspectWounded(body: string): boolean {
  const lower = body.toLowerCase();
  if (!SUSPECT_WORDS.some((word) => lower.includes(word)) || SUSPECT_COUNTED.test(body) || SUSPECT_DIED.test(body)) return false;
  for (const m of body.matchAll(new RegExp(SUSPECT_HURT.source, 'gi'))) if (!DEATH.test(sentenceAround(body, m.index))) return true;
  return false;
}

/**
 * The report with each sentence that tells of a suspect's wound blanked (offsets kept): what it
 * tells of everyone else hurt.
 */
export function withoutSuspectHurt(body: string): string {
  let out = body;
  for (const m of body.matchAll(new RegExp(SUSPECT_HURT.source, 'gi'))) {
    const sentence = sentenceAround(body, m.index);
    const start = body.lastIndexOf(sentence, m.index);
    out = out.slice(0, start) + ' '.repeat(sentence.length) + out.slice(start + sentence.length);
  }
  return out;
}

/**
 * Police firing on someone: "shot by a deputy", "officers opened fire", "an officer-involved shooting",
 * "police gunfire". The one such a report tells was shot is most often the suspect himself.
 */
const POLICE_FIRED = /\b(?:shot|wounded|struck|hit)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:police|officers?|deput(?:y|ies)|troopers?|agents?|cops?)\b|\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?)\s+(?:\w+\s+)?(?:shot|fired|returned\s+fire|opened\s+fire|wounded)\b|\bofficer[- ]involved\b|\bpolice\s+(?:gunfire|shooting)\b/i;

/**
 * Several shootings told in one report ("3 dead, 9 hurt in weekend shootings", "in three separate
 * incidents"): the suspect hurt in one of them is no victim's companion in another.
 */
const SEVERAL_SHOOTINGS = /^[^\n]*\bshootings\b|\b(?:two|three|four|five|several|\d{1,2}|separate|unrelated)\s+(?:separate\s+)?(?:shootings|incidents)\b/i;

/**
 * Whether a report's wounding of someone beside the suspect's may be another person's: not where police
 * fired on the one shot, nor in a report of several shootings.
 */
export function othersHurtBesideSuspect(body: string): boolean {
  return !POLICE_FIRED.test(body) && !SEVERAL_SHOOTINGS.test(body);
}
