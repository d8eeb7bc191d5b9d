/**
 * A death named only as what someone is held, charged or tried for ("Ian Flint, 61, was held on
 * suspicion of manslaughter", "a man was charged with murder"). Read over a
 * whole report, such a sentence rightly tells that someone died (casualty-one.ts A_DEATH). Read alone,
 * as the summary reads a candidate sentence against the record's toll, it says nothing of how many: the
 * five dead of a works' blast are not contradicted by the arrest of its manager "on suspicion of
 * manslaughter", and the sentence had been passed over as a stale toll of one.
 */
import { findCasualties } from './casualties.js';
import type { Casualties } from '../model/types.js';

/**
 * The verb of an arrest, a charge or a trial, then what for: "held on suspicion of gross negligence
 * manslaughter". Nothing of a death between them ("arrested a man who killed five workers on suspicion
 * of murder" keeps its count), and not "the killing of Joe Smith", which names the one who died.
 */
const CHARGED_DEATH = /\b(?:held|arrested|detained|charged|accused|indicted|convicted|sentenced|jailed|tried|questioned|bailed|released|booked|faces?|facing|suspected)\b(?:(?!\b(?:kill\w*|dead|died|death|deaths|slain|shot|stabbed|counts?)\b)[^.;!?\n]){0,60}?\b(?:on\s+suspicion\s+of|suspected\s+of|on\s+(?:a\s+)?charges?\s+of|with|of|for|in)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:first|second|third)[- ]degree\s+|gross\s+negligence\s+|corporate\s+|involuntary\s+|voluntary\s+|reckless\s+|negligent\s+|capital\s+|felony\s+)*(?:murders?|manslaughter|homicides?)(?:\s+charges?)?\b/gi;

/** The sentence with every death named as a charge blanked (offsets kept). */
export function withoutChargedDeath(text: string): string {
  return text.replace(CHARGED_DEATH, (m) => ' '.repeat(m.length));
}

/**
 * The casualties one sentence tells as a toll: findCasualties' reading, less a death it reads only from
 * a charge or an arrest (a count given beside it, "killed five workers", still stands).
 */
export function sentenceToll(text: string): Casualties | null {
  const all = findCasualties(text);
  if (!all || all.killed === null) return all;
  const rest = withoutChargedDeath(text);
  if (rest === text) return all;
  const own = findCasualties(rest);
  if (own?.killed != null) return all;
  return all.injured === null ? null : { killed: null, injured: all.injured };
}
