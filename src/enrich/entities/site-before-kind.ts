/**
 * "the Keldan naval base", "the Orvik border crossing": a name written before a lower-case word for a
 * kind of site is that site's place. The tagger, seeing a capitalised word it does not know beside
 * "base" or "crossing", reads it as a body. A name that holds a body's head word ("the Army base",
 * "the Coast Guard station") or is an acronym ("the NATO base") is the body that runs the site, and
 * stays one.
 */
import type { Entity } from '../../model/types.js';
import { BODY_HEADS } from './lexicon.js';

/** Lower-case words for a kind of site, right after the name. */
/** A bare "camp" is often a side in a contest ("the Trump camp"): only a camp of a named kind is a site. */
const SITE_AFTER = /^\s+(?:(?:naval|air|military|army|navy|marine|border|ferry|river|fishing)\s+)?(?:base|crossing|checkpoint|border\s+post|outpost|(?:refugee|military|army|training|displacement)\s+camp|airbase|airfield|garrison|port|harbou?r|pier|jetty|township|village|border\s+town)\b/;
const ACRONYM = /^[\p{Lu}\d&.]{2,}$/u;
/**
 * Thai, Khmer and Malay words for village and island that open a place's name ("Ban Nong Khai", "Koh
 * Rong", "Phum Thmei", "Kampung Baru"), as not-people.ts reads them for persons: such a name without a
 * body's head word is a place wherever it stands ("the Ban Nong Khai post"), not only before a kind of
 * site. "Ban" before a Korean given name ("Ban Ki-moon") is a person's.
 */
const VILLAGE_OR_ISLAND = /^(?:Ban(?!\s\p{Lu}\p{Ll}*-\p{Ll})|Koh|Kaoh|Phum|Pulau|Kampung|Kampong)\s\p{Lu}/u;

/** The organisations written as a site's name before its kind, made places, in place. */
export function sitesBeforeKindWords(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization' || e.subtype === 'threat-actor' || ACRONYM.test(e.text)) continue;
    if (e.text.split(/\s+/).some((w) => BODY_HEADS.has(w.toLowerCase()))) continue;
    if (!SITE_AFTER.test(body.slice(e.end, e.end + 40)) && !VILLAGE_OR_ISLAND.test(e.text)) continue;
    e.type = 'location';
    delete e.subtype;
  }
}
