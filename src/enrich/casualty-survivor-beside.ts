/**
 * A survivor told beside the dead in one sentence: "A 6-year-old boy has died and his grandmother remains
 * hospitalized", "the boy died while his father is in critical condition", "one man was killed and his
 * cousin is recovering". A condition in a sentence that tells a death is most often the dead's before
 * they died (casualty-one.ts), so such a sentence gave no wounded; here the condition is someone else's,
 * brought in after the death by "and" or "while".
 */

import { sentenceAround } from './sentence-around.js';

/** A death, then another person and their standing condition. */
const SURVIVOR_BESIDE = /\b(?:died|dies|killed|dead|slain)\b[^.;!?\n]{0,60}?(?:,\s*)?\b(?:and|while|but)\s+(?:(?:his|her|their|the|a|an|another|one)\s+)(?:[\w'’-]+\s+){0,2}?(?:mother|father|mom|dad|brother|sister|son|daughter|wife|husband|girlfriend|boyfriend|friend|cousin|uncle|aunt|grandmother|grandfather|man|woman|boy|girl|teen|teenager|child|victim|person|passenger|driver|officer|deputy|\d{1,3}-year-old)\s+(?:remains?|is|was)\s+(?:still\s+)?(?:in\s+(?:the\s+|a\s+)?hospital|hospitali[sz]ed|in\s+(?:critical|serious|stable|fair|good|grave)(?:\s+(?:but|and)\s+(?:critical|serious|stable|fair|good))?\s+condition|recovering|expected\s+to\s+(?:survive|recover|live))\b/i;

/** Harm of another kind than a gun's: "two are dead and a toddler is in hospital after a mobile home fire" (a page's other story). */
const OTHER_HARM = /\b(?:(?:house|apartment|mobile\s+home)\s+fire|blaze|crash(?:ed|es)?|collision|wreck|drown(?:ed|ing)?|overdose)\b/i;

/** Whether a sentence tells a death and, after it, someone else alive in hospital or in a condition. */
export function survivorBesideDeath(body: string): boolean {
  for (const m of body.matchAll(new RegExp(SURVIVOR_BESIDE.source, 'gi'))) if (!OTHER_HARM.test(sentenceAround(body, m.index))) return true;
  return false;
}
