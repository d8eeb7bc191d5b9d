/**
 * "Ransomware shut down Lincoln Medical Center in the Bronx ... Ambulances were diverted from the
 * Lincoln hospital": a hospital the text has named in full, called again by its first word, is that
 * hospital, not a town of the word (the model read "Lincoln" as a place; review76 fault 6). Only a
 * one-word place between "the" and "hospital"/"medical center"/"clinic", where the text names a
 * hospital, medical center or clinic that opens with that word; "the Bruges hospital" beside no
 * "Bruges ... Hospital" stays a place.
 */
import type { Entity } from '../../model/types.js';

const THE_BEFORE = /(?<![\p{L}-])[Tt]he\s+$/u;
const HOSPITAL_AFTER = /^\s+(?:hospital|medical\s+cent(?:er|re)|clinic|infirmary)\b/u;
const HOSPITAL_NAME = /\b(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|Infirmary)\b/u;

/** The entities without a one-word place that is the short name of a hospital the text names in full. */
export function withoutHospitalShortNames(body: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.type !== 'location' || /\s/.test(e.text)) return true;
    if (!THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start)) || !HOSPITAL_AFTER.test(body.slice(e.end, e.end + 20))) return true;
    return !entities.some((o) => o !== e && o.text.startsWith(`${e.text} `) && HOSPITAL_NAME.test(o.text));
  });
}
