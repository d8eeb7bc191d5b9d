/**
 * Where a lead sets a government's act on a named site: "Zimbabwe on Thursday closed its Chirundu
 * border post", "reopened the border crossing at Nakonde", "travellers were stranded at Kasumbalesa after
 * Zambia shut the border". The act happened at that site, not in the capital where a minister
 * announced it, so the site outranks the dateline and the place where officials spoke. Border posts
 * are often too small for the gazetteer; the site is then named without a point.
 */
import type { PlaceMention } from '../model/types.js';
import { countryOfDemonym, lookupPlace } from './gazetteer/places.js';

/** One to three capitalised words: a site's name. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
/** An act that opens or closes a site. */
const ACT = String.raw`(?:closed|shut|sealed|reopened|re-opened|opened|blocked)(?:\s+down)?`;
/**
 * A site an act opens or closes: only a border's ("closed the Main Street bridge" is a road closure,
 * which local reports place by their own town anyway).
 */
const SITE = String.raw`(?:border\s+(?:post|crossing|point|station|gate)|frontier\s+(?:post|crossing))`;

/** "closed its Chirundu border post", "shut the Nakonde border crossing". */
const ACT_ON_NAMED = new RegExp(String.raw`\b${ACT}\s+(?:its|their|the)\s+(?:(?:main|busy|key|southern|northern|eastern|western)\s+)?(${NAME})\s+${SITE}\b`, 'u');
/** "closed the border post at Chirundu", "reopened the border crossing of Nakonde". */
const ACT_ON_SITE_AT = new RegExp(String.raw`\b${ACT}\s+(?:its|their|the)\s+${SITE}\s+(?:at|in|of)\s+(${NAME})`, 'u');
/** "stranded at Chirundu after Zimbabwe closed the border": the site named first, the act after. */
const AT_BEFORE_ACT = new RegExp(String.raw`\bat\s+(${NAME})\b[^.;!?]{0,80}?\b${ACT}\s+(?:its|their|the)\s+(?:border|${SITE})\b`, 'u');

/** Words a site's name cannot be. */
const NOT_A_SITE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That)$/;

/** The act's verb, to find who acted. */
const ACT_VERB = new RegExp(String.raw`\b${ACT}\s+(?:its|their|the)\b`, 'u');
/** "Zimbabwe on Thursday closed", "Zambia has shut": the country right before the act. */
const ACTOR_BEFORE = /(\p{Lu}[\p{L}-]+)\s+(?:on\s+\p{Lu}\p{L}+\s+|has\s+|had\s+)?$/u;

/** The country that acted, where a country's name stands right before the act's verb. */
function actorCountry(lead: string, from: number, to: number): string | null {
  const verb = ACT_VERB.exec(lead.slice(from, to));
  if (!verb) return null;
  const actor = ACTOR_BEFORE.exec(lead.slice(0, from + verb.index))?.[1];
  const place = actor ? lookupPlace(actor) : null;
  return place?.kind === 'country' ? place.country : null;
}

/**
 * The site the text's `lead` (from offset `from` of the body) sets an act of opening or closing on, or
 * null. The site takes the country that acted where a country's name stands before the act, else
 * `country` (the dateline's); a town of the gazetteer in that country gives its point, and a name the
 * gazetteer holds nowhere there is named without one.
 */
export function siteOfAct(lead: string, from: number, country: string | null): PlaceMention | null {
  for (const pattern of [ACT_ON_NAMED, ACT_ON_SITE_AT, AT_BEFORE_ACT]) {
    const m = pattern.exec(lead);
    const name = m?.[1];
    if (!m || !name || NOT_A_SITE.test(name)) continue;
    const start = from + m.index + m[0].indexOf(name);
    const located = lookupPlace(name, lead);
    // A country or a region's name ("closed its Zambian border") is no site.
    if ((located && located.kind !== 'city') || countryOfDemonym(name)) continue;
    const acted = actorCountry(lead, m.index, m.index + m[0].length) ?? country;
    if (located && (!acted || located.country === acted)) return { name: located.name, country: located.country ?? null, lat: located.lat, lon: located.lon, text: name, start };
    return { name, country: acted, lat: null, lon: null, text: name, start };
  }
  return null;
}
