/**
 * Aid held at a crossing, as lead-incident.ts reads a report's lead: "a convoy of 38 trucks carrying
 * tents ... has been stuck since Thursday at the Bashmakh border crossing", "a convoy of 42 trucks held
 * at the crossing was allowed through on Saturday". In a disaster's crisis the convoy's standoff is told
 * with the disaster's places, officials and words, and on days beside the disaster's own (the trucks
 * were held the day before an aftershock, released the day after), so neither the join model nor the
 * gap between days kept it apart: it joined the landslide of the day before, or took the aftershock in
 * (review ux75a). A standoff over aid and a quake, a slide or a flood are two events however they are
 * dated; the standoff's record lists the disaster among the earlier events it refers to.
 *
 * Only a convoy or a fleet of trucks held at a frontier: "a truck stopped at a police checkpoint" is
 * a single vehicle's story, and "the road closed to lorries" is the slide's.
 */
import { DISASTERS } from './disasters.js';

export type BlockadeKind = 'blockade';

/** What is held: a convoy, or trucks and lorries in the plural (of aid, of relief, of supplies); not an army's or a police convoy. */
const HELD_GOODS = String.raw`(?<!\b(?:military|army|police|troop|armou?red)\s)(?:convoys?|(?:(?:aid|relief|supply|food)\s+)?(?:trucks|lorries))`;
/**
 * A load or a crew that is no aid: trucks "carrying 40 migrants" or "smuggled cigarettes" stopped at a
 * checkpoint are a crime's or a crossing's story, a convoy "of troops" an army's; read as aid held, such
 * a report took the blockade's kind and stood apart from its own story's other reports.
 */
const NOT_AID = String.raw`(?:migrants?|refugees?|asylum|smuggl\p{L}*|contraband|stolen|narcotics|cocaine|heroin|cigarettes|weapons|arms|ammunition|explosives|troops|soldiers|fighters|militants|prisoners|detainees|passengers|fans|supporters)(?![\p{L}])`;
/** Where it is held: a crossing, a border post, a checkpoint (with up to three words naming it). */
const FRONTIER = String.raw`(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:border\s+crossings?|border\s+posts?|border\s+points?|crossings?|checkpoints?)`;
/** How it is held, with an optional auxiliary and the day it began: "has been stuck since Thursday at". */
const HELD = String.raw`(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are|remained|remains|sat|sit)\s+)?(?:stuck|held(?:\s+up)?|blocked|stranded|stopped|halted)\s+(?:(?:since|for)\s+(?:[\p{L}\d]+\s+){1,2}?)?(?:at|on)\s+`;

export const BLOCKADES: [BlockadeKind, string][] = [
  // At most fifteen words between the goods and their being held: "a convoy of 38 trucks carrying tents, blankets and medicine for earthquake survivors".
  ['blockade', String.raw`${HELD_GOODS}\s+(?:(?!${NOT_AID})[\p{L}\d'’.,-]+\s+){0,15}?${HELD}${FRONTIER}`],
];

const DISASTER_KINDS = new Set<string>(DISASTERS.map(([kind]) => kind));

/**
 * Whether one side leads with aid held at a crossing and the other with a disaster (a quake, a slide, a
 * flood, a convoy ambushed) and none of its reports with aid held: two events whatever their days. An
 * event whose reports lead with both abstains.
 */
export function blockadeApart(article: string | null | undefined, event: readonly string[]): boolean {
  if (!article || event.length === 0) return false;
  const held = event.includes('blockade');
  const struck = event.some((kind) => DISASTER_KINDS.has(kind));
  if (article === 'blockade') return struck && !held;
  return DISASTER_KINDS.has(article) && held && !struck;
}
