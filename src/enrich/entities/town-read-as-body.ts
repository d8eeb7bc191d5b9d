/**
 * A town the tagger read as a body where goods go to or come from it: "the refinery supplies diesel to
 * Novorossiysk for export" listed the port as an organisation of the strike (review ux73a fault 7). One
 * capitalised word after "port of", "city of", "town of", or after "to" or "from" in a clause that ships
 * something (supplies, exports, delivers, pumps...), is the town where the gazetteer holds a town of
 * 10,000 people or more of that name in a country the text's other places lie in. "lost to Liverpool"
 * and "a grant from Amazon" ship nothing and stay as the tagger read them. So is a town before "MP"
 * ("Gloucester MP Alex Pryor", a member's constituency), and one between "the" and a hospital or an
 * attack ("the Bruges hospital", "the Gloucester hospital attack"), both listed as organisations of
 * their events (review ux74a); the MP's town needs no other place in the text to say its country.
 */
import type { Entity } from '../../model/types.js';
import { type City, cityCandidates, cityKey } from '../gazetteer/cities.js';

const TOWN_SIZE = 10_000;
const KIND_OF = /(?<![\p{L}-])(?:port|city|town|harbou?r)\s+of\s+$/u;
const SHIPPED_TO = /(?<![\p{L}-])(?:supplies|supply|supplied|ships|shipped|exports|exported|delivers|delivered|sends|sent|pumps|pumped|carries|carried|transports|transported|loads|loaded|exports|imports|imported)\b[^.;:!?]{0,50}\b(?:to|from)\s+$/u;

/** A member's title after the town: "Gloucester MP", "Stroud's MPs" (upper case: no other word). */
const MP_AFTER = /^(?:['’]s)?\s+MPs?\b/u;
/** "the Bruges hospital", "the Gloucester hospital attack": a town before what happened or stands there. */
const THE_BEFORE = /(?<![\p{L}-])[Tt]he\s+$/u;
const HAPPENED_AFTER = /^\s+(?:hospitals?|council|attacks?|bombings?|shootings?|blast|explosion|stabbing|riots?|outage)\b/u;
/**
 * "the Lincoln hospital" (Lincoln Medical Center, in the Bronx) is a hospital's name: a hospital or a
 * council with no act after it ("the Bruges hospital said") is the town's only where the text also puts
 * something in or near the town ("in Bruges"), or an act follows ("the Gloucester hospital attack")
 * (review76 fault 6).
 */
const BODY_ALONE = /^\s+(?:hospitals?|council)\b(?!\s+(?:attacks?|cyber-?attacks?|hack|breach|outage|shooting|bombing|blast|fire|strike)\b)/u;

function placedInText(body: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\b(?:in|near|outside|at)\s+${escaped}(?![\p{L}-]|\s+\p{Lu})`, 'u').test(body);
}

export function townsReadAsBodies(body: string, entities: Entity[]): void {
  const countries = new Set(entities.filter((e) => e.type === 'location' && e.country).map((e) => e.country!));
  // The members' towns first: the country they give lets the other readings below name their towns.
  for (const member of [true, false]) {
    if (!member && countries.size === 0) return;
    for (const e of entities) {
      if (e.type !== 'organization' || e.country || /\s/.test(e.text)) continue;
      const before = body.slice(Math.max(0, e.start - 80), e.start);
      const after = body.slice(e.end, e.end + 30);
      if (member ? !MP_AFTER.test(after) : !KIND_OF.test(before) && !SHIPPED_TO.test(before) && !(THE_BEFORE.test(before) && HAPPENED_AFTER.test(after) && (!BODY_ALONE.test(after) || placedInText(body, e.text)))) continue;
      const key = cityKey(e.text);
      let town: City | null = null;
      for (const c of cityCandidates(e.text)) if (!c.word && c.population >= TOWN_SIZE && (member || countries.has(c.country)) && cityKey(c.name) === key && (!town || c.population > town.population)) town = c;
      if (!town) continue;
      Object.assign(e, { type: 'location', subtype: 'city', canonical: town.name, country: town.country });
      countries.add(town.country);
    }
  }
}
