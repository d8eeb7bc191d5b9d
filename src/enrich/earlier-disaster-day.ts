/**
 * A day that names an earlier disaster the sentence mentions beside its own news: "an aftershock struck
 * near Qasr-e Shirin this afternoon, bringing down buildings already damaged in last Tuesday's
 * earthquake", "Donors pledged $410 million on Friday for survivors of the earthquake that struck the
 * border on Nov. 17". The sentence dates its own act first; the later, earlier-dated day belongs to the
 * quake it recalls, which is another event (review ux71a: the aftershock and the pledging conference
 * were dated by the main quake and filed under it).
 *
 * Only for disasters (a quake, a landslide, a flood): a vigil "for the victims of Friday's shooting" is
 * still the shooting's story, which GVA's records date by the shooting, so nouns of violence are left
 * to the rules for incidents (event-date.ts).
 */

const DISASTER = String.raw`(?:earthquakes?|quakes?|aftershocks?|tremors?|landslides?|mudslides?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|eruptions?)`;
/** "last Tuesday's earthquake", "Nov. 17's deadly quake": the day is the disaster's possessive. */
const POSSESSIVE_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{L}\d.-]+\s+){0,2}?${DISASTER}\b`, 'iu');
/** "the earthquake that struck the Iran-Iraq border on": the day ends a relative clause about the disaster. */
const RELATIVE_BEFORE = new RegExp(String.raw`\b${DISASTER}\s+(?:that|which)\s+(?:(?:first|had|has)\s+)?(?:struck|hit|killed|devastated|rocked|shook|buried|swept|flattened|happened|occurred)\b[^.;,]{0,60}?\s(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'iu');
/** Days the sentence's own day must lie after the disaster's: a day either way is one story told a day off. */
export const EARLIER_DISASTER_MIN_DAYS = 2;

/** Whether a day, with its sentence's words before it and the words right after it, names an earlier disaster. */
export function namesEarlierDisaster(opening: string, after: string): boolean {
  return POSSESSIVE_AFTER.test(after) || RELATIVE_BEFORE.test(opening);
}
