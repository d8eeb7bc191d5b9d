/**
 * A death a story of a wounding tells as background, dated before it or placed at the same spot: "Residents
 * said a 22-year-old was beaten to death on the same block only last month", "Exactly two weeks ago,
 * 13-year-old Chris Mallowfield died after a rifle went off", "the father of a boy who was fatally
 * stabbed near that park in 2009", "revenge for the slaying of a cook on Thursday, the first
 * homicide of the year"; and a death of another cause ("was killed in a tractor accident", the one
 * mourned at a funeral that was shot at). Read as the story's, such a sentence gave a death to
 * shootings no one died in.
 * Only where the headline tells of no death: a follow-up of a death ("Man killed last week
 * identified") tells its own event so. Blanked, not cut (offsets kept); the caller reads the text
 * without them only where the rest still gives a figure (casualties.ts).
 */

/** A death: "killed", "died", "fatally shot", "the slaying of", "a homicide". */
const DEATH = /\b(?:killed|died|dies|dead|death|fatally|slain|slaying|murdered|homicide|passed\s+away)\b/i;
/**
 * Words that put the death before the story or at another shooting of the same spot: "last week", "a
 * week ago", "in 2012", "earlier this month", "on the same block", "the first homicide of the year".
 * Not a possessive ("last week's ceasefire"): it names another thing, not when the death was.
 */
const EARLIER = /\b(?:last\s+(?:week|month|year|spring|summer|fall|autumn|winter)|(?:a|an|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before)|earlier\s+(?:this|that|in\s+the)\s+(?:month|year|summer|spring)|in\s+(?:19|20)\d\d|(?:on|in|at)\s+the\s+same\s+(?:block|street|corner|neighbou?rhood|area|spot|location|park|complex)|(?:first|second|third|\d{1,3}(?:st|nd|rd|th))\s+homicide\s+of\s+the\s+year)\b(?!['’])/i;
/** A headline's death: "Man killed last week identified", "Alleged Rampage Killer", "Police Detail Charges in Double Murder". */
const HEADLINE_DEATH = /\b(?:kill\w*|dead\w*|deaths?|died|dies|fatal\w*|murder\w*|homicides?|slain|slay\w*)\b/i;
/**
 * A death of another cause than a gun: "Velcourt was killed in a late-night tractor accident" (the
 * one mourned at the funeral that was shot at), "died of cancer". Not a fire: a fire at the scene is
 * often the shooting's own ("the gunman's body was found once the fire was out").
 */
const OTHER_CAUSE = /\b(?:killed|died|dead|death)\b[^.;!?\n]{0,60}?\b(?:in|from|of|after|by)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:crash|accident|collision|wreck|overdose|cancer|illness|disease|drowning)\b/i;
/** A gun in the sentence: "killed in a hunting accident", "died in an accidental shooting" are the story's kind. */
const GUN = /\b(?:shot|shoot\w*|gun\w*|bullets?|fired|firing|hunting|rifle|pistol|handgun|shotgun)\b/i;
/** The wounded, which a sentence of another's death does not tell. */
const HURT = /\b(?:injur\w*|wound\w*|hurt)\b/i;
/** A sentence: up to its end mark, or a line. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|(?=\n)|$)/g;

/** The text with each sentence of an earlier death blanked (offsets kept); the text itself where the headline tells a death. */
export function withoutEarlierDeaths(text: string): string {
  const bodyStart = text.indexOf('\n');
  if (bodyStart < 0 || HEADLINE_DEATH.test(text.slice(0, bodyStart))) return text;
  let out = text;
  for (const m of text.slice(bodyStart).matchAll(SENTENCE)) {
    const sentence = m[0];
    // "an August shooting that killed a cook and wounded seven more" tells the story's own wounded: kept.
    if (!DEATH.test(sentence) || !(EARLIER.test(sentence) || (OTHER_CAUSE.test(sentence) && !GUN.test(sentence))) || HURT.test(sentence)) continue;
    const at = bodyStart + m.index!;
    out = out.slice(0, at) + ' '.repeat(sentence.length) + out.slice(at + sentence.length);
  }
  return out;
}
