/**
 * The kind of armed or maritime incident a report leads with: a strike (drones, missiles, shelling), a
 * seizure (a vessel or a crew rammed, seized, detained) or a release (a crew, hostages, prisoners freed).
 * In a confrontation between two states the same ministries, spokespeople, places and words come back
 * with every incident, so the join model reads a strike two weeks after a seizure, or the crew's release
 * four weeks after it, as the seizure's follow-up. What each lead reports tells them apart: an incident
 * of another kind on another day is another event (review ux67), which the record lists among the
 * earlier events it refers to. So is a public body's act (public-acts.ts: an emergency declared, a
 * border closed, a campaign begun) in a story that runs for weeks (review ux67b), and so is an act of
 * the same kind on a day of its own (the emergency declared nine days after the outbreak was). An
 * incident a relative clause recalls ("the militia, which seized the ship on Monday,") is not the lead's.
 */
import { isPublicAct, PUBLIC_ACTS, type PublicActKind } from './public-acts.js';
import { FIRM_AND_STATE_ACTS, type FirmOrStateActKind, marketApart, otherFirmOrStateAct } from './firm-and-state-acts.js';
import { CYBER_ACTS, type CyberActKind, datedLoosely, intrusionAfterLoss } from './cyber-attribution.js';
import { UNREST_STEPS, type UnrestStepKind, figureNameCased } from './unrest-steps.js';
import { DISASTERS, type DisasterKind, situationReportDisaster } from './disasters.js';
import { ACCIDENT_STEPS, type AccidentStepKind, accidentStepsApart } from './accident-steps.js';
import { BLOCKADES, type BlockadeKind, blockadeApart } from './aid-blockade.js';
import { VOTES, type VoteKind } from './votes.js';

export type IncidentKind = 'strike' | 'seizure' | 'release' | PublicActKind | FirmOrStateActKind | CyberActKind | UnrestStepKind | DisasterKind | AccidentStepKind | BlockadeKind | VoteKind;

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
      // A headline's present ("Gunmen seize container ship"); not "board", which passengers do too.
      String.raw`(?:seized|seizes?|captured|captures?|detained|detains?|impounded|impounds?|boarded|rammed|rams|intercepted|intercepts?|hijacked|hijacks?)\s+(?:[\w'’-]+\s+){0,4}?${VESSELS}`,
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
  ...PUBLIC_ACTS,
  // A firm's news against a state's measure, and an agency's blame against the hack it names (firm-and-state-acts.ts, cyber-attribution.ts).
  ...FIRM_AND_STATE_ACTS,
  ...CYBER_ACTS,
  // Voting in an election and its count (votes.ts).
  ...VOTES,
  // A labour strike, a political figure detained, a concession (unrest-steps.ts).
  ...UNREST_STEPS,
  // A quake, a landslide, a flood, an attack on a convoy (disasters.ts).
  ...DISASTERS,
  // An air crash and its case's steps: recorders found, the type grounded, the report (accident-steps.ts).
  ...ACCIDENT_STEPS,
  // Aid held at a crossing: a convoy's standoff (aid-blockade.ts).
  ...BLOCKADES,
];

const INCIDENT = new RegExp(KINDS.map(([kind, pattern]) => `(?<${kind}>\\b(?:${pattern})\\b)`).join('|'), 'giu');

/**
 * An incident named as the time of the news rather than its news: "two days after a drone strike
 * killed", "held since the seizure of their cutter", "following the shelling". The lead then tells
 * something else (a closure, a return), which the earlier incident's kind would misread. Not its
 * organisers': "Organisers of Saturday's opposition rally said" tells the rally.
 */
const BACK_TO = /\b(?:after|since|following|before|over|for|(?<!\borgani[sz]ers\s)of)\s+(?:(?:an?|the|last\s+\p{L}+'s|\p{L}+'s|their|its)\s+)?$/iu;
/**
 * A relative clause recalling what someone did before the lead's news: "the militia, which seized the
 * ship on Monday, threatened more attacks". Only a clause opened by its comma, in the active: "the navy
 * seized a tanker" is the lead's own act, and so is what befell a place ("Tarn, which was buried by a
 * landslide on Saturday"), whose rescue is the disaster's report.
 */
const RECALLED_IN_CLAUSE = /,\s+(?:which|who)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?$/iu;

/** The kind of incident a lead sentence (or a headline) reports first, or null when it reports none. */
export function leadIncident(lead: string): IncidentKind | null {
  INCIDENT.lastIndex = 0;
  for (let m = INCIDENT.exec(lead); m !== null; m = INCIDENT.exec(lead)) {
    const before = lead.slice(Math.max(0, m.index - 40), m.index);
    const kind = KINDS.find(([k]) => m!.groups![k] !== undefined)![0];
    if (BACK_TO.test(before) && !(kind === 'intrusion' && intrusionAfterLoss(lead.slice(0, m.index)))) continue;
    if (RECALLED_IN_CLAUSE.test(before)) continue;
    // "the opposition leader said several were arrested": no figure held (unrest-steps.ts).
    if (kind === 'detention' && !figureNameCased(m[0])) continue;
    return kind;
  }
  return null;
}

/** The incident a report leads with: its lead sentence's, else its headline's, else the disaster a situation report is about. */
export function articleLeadIncident(body: string, sentences: readonly { start: number; end: number }[], headline: string | null): IncidentKind | null {
  const first = sentences[0];
  return (first && leadIncident(body.slice(first.start, first.end))) ?? leadIncident(headline ?? '') ?? situationReportDisaster(headline);
}

/**
 * How an incident is named as a noun when a lead counts its own act from it: "two days after a drone
 * strike", "three weeks after closing it", "a week after the declaration".
 */
const NOUNS: [IncidentKind, string][] = [
  ['strike', String.raw`(?:(?:drone|air|missile|rocket|artillery)\s*(?:strikes?|attacks?)|airstrikes?|shelling|bombing|bombardment)`],
  ['seizure', String.raw`(?:seizure|capture|ramming|hijacking|detention)`],
  ['release', String.raw`(?:release|handover)`],
  ['declaration', String.raw`declaration`],
  ['lifting', String.raw`lifting`],
  ['imposition', String.raw`imposition`],
  ['closure', String.raw`(?:closure|closing|shutdown|shutting)`],
  ['reopening', String.raw`reopening`],
  ['launch', String.raw`launch`],
  ['deployment', String.raw`(?:deployment|(?:naval|escort|military)\s+(?:mission|operation))`],
  ['arrival', String.raw`arrival`],
  ['suspension', String.raw`suspension`],
  ['resumption', String.raw`resumption`],
  ['signing', String.raw`signing`],
  ['ruling', String.raw`(?:ruling|verdict)`],
];
const NOUN = new RegExp(String.raw`^(?:(?:an?|the|its|their|last\s+\p{L}+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${NOUNS.map(([kind, pattern]) => `(?<${kind}>${pattern})`).join('|')})\b`, 'iu');
/** A span counted from an earlier act: "two days after", "three weeks since", "a week after". */
const COUNTED = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:after|since)\s+/giu;

/**
 * The kind of incident a lead counts its own act from ("closed the crossing on Wednesday, two days after
 * a drone strike on a nearby post"), named by its noun or told by its verb right after the span; null
 * when it counts from none. The lead's act then happened days after that incident, on a day of its own,
 * which a report with no readable date still tells.
 */
export function countedAfter(lead: string): IncidentKind | null {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(lead); m !== null; m = COUNTED.exec(lead)) {
    const rest = lead.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const noun = NOUN.exec(rest);
    if (noun?.groups) return NOUNS.find(([k]) => noun.groups![k] !== undefined)![0];
    INCIDENT.lastIndex = 0;
    const told = INCIDENT.exec(rest);
    // The act must follow at once, its subject at most a few words: "after Zimbabwe closed the border".
    if (told?.groups && told.index <= 30) return KINDS.find(([k]) => told.groups![k] !== undefined)![0];
  }
  return null;
}

/** The incident a report's lead counts its own act from: its lead sentence's, else its headline's. */
export function articleCountedAfter(body: string, sentences: readonly { start: number; end: number }[], headline: string | null): IncidentKind | null {
  const first = sentences[0];
  return (first && countedAfter(body.slice(first.start, first.end))) ?? countedAfter(headline ?? '');
}

/** What else incidentsApart reads of a pair, where it is known. */
export interface IncidentSides {
  /** The incident the article's lead counts its own act from (countedAfter). */
  after?: IncidentKind | null;
  /** The incidents the event's reports count their own acts from. */
  eventAfter?: readonly string[];
  /** Days between the article's day and the nearest day of the event's reports that lead with the article's kind. */
  sameKindGap?: number | null;
  /** Whether either side's reports lead with a crime (lead-act.ts): a shooting's story. */
  crime?: boolean;
}

/**
 * Days from which two acts of one kind are two acts: a report's day may be read a day off either way,
 * and a later report may date the act by its own day of publication; the steps of a running story
 * (an outbreak's weekly tallies, a second declaration) come a week or more apart.
 */
export const SAME_KIND_DAYS = 2;

/**
 * Whether the article leads with an incident of a kind none of the event's reports leads with, while
 * some do lead with an incident, and the two lie on different days (`gap`, the days between the
 * article's day and the nearest of the event's: more than one, as a report's day may be read a day off).
 * A seizure and the strike two weeks on, the seizure and the crew's release four weeks on: two events.
 * A seizure told on its day and the next ("the crew detained on Monday") is one kind, and joins as before.
 * Also (`sides`): a report whose lead counts its act days after an incident of the event's kind is
 * another event whatever its date, one without a readable date too ("closed the crossing two days after
 * a drone strike" is not the strike's report), and so is a report of the incident an event's reports
 * count their acts from; and an act of the event's kind on a day more than
 * SAME_KIND_DAYS from every report of the event that leads with that kind is another act of that kind
 * (a state of emergency declared nine days after the outbreak was declared; this week's tally and the
 * one of a fortnight before). A public body's act abstains where a side leads with a crime: a road or a
 * school closed after a shooting, the court's ruling on it, are the crime's own steps.
 */
export function incidentsApart(article: IncidentKind | null | undefined, event: readonly string[], gap: number | null, sides: IncidentSides = {}): boolean {
  if (!article || event.length === 0) return false;
  if (sides.crime && (isPublicAct(article) || event.some(isPublicAct))) return false;
  // A crash's grounding or report, however it is dated, and a crash and an incursion (accident-steps.ts).
  if (accidentStepsApart(article, event)) return true;
  // Aid held at a crossing and a disaster, however they are dated (aid-blockade.ts).
  if (blockadeApart(article, event)) return true;
  // An accord's signing and the steps it provides for days later (the detained fishermen it returns
  // landing home "two days after the two countries signed"): one story, as the held-out QA set's key has it.
  if (article !== 'signing' && event.length > 0 && event.every((k) => k === 'signing')) return false;
  if (sides.after && sides.after !== article && event.includes(sides.after) && !event.includes(article)) return true;
  // The same the other way round: the event's reports count their acts from the article's incident.
  if (sides.eventAfter?.includes(article) && !event.includes(article)) return true;
  // A firm's results and a state's measure, or a measure and its postponement, with no day to compare.
  if (gap === null && otherFirmOrStateAct(article, event)) return true;
  // A market's move and another kind of act a day or more apart: premiums that rose after a naval mission was announced.
  if (marketApart(article, event, gap)) return true;
  if (gap === null || gap <= 1) return false;
  if (!event.includes(article)) return true;
  return sides.sameKindGap !== undefined && sides.sameKindGap !== null && sides.sameKindGap > SAME_KIND_DAYS && !datedLoosely(article);
}
