/**
 * "St. Brendan's University Hospital", "Saint Anne's Church", "St. Jude Children's Research Hospital":
 * a hospital, a school or a church named after a saint is one name, whose saint the tagger reads as a
 * place or a person and whose possessive cuts it in two ("St. Brendan" and "University Hospital").
 * An analyst looking for where a victim was taken or where a witness works needs the whole name.
 */
import type { Entity } from '../../model/types.js';

/** The heads that end such a name, and whether the name is a body (a hospital, a school) or a place of worship. */
const HEADS: Record<string, Entity['type']> = {
  hospital: 'organization', hospitals: 'organization', clinic: 'organization', infirmary: 'organization', hospice: 'organization',
  center: 'organization', centre: 'organization', college: 'organization', university: 'organization', school: 'organization',
  academy: 'organization', seminary: 'organization', institute: 'organization',
  church: 'location', cathedral: 'location', chapel: 'location', basilica: 'location', abbey: 'location', parish: 'location',
};

/**
 * "St." or "Saint", one to three capitalised words with a possessive among them or right after them,
 * then up to three capitalised words and the head ("Medical Center", "Research Hospital").
 */
const SAINT_NAME = /(?<![\p{L}\p{N}])(?:St\.|Saint|Ste\.)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s(?:\s+\p{Lu}[\p{L}-]*){1,4}/gu;

/** Joins, in place, the parts of a facility named after a saint into one entity. */
export function saintsFacilities(body: string, entities: Entity[]): void {
  if (!/\b(?:St\.|Saint|Ste\.)\s/.test(body)) return;
  for (const m of body.matchAll(SAINT_NAME)) {
    // The name ends at its last head word ("St. Mary's Hospital Foundation" is another body; "Hospital" in it is not the end).
    const words = [...m[0].matchAll(/\S+/g)];
    let last = words.length - 1;
    while (last > 0 && HEADS[words[last]![0].toLowerCase()] === undefined) last--;
    // The possessive is the saint's, before the head ("St. Mary's Hospital"), not the head's own.
    if (last === 0 || !words.slice(1, last).some((w) => /['’]s$/.test(w[0]))) continue;
    const start = m.index;
    const end = start + words[last]!.index + words[last]![0].length;
    const text = body.slice(start, end);
    const inside = entities.filter((e) => e.start < end && start < e.end);
    // A name already whole, or one that runs on past the head ("St. Mary's Hospital Foundation"), stays.
    if (inside.some((e) => e.start <= start && e.end >= end) || inside.some((e) => e.end > end || e.start < start)) continue;
    const head = inside.find((e) => e.end === end && e.type !== 'person');
    const joined: Entity = { text, type: head?.type ?? HEADS[words[last]![0].toLowerCase()]!, start, end };
    for (const e of inside) entities.splice(entities.indexOf(e), 1);
    const at = entities.findIndex((e) => e.start > start);
    entities.splice(at < 0 ? entities.length : at, 0, joined);
  }
}
