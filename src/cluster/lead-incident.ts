/**
 * The kind of armed or maritime incident a report leads with: a strike (drones, missiles, shelling), a
 * seizure (a vessel or a crew rammed, seized, detained) or a release (a crew, hostages, prisoners freed).
 * In a confrontation between two states the same ministries, spokespeople, places and words come back
 * with every incident, so the join model reads a strike two weeks after a seizure, or the crew's release
 * four weeks after it, as the seizure's follow-up. What each lead reports tells them apart: an incident
 * of another kind on another day is another event (review ux67), which the record lists among the
 * earlier events it refers to.
 */

export type IncidentKind = 'strike' | 'seizure' | 'release';

/** Weapons and aircraft whose hitting a place is a strike. */
const WEAPONS = String.raw`(?:drones?|missiles?|rockets?|shells?|artillery(?:\s+fire)?|mortars?|warplanes?|fighter\s+jets?|jets|bombers?|air\s*strikes?|drone\s+strikes?|missile\s+strikes?|rocket\s+fire)`;
/** What a navy seizes or detains: a vessel or its crew (not a suspect, a gun or drugs, which are crimes). */
const VESSELS = String.raw`(?:vessels?|boats?|ships?|cutters?|tankers?|trawlers?|freighters?|gunboats?|patrol\s+boats?|yachts?|ferr(?:y|ies)|crews?|crew\s+members|sailors|seamen|fishermen)`;
/** Who is released at the end of a detention: people held by a state or an armed group, or their vessel. */
const HELD = String.raw`(?:crews?|crew\s+members|sailors|seamen|fishermen|hostages|prisoners|detainees|captives|soldiers|vessels?|boats?|ships?|cutters?|tankers?)`;

const KINDS: [IncidentKind, string][] = [
  [
    'strike',
    [
      String.raw`${WEAPONS}\s+(?:[\w-]+\s+){0,3}?(?:struck|hit|hits|slammed\s+into|pounded|destroyed)`,
      String.raw`(?:shelled|bombed|bombarded)`,
      String.raw`(?:launched|carried\s+out|conducted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air|drone|missile|rocket)\s*(?:strikes?|attacks?)`,
    ].join('|'),
  ],
  [
    'seizure',
    [
      String.raw`(?:seized|captured|detained|impounded|boarded|rammed|intercepted|hijacked)\s+(?:[\w'’-]+\s+){0,4}?${VESSELS}`,
      String.raw`${VESSELS}\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:seized|captured|detained|impounded|boarded|rammed|intercepted|hijacked)`,
    ].join('|'),
  ],
  [
    'release',
    [
      String.raw`(?:released|freed|set\s+free|handed\s+over|repatriated)\s+(?:[\w'’-]+\s+){0,4}?${HELD}`,
      String.raw`${HELD}\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)(?:released|freed|set\s+free|handed\s+over|repatriated)`,
    ].join('|'),
  ],
];

const INCIDENT = new RegExp(KINDS.map(([kind, pattern]) => `(?<${kind}>\\b(?:${pattern})\\b)`).join('|'), 'giu');

/**
 * An incident named as the time of the news rather than its news: "two days after a drone strike
 * killed", "held since the seizure of their cutter", "following the shelling". The lead then tells
 * something else (a closure, a return), which the earlier incident's kind would misread.
 */
const BACK_TO = /\b(?:after|since|following|before|over|for|of)\s+(?:(?:an?|the|last\s+\p{L}+'s|\p{L}+'s|their|its)\s+)?$/iu;

/** The kind of incident a lead sentence (or a headline) reports first, or null when it reports none. */
export function leadIncident(lead: string): IncidentKind | null {
  INCIDENT.lastIndex = 0;
  for (let m = INCIDENT.exec(lead); m !== null; m = INCIDENT.exec(lead)) {
    if (BACK_TO.test(lead.slice(Math.max(0, m.index - 40), m.index))) continue;
    return KINDS.find(([k]) => m!.groups![k] !== undefined)![0];
  }
  return null;
}

/** The incident a report leads with: its lead sentence's, else its headline's. */
export function articleLeadIncident(body: string, sentences: readonly { start: number; end: number }[], headline: string | null): IncidentKind | null {
  const first = sentences[0];
  return (first && leadIncident(body.slice(first.start, first.end))) ?? leadIncident(headline ?? '');
}

/**
 * Whether the article leads with an incident of a kind none of the event's reports leads with, while
 * some do lead with an incident, and the two lie on different days (`gap`, the days between the
 * article's day and the nearest of the event's: more than one, as a report's day may be read a day off).
 * A seizure and the strike two weeks on, the seizure and the crew's release four weeks on: two events.
 * A seizure told on its day and the next ("the crew detained on Monday") is one kind, and joins as before.
 */
export function incidentsApart(article: IncidentKind | null | undefined, event: readonly string[], gap: number | null): boolean {
  if (!article || event.length === 0 || gap === null || gap <= 1) return false;
  return !event.includes(article);
}
