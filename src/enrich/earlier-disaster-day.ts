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
 *
 * An accident of transport or industry (a crash, a collision, a derailment, an explosion) counts too,
 * where the sentence names an aircraft, a train, a ship or a plant and no gunfire: "Investigators on
 * Friday recovered the flight recorders from the wreckage of last Tuesday's crash", "grounded all A320
 * aircraft on Saturday after the crash of flight 418 on Tuesday". The recovery and the grounding are
 * steps of their own day (cluster/accident-steps.ts), linked to the crash as an earlier event (review
 * ux71b: such reports were dated by the crash and made an event of their own on the crash's day). A car's
 * crash is left out: in a shooting's report ("fled after Tuesday's crash") it is the shooting's story.
 */

const DISASTER = String.raw`(?:earthquakes?|quakes?|aftershocks?|tremors?|landslides?|mudslides?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|eruptions?)`;
/** "last Tuesday's earthquake", "Nov. 17's deadly quake": the day is the disaster's possessive. */
const POSSESSIVE_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{L}\d.-]+\s+){0,2}?${DISASTER}\b`, 'iu');
/** "the earthquake that struck the Iran-Iraq border on": the day ends a relative clause about the disaster. */
const RELATIVE_BEFORE = new RegExp(String.raw`\b${DISASTER}\s+(?:that|which)\s+(?:(?:first|had|has)\s+)?(?:struck|hit|killed|devastated|rocked|shook|buried|swept|flattened|happened|occurred)\b[^.;,]{0,60}?\s(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'iu');
/** "the main quake of March 9": the disaster named by its day after "of". */
const OF_BEFORE = new RegExp(String.raw`\b${DISASTER}\s+of\s+$`, 'iu');
/**
 * "A powerful aftershock struck Iraq's Halabja province on": the clause before the day tells a disaster
 * striking on it, the sentence's own news (not "the quake that struck ... on", a relative clause recalling one).
 */
const STRUCK_BEFORE = new RegExp(String.raw`\b${DISASTER}\s+(?:(?:has|had)\s+)?(?:struck|hit|rocked|shook|buried|swept|flattened)\b[^.;,]{0,60}?\s(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'iu');
const ACCIDENT = String.raw`(?:crash(?:es)?|accidents?|collisions?|derailments?|explosions?|blasts?)`;
/** "Tuesday's crash of flight 418", "last Tuesday's deadly collision". */
const ACCIDENT_POSSESSIVE_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{L}\d.-]+\s+){0,2}?${ACCIDENT}\b`, 'iu');
/**
 * "the crash on", "the crash of flight 418 on", "the derailment near Vessby early on": the day right after
 * the accident's noun, with at most a flight or a place between. Not "a crash on", which a report tells as news.
 */
const ACCIDENT_ON_BEFORE = new RegExp(String.raw`\b(?:the|last\s+week['’]s)\s+(?:(?:deadly|fatal|[\p{L}-]+-related)\s+)?${ACCIDENT}\s+(?:(?:of|near|at|in|outside)\s+(?:[\p{L}\d'’.-]+\s+){1,3}?)?(?:on\s+)(?:(?:early|late)\s+(?:on\s+)?)?$`, 'iu');
/** "the crash that killed 41 people on": a relative clause about the accident ends at the day. */
const ACCIDENT_RELATIVE_BEFORE = new RegExp(String.raw`\b${ACCIDENT}\s+(?:that|which)\s+(?:killed|happened|occurred|took\s+place)\b[^.;,]{0,60}?\s(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'iu');
/** What the accident happened to: an aircraft or a flight, a train, a ship, a plant (not a car). */
const CONVEYANCE = /\b(?:flights?|planes?|jets?|jetliners?|airliners?|aircraft|airplanes?|helicopters?|airlines?|airports?|aviation|(?:flight|data|voice)\s+recorders?|black\s+box(?:es)?|trains?|railways?|rail|ferry|ferries|ships?|vessels?|tankers?|plants?|refinery|refineries|factory|factories|pipelines?)\b/i;
/** Words of gunfire: a sentence with them is a shooting's, which GVA dates by the shooting. */
const GUNFIRE = /\b(?:shot|shots|shoot(?:ing|ings|er|ers)?|gun\w*|fired|firing|bullets?)\b/i;

/** Days the sentence's own day must lie after the disaster's: a day either way is one story told a day off. */
export const EARLIER_DISASTER_MIN_DAYS = 2;

/** Whether a day, with its sentence's words before it and the words right after it, names an earlier disaster. */
export function namesEarlierDisaster(opening: string, after: string): boolean {
  return POSSESSIVE_AFTER.test(after) || RELATIVE_BEFORE.test(opening) || OF_BEFORE.test(opening);
}

/** Whether a day, with its sentence's words before it, is the day a disaster struck in the sentence's own clause ("an aftershock struck the province on Friday"). */
export function disasterStruckOn(opening: string): boolean {
  return STRUCK_BEFORE.test(opening);
}

/**
 * Whether a day of an article's first sentence is a disaster's: "Friday's aftershock killed 27", "an
 * aftershock struck the province on Friday afternoon", "in Wednesday's landslide". A later sentence's
 * day that names an earlier disaster, two days or more before the latest such day, is that earlier
 * disaster's (review ux75a: an aftershock's and a landslide's follow-ups were dated by "Monday's
 * earthquake" in a later paragraph and filed under the quake).
 */
export function leadDisasterDay(opening: string, after: string): boolean {
  return POSSESSIVE_AFTER.test(after) || STRUCK_BEFORE.test(opening);
}

/** Whether a day, with its sentence's words before it, right after it and the whole sentence, names an earlier accident of an aircraft, a train, a ship or a plant. */
export function namesEarlierAccident(opening: string, after: string, sentence: string): boolean {
  if (!CONVEYANCE.test(sentence) || GUNFIRE.test(sentence)) return false;
  return ACCIDENT_POSSESSIVE_AFTER.test(after) || ACCIDENT_ON_BEFORE.test(opening) || ACCIDENT_RELATIVE_BEFORE.test(opening);
}
