/**
 * A realm named by its kind and its land: "the Principality of Guria", "the Colony of Natal", "the
 * Crown Colony of North Borneo", "the Emirate of Bukhara". The name is a place's, whole, though the
 * tagger takes only the land ("Guria"), or reads the land as a person ("Natal") or the whole as a body
 * by its head word ("Crown Colony of Sarawak"). A capitalised kind of realm and "of", right before a
 * name the tagger found, make one place with it, the land's country kept.
 */
import type { Entity } from '../../model/types.js';

const REALM = /(?:Grand\s+Duchy|Crown\s+Colony|Principality|Kingdom|Duchy|Archduchy|Colony|Emirate|Sultanate|Khanate|Caliphate|Tsardom|Protectorate|Dominion|Viceroyalty|Governorate|Electorate|Margraviate|Landgraviate|Prince-Bishopric)\s+of\s+/u;
const REALM_BEFORE = new RegExp(`(?<![\\p{L}-])${REALM.source}$`, 'u');
const REALM_OPENS = new RegExp(`^${REALM.source}\\p{Lu}`, 'u');

export function joinRealmsToPlaces(body: string, entities: Entity[]): void {
  for (const e of entities) {
    const m = REALM_BEFORE.exec(body.slice(Math.max(0, e.start - 40), e.start));
    if (m) {
      if (entities.some((f) => f !== e && f.end > e.start - m[0].length && f.start < e.start)) continue;
      e.start -= m[0].length;
      e.text = body.slice(e.start, e.end);
    } else if (!REALM_OPENS.test(e.text)) continue;
    if (e.type === 'location') continue;
    e.type = 'location';
    delete e.subtype;
    delete e.canonical;
  }
}
