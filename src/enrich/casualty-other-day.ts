/**
 * Other shootings a brief tells after its own, on other days: "A woman was wounded in the hip on
 * Thursday evening. ... Three other women were shot Wednesday behind a laundromat." The count of
 * the other day's shooting (three) is not this one's (one), nor is "the teen shot and killed Tuesday
 * night" named after it. The day is the story's lead's: the first sentence after the headline that
 * tells of harm and names a day of the week. A later sentence whose shooting is told on another day
 * (the day right after its verb: "were shot Wednesday behind a laundromat") is another shooting's, and is
 * blanked. Not a victim's news told on a later day: "he died Monday", "in stable condition late
 * Thursday", "was released from hospital Friday". Where the lead names no day, nothing is blanked.
 */

/** A shooting told on a day: the verb, then within its clause the day ("shot and killed Saturday", "were shot on Old Court Road Sunday"). */
import { findRoundUp } from './round-up.js';

const SHOT_ON_DAY = /\b(?:shot|wounded|injured|hurt|struck|killed)\b([^.;!?\n]{0,60}?)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;
/** Words of a victim's later news between the verb and the day: "in stable condition late Thursday". */
const LATER_NEWS = /\b(?:late|by|until|through|as\s+of|since)\s*$|\b(?:condition|released|remain\w*)\b/i;
/** A victim's death, news of the same shooting on a later day: "died Monday", "was pronounced dead Tuesday". */
const DIED = /\b(?:died|dies|succumbed|pronounced\s+dead|passed\s+away)\b/i;
/** A sentence: up to its end mark and the space after, or a line. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+|(?=\n)|$)/g;

/**
 * A shooting told after its day, which opens the sentence: "On Friday, nine people, two teens among
 * them, were hurt after shots rang out at a street fair". The verb of harm anywhere after it.
 */
const DAY_FIRST = /^\s*(?:(?:earlier|late|early)\s+)?(?:on\s+|last\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+(?:morning|afternoon|evening|night))?,\s+[^.;!?\n]*?\b(?:shot|wounded|injured|hurt|struck|killed)\b/i;

/** The days on which a sentence tells a shooting: "were shot Sunday", "On Saturday, ten people were wounded", not "in stable condition late Thursday". */
function shootingDays(sentence: string): Set<string> {
  const days = new Set([...sentence.matchAll(SHOT_ON_DAY)].filter((m) => !LATER_NEWS.test(m[1]!)).map((m) => m[2]!.toLowerCase()));
  const first = DAY_FIRST.exec(sentence);
  if (first) days.add(first[1]!.toLowerCase());
  return days;
}

/** The text with the sentences that tell of another day's shooting blanked (offsets kept); the text itself where none. */
export function withoutOtherDays(text: string): string {
  // The headline is the first line; the lead is read from the body after it.
  const bodyStart = text.indexOf('\n');
  // A round-up's shootings are each told on their day; which is the event's is not the first's to say.
  if (bodyStart < 0 || findRoundUp(text)) return text;
  let lead: Set<string> | null = null;
  let out = text;
  for (const m of text.slice(bodyStart).matchAll(SENTENCE)) {
    const sentence = m[0];
    const days = shootingDays(sentence);
    if (days.size === 0) continue;
    if (lead === null) {
      lead = days;
      continue;
    }
    if ([...days].some((d) => lead!.has(d)) || DIED.test(sentence)) continue;
    const at = bodyStart + m.index!;
    out = out.slice(0, at) + ' '.repeat(sentence.length) + out.slice(at + sentence.length);
  }
  return out;
}
