/**
 * A victim told by their rank among the hurt: "A fifth victim was grazed by a ricochet", "the second
 * victim, 52, was shot in the calf", "a third girl was also shot in the shin", "a third person was
 * injured", "a sixth victim was driven to a clinic". Reports list the shot one by one and give the last one's rank instead of a total; the rank
 * is at least how many were shot (the dead among them). Of people only: "a second car was hit" is no
 * one.
 */

import type { WordGroups } from './word-gate.js';

const RANKS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const RANKED_SHOT = new RegExp(
  String.raw`\b(?:a|an|the)\s+(${Object.keys(RANKS).join('|')})\s+(?:(?:male|female|adult|young|teenage|gunshot|shooting)\s+)?(?:victim|person|man|woman|teen|teenager|boy|girl|child)\b` +
    // an apposition ("the fifth victim, a 61-year-old cook,"), then the harm
    String.raw`(?:\s*,\s*[^,.;]{1,40},)?\s+(?:who\s+)?(?:(?:was|is|had\s+been|has\s+been)\s+(?:(?:also\s+)?(?:\w+ly\s+)?(?:shot|grazed|wounded|injured|hurt|hit|struck)` +
    // or the way to hospital, a condition or a wound: "A sixth victim was rushed to a clinic", "the
    // third victim, a 44-year-old nurse, is still being treated", "a third man suffered a gunshot wound"
    String.raw`|(?:also\s+|still\s+|later\s+)?(?:being\s+treated|taken|transported|rushed|dropped\s+off|driven|airlifted|flown|hospitali[sz]ed|(?:listed\s+)?in\s+(?:critical|serious|stable|fair|good|satisfactory)\s+condition))|(?:also\s+)?(?:suffered|sustained)\s+(?:a\s+)?(?:[\w-]+\s+)?gunshot\s+wounds?)\b`,
  'gi',
);

/**
 * A victim found after the first count by their rank: "a fifth victim was discovered", "later found a
 * sixth victim behind a shed", "there was a third shooting victim found inside a van". Victims only: "a
 * third man was found hiding" is no one hurt.
 */
const RANKS_OR = Object.keys(RANKS).join('|');
const RANKED_FOUND = new RegExp(
  String.raw`\b(?:a|an|the)\s+(${RANKS_OR})\s+(?:(?:gunshot|shooting)\s+)?victim\s+(?:was\s+)?(?:later\s+|also\s+)?(?:found|discovered|located)\b` +
    String.raw`|\b(?:found|discovered|located)\s+(?:a|an)\s+(${RANKS_OR})\s+(?:(?:gunshot|shooting)\s+)?victim\b` +
    String.raw`|\bthere\s+(?:was|is)\s+(?:a|an)\s+(${RANKS_OR})\s+(?:(?:gunshot|shooting)\s+)?victim\b`,
  'gi',
);

/** Words every match of RANKED_SHOT holds, lower-cased (word-gate.ts): a rank. */
export const RANKED_WORDS: WordGroups = [Object.keys(RANKS)];

/** The highest rank a text gives a victim who was shot or hurt, or 0. */
export function rankedVictims(body: string): number {
  let most = 0;
  for (const m of body.matchAll(RANKED_SHOT)) most = Math.max(most, RANKS[m[1]!.toLowerCase()]!);
  for (const m of body.matchAll(RANKED_FOUND)) most = Math.max(most, RANKS[(m[1] ?? m[2] ?? m[3])!.toLowerCase()]!);
  return most;
}
