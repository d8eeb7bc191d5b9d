/**
 * "Standing Committee on Inland Waterways", "Working Group on Seed Security": a body whose name goes
 * on with "on" and its remit in capitals. The tagger stops at "on", and the event then listed a body no
 * one names ("Standing Committee"). The remit joins the name when every word of it is capitalised (small
 * joining words aside) and it is no day, month or place: "the Committee on Friday" and "the Council on
 * Norland" are not names.
 */
import type { Entity } from '../../model/types.js';

/** Heads of bodies whose names go on with their remit. */
const REMIT_HEAD = /\b(?:Group|Committee|Council|Commission|Panel|Conference|Forum|Board|Task\s+Force|Institute|Centre|Center|Office|Network|Coalition|Alliance|Initiative|Partnership|Taskforce|Working\s+Party)$/;
/** " on " and up to five capitalised words, with "and", "of", "for", "the" or "&" between them. */
const REMIT = /^ on ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}'’-]*){0,4})/u;
const NOT_REMIT = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|New|Easter)\b/;

/** The entities with each body's remit after "on" joined to its name. */
export function bodiesWithRemits(body: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const swallowed = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'organization' || !REMIT_HEAD.test(e.text)) continue;
    const m = REMIT.exec(body.slice(e.end, e.end + 120));
    if (!m || NOT_REMIT.test(m[1]!)) continue;
    const end = e.end + m[0].length;
    const inside = entities.filter((o) => o !== e && o.start >= e.end && o.start < end);
    // A place or a person after "on" is what the body talks about, not its remit.
    if (inside.some((o) => o.type !== 'organization')) continue;
    for (const o of inside) swallowed.add(o);
    out.push({ ...e, text: body.slice(e.start, end), end });
  }
  if (out.length === 0) return [...entities];
  const extended = new Map(out.map((o) => [o.start, o]));
  return entities.filter((e) => !swallowed.has(e)).map((e) => (e.type === 'organization' ? extended.get(e.start) ?? e : e));
}
