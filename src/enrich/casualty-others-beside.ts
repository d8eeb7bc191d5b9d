/**
 * One person told as hurt and a count of others in the same sentence: "A pregnant woman was hit twice
 * in a drive-by that wounded three other people" (four), "An 8-year-old girl stayed in serious
 * condition after gunfire that also hurt two other people" (three). The others are others than that
 * person: the count read alone ("wounded three other people") missed them by one.
 * Read as those shot, so that a death told elsewhere ("He died Monday") is taken out of the wounded.
 */

import { NUMBER, wordNumber } from './casualty-count.js';
import { sentenceAround } from './sentence-around.js';
import type { WordGroups } from './word-gate.js';

/** The one person: a determiner, at most three words ("pregnant", "12-year-old"), then who. */
const ONE = String.raw`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|teen|teenager|youth|child|toddler|baby|infant|person|officer|deputy|trooper|agent|student|victim|mother|father|son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|bystander|driver|passenger|clerk|guard|employee)`;

/**
 * What befell them: shot, wounded or hurt, or a condition of the living. Not a death ("was shot and
 * killed", "shot to death", "fatally").
 */
const HURT = String.raw`\s+(?:was|is|remains|remained|has\s+been)\s+(?:(?:critically|seriously|badly|severely|also|reportedly)\s+)?(?:shot|wounded|injured|hurt|grazed|hospitali[sz]ed|in\s+(?:critical|serious|stable|fair|grave|good)\s+condition)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b)`;

/** Others than that person: "other people", "others", "other victims". */
const OTHERS = String.raw`(?:other\s+(?:people|persons|men|women|victims|adults|children|kids|teens|teenagers|boys|girls|officers|bystanders)|others)\b`;

/**
 * The count of others later in the sentence: "injured four other people", "wounding two others",
 * "and two others were shot". Between them, no stop and no death (a death between may be the
 * first person's, or a count's that holds them).
 */
const BETWEEN = String.raw`(?:(?!\b(?:killed|killing|dead|died|dies|death|fatal(?:ly)?|slain)\b)[^.;!?\n]){0,160}?`;
const ONE_AND_COUNT = new RegExp(
  String.raw`${ONE}${HURT}${BETWEEN}\b(?:(?:also\s+)?(?:injur|wound|hurt)(?:ed|ing)?\s+(?:at\s+least\s+)?${NUMBER}\s+${OTHERS}|${NUMBER}\s+${OTHERS}\s+(?:(?:were|have\s+been)\s+)?(?:also\s+)?(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b))`,
  'g',
);

/** Words every match holds (word-gate.ts). */
export const OTHERS_BESIDE_WORDS: WordGroups = [['other'], ['shot', 'wound', 'injur', 'hurt', 'graz', 'hospital', 'condition']];

/**
 * A death of an unborn child ("her unborn baby was killed"): incident records count the mother as
 * hurt and no death, so it does not stand between her wounding and the others'.
 */
const UNBORN_DEATH = /\b(?:her|the|an?)\s+unborn\s+(?:baby|child|son|daughter|fetus|foetus)\s+(?:was\s+)?(?:killed|died|dead)\b/gi;

/**
 * The others' words alone, found first: the pattern is run only on the sentences that hold them (run over
 * a whole page, it tried its people at every "a" and "the", 3% of the casualty reading's time).
 */
const OTHERS_WORD = new RegExp(String.raw`\b${OTHERS}`, 'g');

/** The most people any such sentence tells as shot (the one and the others), or 0. */
export function oneAndOthersShot(body: string): number {
  let most = 0;
  const read = new Set<string>();
  for (const at of body.matchAll(OTHERS_WORD)) {
    const sentence = sentenceAround(body, at.index);
    if (read.has(sentence)) continue;
    read.add(sentence);
    const text = sentence.replace(UNBORN_DEATH, (m) => ' '.repeat(m.length));
    for (const m of text.matchAll(ONE_AND_COUNT)) {
      const raw = (m[1] ?? m[2])!.toLowerCase().replace(/,/g, '');
      const n = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
      if (n !== undefined && n <= 100) most = Math.max(most, n + 1);
    }
  }
  return most;
}
