/**
 * "Chief" before a name is a rank where the sentence or the story is about a force or a department
 * ("Police Chief Ann Lee", "Chief Lee of the Springfield Fire Department", "Chief Darryl Forte said"), and
 * part of the name where nothing makes it one: a rapper's stage name ("Chief Keef"), a nickname. An analyst saw "Chief Keef" split into a
 * rank and a surname, and the surname alone listed as a police chief.
 */
import type { Entity } from '../model/types.js';

/** Words that make "Chief" a post: a force, a department, a body a chief leads, or a rank before it. */
const POST_WORDS = /\b(?:[Pp]olice|[Dd]epartment|[Dd]ept\b|[Ff]ire|[Ss]heriff|[Oo]fficers?|[Dd]eput(?:y|ies)|[Ff]orce|[Pp]recinct|[Tt]ribe|[Tt]ribal|[Nn]ation|[Cc]ouncil|[Cc]onstable|[Mm]arshal|[Aa]gency|[Bb]ureau|[Ss]taff|[Pp]atrol|[Ss]quad|[Tt]roopers?|[Cc]ommander|[Ss]ecurity|[Aa]rmy|[Nn]avy|[Mm]ilitary|[Dd]istrict|[Cc]ampus|[Uu]niversity|[Ss]chool)\b/u;

/**
 * A force, an authority or a crime the story names anywhere: a chief it quotes by surname is a force's
 * (or a band's, a First Nation's). A reviewer saw "Chief Johnson said the suspect fled" in a story that
 * says "authorities" but not "police" read as a name.
 */
const FORCE_IN_STORY = /\b(?:[Pp]olice|POLICE|[Ss]heriff|[Dd]epartment|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Ff]irefighters|[Ff]ire|[Aa]uthorities|[Ii]nvestigators|[Ss]uspects?|[Aa]rrest(?:s|ed)?|[Ss]hot|[Ss]hooting|[Cc]ustody|[Bb]laze|[Bb]and|First\s+Nations?)\b/u;

/** A title or an office after "Chief": "Chief Justice", "Chief Executive", "Chief Inspector" are posts whole. */
const TITLE_AFTER = /^(?:Justice|Executive|Inspector|Superintendent|Constable|Minister|Secretary|Judge|Officer|Operating|Financial|Technology|Medical|Warrant|Petty|Master|Deputy|Assistant|Of|of)\b/u;

/** A word before "Chief" that makes it a post ("Police Chief", "Deputy Chief", "Assistant Chief", "Fire Chief"). */
const POST_BEFORE = /(?:\b(?:Police|Fire|Deputy|Assistant|Acting|Interim|Tribal|Army|Navy|Staff|Battalion|Division|Bureau|Section|Village|Town|City|County|Campus|Security|Defence|Defense)|['’]s?)\s+$/u;

/** The sentence around `at`: from the last stop before it to the next one after (a rough cut is enough here). */
function sentenceAround(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 300), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = body.slice(at, at + 300);
  const end = /[.!?](?:\s|$)|\n/.exec(after);
  return before.slice(stop + 1) + (end ? after.slice(0, end.index) : after);
}

/**
 * Whether "Chief" written at `chiefStart` opens the name after it ("Chief Keef"), not a post: one name
 * word after it and no title, no post word before it, no force or department in its sentence nor a
 * force anywhere in the story (read over GVA's pages, the sentence alone took "Chief Flynn said" and
 * "Chief Darryl Forte said" of police stories for names).
 */
export function chiefBeginsName(body: string, chiefStart: number): boolean {
  if (body.slice(chiefStart, chiefStart + 6) !== 'Chief ') return false;
  const next = body.slice(chiefStart + 6, chiefStart + 40);
  if (!/^\p{Lu}\p{Ll}/u.test(next) || TITLE_AFTER.test(next)) return false;
  if (POST_BEFORE.test(body.slice(Math.max(0, chiefStart - 30), chiefStart))) return false;
  // "Chief Darryl Forte said": a chief's given name and surname after the rank, as police news writes it.
  if (/^\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll}/u.test(next)) return false;
  const name = /^\p{Lu}[\p{L}'’-]*/u.exec(next)![0];
  // "Chief Lee of the Springfield Police Department": the post of the body named after the name.
  if (OF_A_BODY.test(next.slice(name.length))) return false;
  // "Chief Dana Moss" or "Dana Moss" elsewhere in the story: "Chief Moss" is her rank and surname.
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.'’-]*)\\s+${name}\\b`, 'gu'))) if (m[1] !== 'Chief') return false;
  // "Police Chief Moss was arrested ... Chief Moss had led the force", "The former police chief was
  // charged. Chief Moss ...": a mention after a rank word, or a story that calls someone its police or
  // fire chief, makes every "Chief Moss" the rank (a reviewer saw the arrested chief listed as "Chief Moss").
  if (rankedAnywhere(body, name) || LOWER_CASE_CHIEF.test(body)) return false;
  // "the rapper Chief Keef", "Chief Keef was arrested": a performer, or one the story's force acted on,
  // is named so at every mention, whatever force the story names.
  if (stageNamedAnywhere(body, name)) return true;
  if (POST_WORDS.test(sentenceAround(body, chiefStart))) return false;
  // "Chief Flynn said" in a story of a police force or a fire crew: the force's chief, whatever the sentence says.
  return !FORCE_IN_STORY.test(body);
}

/** "of the Springfield Police Department", "with the tribal police": a body the chief is of, after the name. */
const OF_A_BODY = /^,?\s+(?:of|with|for)\s+(?:the\s+)?\p{Lu}/u;

/** A performer's calling just before the name: "the rapper Chief Keef", "Chicago drill artist Chief Keef". */
export const PERFORMER_BEFORE = /\b(?:[Rr]apper|[Ss]inger|[Mm]usician|[Aa]rtist|[Pp]erformer|[Ee]ntertainer|[Ss]ongwriter|[Cc]omedian|[Aa]ctor|[Aa]ctress|[Pp]roducer|[Ss]tar)\s+$/u;
/**
 * What says the name is a performer's after it: "Chief Keef, the Chicago drill rapper,", "Chief Keef's
 * new album", "Chief Keef, whose real name is ...".
 */
export const PERFORMER_AFTER = /^(?:,\s+(?:a|an|the|who\s+is\s+an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:rapper|singer|musician|artist|performer|entertainer|songwriter|comedian|actor|actress|producer|star)\b|['’]s?\s+(?:(?:new|latest|debut|upcoming|latest|hit)\s+)?(?:album|song|single|mixtape|music|concert|show|tour|label|lyrics|video|fans)\b|,?\s+whose\s+(?:real|legal|given)\s+name\b)/u;
/**
 * The name as the one the story's force acted on: "Chief Keef was arrested", "Chief Keef has been
 * charged". A force's chief is quoted, not arrested, under that name alone: one arrested is named in
 * full ("Police Chief Dana Moss"), which the test for a fuller name above reads as the rank.
 */
const ACTED_ON_AFTER = /^\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:arrested|charged|booked|jailed|detained|indicted|convicted|sentenced|cited|sued|accused|extradited|taken\s+into\s+custody)\b/u;

/** A story's own words for a force's chief: "the former police chief", "the fire chief". */
const LOWER_CASE_CHIEF = /\b(?:police|fire)\s+chief\b/u;
/** An attribution to a force that ends or opens a sentence ("..., police said.", "Officers said"): not a force the sentence is about. */
const FORCE_ATTRIBUTION = /(?:,\s*(?:the\s+)?(?:police|officers|deputies|authorities)\s+said\b|^\s*(?:Police|Officers|Deputies)\s+said\b)/gu;

/** The mentions of "Chief" and the name in the story whose next character ends the name. */
function* chiefMentions(body: string, name: string): Generator<number> {
  const written = `Chief ${name}`;
  for (let at = body.indexOf(written); at >= 0; at = body.indexOf(written, at + written.length)) {
    const after = body.slice(at + written.length, at + written.length + 1);
    if (/^[\p{L}-]/u.test(after)) continue;
    yield at;
  }
}

/** Whether a mention of "Chief" and the name stands after a rank word ("Police Chief Moss", "Deputy Chief Moss"). */
function rankedAnywhere(body: string, name: string): boolean {
  for (const at of chiefMentions(body, name)) if (POST_BEFORE.test(body.slice(Math.max(0, at - 30), at))) return true;
  return false;
}

/**
 * Whether any mention of "Chief" and the name in the story is a performer's or one the force acted on.
 * "Chief Ray was sued by two officers": being acted on counts only in a sentence that names no force
 * beyond an attribution ("..., police said"), as a force's own chief is arrested or sued in its words.
 */
function stageNamedAnywhere(body: string, name: string): boolean {
  const written = `Chief ${name}`;
  for (const at of chiefMentions(body, name)) {
    const after = body.slice(at + written.length, at + written.length + 80);
    if (PERFORMER_BEFORE.test(body.slice(Math.max(0, at - 40), at)) || PERFORMER_AFTER.test(after)) return true;
    if (ACTED_ON_AFTER.test(after) && !POST_WORDS.test(sentenceAround(body, at).replace(FORCE_ATTRIBUTION, ''))) return true;
  }
  return false;
}

/** People the tagger read after a "Chief" that opens their name ("Chief Keef"): the name takes the word in. */
export function withChiefInNames(body: string, entities: readonly Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person' || e.start < 6 || !chiefBeginsName(body, e.start - 6)) continue;
    e.start -= 6;
    e.text = body.slice(e.start, e.end);
    if (e.canonical !== undefined) e.canonical = `Chief ${e.canonical}`;
  }
}
