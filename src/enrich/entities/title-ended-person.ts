/**
 * People the tagger reads out of a local office's name or a title before a name: "the Broward
 * Sheriff’s Office" gave a person "Broward Sheriff" (or "Broward"), "Kent Chief of Police Ravel Osgoodby"
 * a person "Kent Chief", "Caddo Coroner Dr. Ansel Threlkeddy" a person "Caddo Coroner". No one's name ends
 * in a rank or an office, and each such person was a participant of the event (about one GVA page in
 * 130). A name ending so, or written right before one, with the office's possessive and "Office" or
 * "Department" after it, is that office; one ending in "Police" is the force ("Roy Police Lt. Kevin
 * Smith"), as does one ending in "Constabulary" or "Gendarmerie"; any other is a title's words, no entity.
 */
import type { Entity } from '../../model/types.js';

const OFFICE_WORDS = String.raw`Sheriff|Coroner|Chief|Police|Marshal|Prosecutor|Constable|Undersheriff|Medical Examiner`;
/** A rank or an office closing a name of two words or more. */
const ENDS_IN_TITLE = new RegExp(String.raw`\s(?:${OFFICE_WORDS}|Lt\.?|Sgt\.?|Capt\.?|Det\.?|Officer|Trooper|Detective|Deputy|Spokes(?:man|woman|person)|Commander|Constabulary|Gendarmerie)$`);
/** The office's possessive and its kind right after the office's word. */
const OFFICE_AFTER = /^['’]s?\s+(?:Office|Department|Dept\.)/;
/** An office's word, its possessive and its kind right after a name ("Broward" + " Sheriff’s Office"). */
const OFFICE_NAME_AFTER = new RegExp(String.raw`^\s(?:${OFFICE_WORDS})['’]s?\s+(?:Office|Department|Dept\.)`);

/** The entities with each title-ended person made the office it names, or left out. */
export function officesReadAsPeople(body: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const made = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'person') {
      out.push(e);
      continue;
    }
    const after = body.slice(e.end, e.end + 40);
    const office = ENDS_IN_TITLE.test(e.text) ? OFFICE_AFTER.exec(after) : OFFICE_NAME_AFTER.exec(after);
    if (office) {
      const end = e.end + office[0].length;
      // The office may be an entity of its own already ("Sheriff’s Office"): the whole name takes its place.
      const whole: Entity = { text: body.slice(e.start, end), type: 'organization', start: e.start, end };
      out.push(whole);
      made.add(whole);
      continue;
    }
    if (!ENDS_IN_TITLE.test(e.text)) {
      out.push(e);
      continue;
    }
    // "Gloucestershire Constabulary said": a force by its British or French word is the force too.
    if (/\s(?:Police|Constabulary|Gendarmerie)$/.test(e.text)) out.push({ text: e.text, type: 'organization', start: e.start, end: e.end });
  }
  // What the office now covers is its, not another entity's.
  if (made.size === 0) return out;
  return out.filter((e) => made.has(e) || ![...made].some((o) => o.start < e.end && e.start < o.end));
}
