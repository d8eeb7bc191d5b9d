/**
 * Victims told one by one, each in a sentence of their own: "A cook was shot in his thigh. His 4-year-old
 * nephew was also shot in the knee." Each "was also shot" brings in one more person than those
 * told before it. A report that counts none of them by number gives the wounded as many: the first and
 * each one "also" hurt, where no one died; where someone did, the "also" hurt alone (the first may be
 * the dead).
 */
import { sentenceAround } from './sentence-around.js';

/**
 * One person "also" hurt: "was also shot", "was also wounded", "was also struck by gunfire". Not more of
 * one person's wounds ("was also shot in the wrist" said of "he": a pronoun's), not a death ("was also
 * shot and killed"), nor hurt again ("was also shot twice").
 */
const ALSO_HURT = /\bwas\s+also\s+(?:shot|wounded|injured|hurt|grazed|hit|struck)\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death|multiple|several|twice|again)\b)/gi;

/** A subject that is a pronoun, just before the verb: the same person again ("He was also shot in the wrist"). */
const PRONOUN_SUBJECT = /(?:^|[\s,;:"“(])(?:he|she|it|they|who|which)\s+$/i;

/** Where "hit" or "struck" is no wounding: a car, a building, a vehicle. */
const NOT_A_PERSON = /\b(?:car|vehicle|truck|house|home|building|window|wall|door|apartment|suv|van)\s+(?:\w+\s+)?was\s+also\s+(?:hit|struck|shot)\b/i;

/** How many people a report brings in as "also" hurt, each in a sentence of its own. */
export function alsoHurtCount(body: string): number {
  const sentences = new Set<string>();
  for (const m of body.matchAll(ALSO_HURT)) {
    const before = body.slice(Math.max(0, m.index - 40), m.index);
    if (PRONOUN_SUBJECT.test(before)) continue;
    const sentence = sentenceAround(body, m.index);
    if (NOT_A_PERSON.test(sentence)) continue;
    sentences.add(sentence);
  }
  return sentences.size;
}
