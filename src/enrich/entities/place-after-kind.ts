/**
 * "the port of Antwerp", "the city of Mosul", "the town of Gary": a name right after a lower-case word
 * for a kind of place and "of" is that place wherever the gazetteer knows it. The tagger misses such
 * names after "port of" and reads "city of X" as the city's council; the capitalised forms ("Port of
 * Antwerp", "City of Miami") are bodies and are left as they are.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';
import { usStateNamed } from '../gazetteer/us-states.js';

const KIND_OF = /\b(?:port|city|town|village|island|province|region|district|state|capital|municipality|county|suburb|harbou?r|outskirts)\s+of\s+$/;
/** Up to three capitalised words, without a possessive's "'s". */
const NAME_AFTER = /^\p{Lu}[\p{L}\p{M}.-]*(?:['’]\p{Lu}[\p{L}\p{M}.-]*)?(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,2}/u;

export function placesAfterKindWords(body: string, entities: Entity[]): void {
  const kind = new RegExp(KIND_OF.source.slice(0, -1), 'g');
  for (const m of body.matchAll(kind)) {
    const at = m.index + m[0].length;
    const name = NAME_AFTER.exec(body.slice(at, at + 60))?.[0];
    if (!name) continue;
    const words = name.split(/\s+/);
    // The longest run of the words the gazetteer knows ("New York" before "City Council" is not asked).
    for (let n = words.length; n >= 1; n--) {
      const run = words.slice(0, n).join(' ');
      // A sentence's full stop is no part of the town's name ("held at the port of Antwerp. Crews ..."
      // read "Antwerp. Crews", then "Antwerp.", which the gazetteer does not know); a stop inside the
      // name stays ("St. Louis").
      const text = run.endsWith('.') && !lookupPlace(run, body) ? run.replace(/\.+$/, '') : run;
      if (!text) continue;
      const end = at + text.length;
      // A longer name over it ("Antwerp Zoo", "Mosul Dam") is the tagger's reading to keep.
      if ((end < body.length && /^[\p{L}\p{N}]/u.test(body.charAt(end))) || entities.some((e) => e.start < end && at < e.end && (e.start < at || e.end > end))) continue;
      // "the state of Georgia" is the US state, not the country the gazetteer gives for the bare name
      // (and "the state of Ohio" is one it does not give at all); a state the tagger placed elsewhere is
      // mended too.
      const usState = /^state\b/.test(m[0]) && usStateNamed(text) !== null;
      const place = usState ? null : lookupPlace(text, body);
      if (!usState && !place) continue;
      const same = entities.find((e) => e.start === at && e.end === end);
      const located: Entity = place
        ? { text, type: 'location', subtype: place.kind, start: at, end, canonical: place.name, ...(place.country ? { country: place.country } : {}) }
        : { text, type: 'location', subtype: 'region', start: at, end, canonical: text, country: 'US' };
      if (!same) entities.push(located);
      else if (same.type !== 'location' || (usState && same.country !== 'US')) Object.assign(same, located);
      break;
    }
  }
}
