/**
 * The disasters and armed attacks on aid a report may lead with, as lead-incident.ts reads them beside
 * strikes and seizures: an earthquake (or its aftershock) that struck, a landslide that buried a
 * village, a flood that swept a valley, gunmen who ambushed a convoy. A crisis of weeks on one border
 * is told with the same officials, places and words at every step, so the join model read an
 * aftershock six days after the main quake as the quake's follow-up, and an attack on an aid convoy
 * two days on as part of the quake (review ux71a). What each lead reports tells them apart: two quakes
 * on days of their own are two events, as two shootings a week apart are, and the later one's record
 * lists the first among the earlier events it refers to.
 *
 * Each kind needs its verb: "earthquake aid", "earthquake-hit villages" and "the toll from the quake"
 * name the disaster without reporting it, and a toll's update is the quake's own story.
 */

export type DisasterKind = 'quake' | 'landslide' | 'flood' | 'ambush';

/** An optional size between the noun and its verb: "of magnitude 5.6", "measuring 6.1", "with a magnitude of 5.9". */
const SIZE = String.raw`(?:(?:of|measuring|with\s+a\s+magnitude\s+of)\s+(?:magnitude\s+)?\d(?:\.\d)?\s+)?`;
/** What a quake, a slide or a flood does to a place or to people. */
const STRUCK = String.raw`(?:struck|strikes|hit|hits|jolted|jolts|shook|shakes|rocked|rocks|flattened|devastated|killed|kills)`;
/** What an armed attack on aid or troops on the move falls on. */
const ON_THE_MOVE = String.raw`(?:convoys?|patrols?|aid\s+trucks|relief\s+trucks|supply\s+trucks)`;

export const DISASTERS: [DisasterKind, string][] = [
  ['quake', String.raw`(?:earthquakes?|quakes?|aftershocks?|tremors?|temblors?)\s+${SIZE}${STRUCK}`],
  [
    'landslide',
    [
      String.raw`(?:landslides?|mudslides?|rockslides?)\s+(?:${STRUCK}|buried|buries|swept\s+away|engulfed|destroyed)`,
      String.raw`(?:buried|engulfed|destroyed|swept\s+away)\s+by\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:landslides?|mudslides?|rockslides?)`,
    ].join('|'),
  ],
  ['flood', String.raw`(?:floods?|flash\s+floods?|floodwaters?)\s+(?:${STRUCK}|swept|inundated|submerged|destroyed|washed\s+away)`],
  [
    'ambush',
    [
      String.raw`(?:ambushed|attacked|opened\s+fire\s+on)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,4}?${ON_THE_MOVE}`,
      String.raw`${ON_THE_MOVE}\s+(?:(?:was|were|had\s+been|has\s+been)\s+)(?:ambushed|attacked)`,
    ].join('|'),
  ],
];

/** A situation report's headline mark: "Situation Report No. 3", "Sitrep 4", "Flash Update No. 2". */
const SITUATION_REPORT = /\b(?:situation\s+report|sitrep|flash\s+update)\b/i;
/** The disaster a situation report's headline names ("Iran-Iraq: Earthquake - Situation Report No. 3"). */
const HEADLINE_DISASTER: [DisasterKind, RegExp][] = [
  ['quake', /\b(?:earthquakes?|quakes?)\b/i],
  ['landslide', /\b(?:landslides?|mudslides?)\b/i],
  ['flood', /\b(?:floods?|flooding)\b/i],
];

/**
 * The disaster a situation report is about, from its headline, or null. Its lead tells the toll, not
 * the quake striking, and its highlights tell every event of the crisis by its day (a convoy attacked
 * two days after the quake); without its own kind it joined whichever event came first, and then that
 * event took the others (review ux71a: the convoy attack folded into the quake).
 */
export function situationReportDisaster(headline: string | null): DisasterKind | null {
  if (!headline || !SITUATION_REPORT.test(headline)) return null;
  return HEADLINE_DISASTER.find(([, pattern]) => pattern.test(headline))?.[0] ?? null;
}
