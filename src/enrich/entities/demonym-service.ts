/**
 * "Danish Coast Guard spokeswoman Ida Holm": the tagger read "Coast Guard" alone, and the spokeswoman
 * was listed as `spokeswoman | Coast Guard` with no country (review ux73a fault 7). A body named only by
 * its kind (a coast guard, a navy, a police, a ministry of a portfolio), with a people's word right
 * before it, is that people's: the word joins the name and gives the country. A body with a name of its
 * own ("the Russian Gazprom") is left as it is. A body read whole with its people's word ("Lithuanian
 * Navy") and no country is given that people's.
 */
import type { Entity } from '../../model/types.js';
import { demonymBefore } from '../demonym-body.js';
import { countryOfDemonym } from '../gazetteer/places.js';

/** The words a body named by its kind is made of. */
const KIND_WORDS = new Set([
  'coast', 'guard', 'coastguard', 'navy', 'border', 'police', 'army', 'air', 'force', 'forces', 'armed', 'ministry', 'foreign', 'defence', 'defense',
  'interior', 'security', 'service', 'energy', 'agency', 'maritime', 'administration', 'transport', 'justice', 'health', 'emergency', 'emergencies',
  'rescue', 'fire', 'customs', 'intelligence', 'national', 'federal', 'economy', 'climate', 'environment', 'grid', 'regulator', 'authority', 'and', 'of', 'the',
]);

/** Extends, in place, each such body to its people's word and gives it that country. */
export function servicesWithDemonyms(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization' || e.country) continue;
    const words = e.text.split(/\s+/);
    // "Lithuanian Navy" read whole with no country: its people's word gives it, as consolidation would
    // otherwise give it the one country of the report's other state bodies (the Swedish Coast Guard's).
    const own = words.length > 1 && words.slice(1).every((w) => KIND_WORDS.has(w.toLowerCase())) ? countryOfDemonym(words[0]!) : null;
    if (own) {
      e.country = own;
      continue;
    }
    if (!words.every((w) => KIND_WORDS.has(w.toLowerCase()))) continue;
    const before = demonymBefore(body, e.start);
    if (!before || entities.some((o) => o !== e && o.end > before.start && o.start < e.start)) continue;
    e.text = `${before.word} ${e.text}`;
    e.start = before.start;
    e.country = before.country;
  }
}
