/**
 * People who tell the news rather than take part in it: a force's spokesman, its officers quoted on a
 * case, the coroner. One of them speaks for every shooting in a city ("said officer Jose Estravell, a
 * police spokesman" in 16 GVA incidents), so as the event's people they joined unrelated events and let
 * follow-ups weeks apart through the six-day rule. An officer who was shot, or who shot, or who was
 * charged, is one of the event's people like anyone else.
 */
import type { PersonMention } from '../model/types.js';

/** Roles that only tell: their holders are sources whatever they are said to do. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary|public information officer|coroner|medical examiner)\b/i;
/** A force or a rank: a source when quoted, a participant otherwise. */
const OFFICER = new RegExp(
  [
    // A force named in the role: "Detroit Police Chief", "sheriff's deputy", "state trooper".
    String.raw`\b(?:police|sheriff(?:'s)?|trooper|highway patrol|detectives?)\b`,
    // A rank alone ("said Officer Mark Lane"), not "chief executive" or "chief financial officer".
    String.raw`^(?:officer|sgt\.?|sergeant|maj\.?|major|lt\.?|lieutenant|cpl\.?|corporal|det\.?|capt\.?|deputy|dep\.?|chief|supt\.?|superintendent|cmdr\.?|commander|inspector)$`,
  ].join('|'),
  'i',
);
/** Roles that tie someone to an officer without making them one ("the mother of a police officer"). */
const NOT_THEIRS = /\b(?:mother|father|son|daughter|wife|husband|brother|sister|friend|relative|victim|suspect|former|ex-|retired|off-duty|slain|fallen)\b/i;
/** Beside a mention: the person speaks ("said Officer Ana Pacheco", "Lt. Joe Silvarent says"). */
const SPEAKS_AFTER = /^[^.;]{0,60}?\b(?:said|says|told|added|stated|confirmed|explained|described|identified)\b/i;
/** A rank's or a title's abbreviation, whose point ends no sentence ("said Atlanta police Capt. Jo Lane"). */
const ABBREVIATED = String.raw`\b(?:Sgt|Capt|Lt|Det|Cpl|Dep|Supt|Cmdr|Insp|Ofc|Maj|Col|Sr|Jr|Dr|Mr|Mrs|Ms)\.`;
/** The verb of saying may stand a long title before the name ("said Lakeland County Public Schools Superintendent ..."). */
const SPEAKS_BEFORE = new RegExp(String.raw`\b(?:said|says|told|according to|added|stated|confirmed)\b(?:[^.;]|${ABBREVIATED}){0,60}$`, 'i');
/** Beside a mention: the person is in the story ("Officer Rosalind Amberly, 48, was shot"). */
const TAKES_PART = /^(?:,\s*\d{1,3}\s*,|\s+(?:was|were|is|had been|has been)\s+(?:\w+\s+)?(?:shot|killed|wounded|injured|hurt|struck|charged|arrested|indicted|convicted|sentenced|fired|suspended|hit))/i;

/** An official's comment on a crime: "called the gunfire cowardly", "urged witnesses to come forward". */
const COMMENTS_AFTER = /^[^.;]{0,40}?\b(?:called|asked|urged|vowed|condemned|denounced|promised|pledged|appealed)\b/i;

/**
 * In a crime report, the city's and the county's officials who comment ("Mayor Brandon Scott said the
 * city would not tolerate the violence") speak for every shooting of their city, as the police do, and
 * a schools superintendent or a principal for every shooting of their pupils; so
 * do a country's ministers on its thefts and hacks ("Foreign Minister Cho Tae-yul said the theft showed
 * why sanctions were needed").
 * Elsewhere a mayor who speaks may be the news ("the mayor said she would veto the budget").
 */
const CIVIC = /\b(?:mayor|governor|(?:schools? )?superintendent|principal|alderman|alderwoman|council(?:man|woman|member|lor)?|(?:state's|district|county|city) attorney|prosecutor|county executive|minister|secretary|senator|ambassador)\b/i;

/**
 * A spokesperson's word right before a rank or a title that the person's role was read from: "ministry
 * spokeswoman Lieutenant General Chea Sokha" gives the role "Lieutenant General". Only capitalised words
 * between, so "the spokesman. General Lee" (two sentences) and "the spokesman for General Lee" do not count.
 */
const SPOKESPERSON_BEFORE_TITLE = /\b[Ss]pokes(?:man|woman|person),?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

/**
 * Whether the text right before a mention calls the person a spokesperson, ahead of the rank the role
 * kept. In conflict coverage a ministry's spokespeople carry military ranks and speak on every incident:
 * read as the events' people, they let a drone strike two weeks after a boat seizure through the
 * six-day rule (ux67).
 */
function calledSpokesperson(person: PersonMention, body: string): boolean {
  return person.mentions.some((m) => SPOKESPERSON_BEFORE_TITLE.test(body.slice(Math.max(0, m.start - 80), m.start)));
}

export function speaksForAuthorities(person: PersonMention, body: string, crime = false): boolean {
  const role = person.role;
  if (role && NOT_THEIRS.test(role)) return false;
  if ((role && SPOKESPERSON.test(role)) || calledSpokesperson(person, body)) return true;
  if (!role) return false;
  if (!OFFICER.test(role) && !(crime && CIVIC.test(role))) return false;
  const civic = !OFFICER.test(role);
  let speaks = false;
  for (const m of person.mentions) {
    const after = body.slice(m.end, m.end + 80);
    if (TAKES_PART.test(after)) return false;
    if (SPEAKS_AFTER.test(after) || SPEAKS_BEFORE.test(body.slice(Math.max(0, m.start - 80), m.start)) || (civic && COMMENTS_AFTER.test(after))) speaks = true;
  }
  return speaks;
}
