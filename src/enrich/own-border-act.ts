/**
 * A government's act at its own border, told in the lead of a report filed from another country's
 * crisis: "BEIRA, Mozambique - Malawi's health ministry ordered screening at its border crossings with
 * Mozambique", "Zambian authorities stepped up checks along their border with Congo". The act happens
 * on the acting country's side, not in the dateline's town where the crisis is; the town named beside
 * the act ("at the Mwanza border post") is its site where the gazetteer puts it in that country.
 * Only the subject of the lead's first clause counts as the actor ("its" must be its), and only where
 * the dateline is in another country: a country acting at its border with a dateline at home keeps the
 * dateline (act-site.ts reads a named post there).
 */
import type { PlaceMention } from '../model/types.js';
import { countryOfDemonym, lookupCountryOrCode, lookupPlace } from './gazetteer/places.js';

/** One to three capitalised words: a country's or a post's name. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;

/**
 * The lead's opening capitalised words, where its subject stands: a country ("Malawi on Thursday"), its
 * body ("Malawi's health ministry", "South Africa's border agency") or its people's word before a body
 * ("Malawian health authorities").
 */
const SUBJECT = /^(?:The\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})(?=['’]s?\s|\s)/u;

/** A border of the subject's own: "at its border crossings", "along its border", "at their frontier posts". */
const OWN_BORDER = /\b(?:at|along|on|across|to)\s+(?:its|their)\s+(?:(?:main|busy|key|southern|northern|eastern|western|land)\s+)?(?:border|frontier)s?(?:\s+(?:crossings?|posts?|points?|stations?|gates?))?\b/u;
/** "at the Mwanza border post", "at the Mwanza crossing": a named post of the subject's border. */
const NAMED_POST = new RegExp(String.raw`\bat\s+the\s+(${NAME})\s+(?:border\s+(?:post|crossing|point|station|gate)|frontier\s+(?:post|crossing))\b`, 'u');

/** Words that tell the act is someone else's, reported ("said Malawi had closed its border"). */
const REPORTED = /\b(?:said|says|told|reported|announced\s+that|claimed|accused|urged|asked|called\s+on)\b/;
/** Words a post's name cannot be. */
const NOT_A_POST = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Its)$/;

/** The country the subject's first words name, by its name or its people's word, and those words. */
function subjectCountry(subject: string): { country: string; name: string } | null {
  const words = subject.split(/\s+/);
  // "Malawi Health Ministry": the longest run of opening words that names a country.
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const place = lookupPlace(name);
    if (place?.kind === 'country' && place.country) return { country: place.country, name };
    const people = countryOfDemonym(name);
    if (people) return { country: people, name };
  }
  return null;
}

/**
 * The place of a government's act at its own border that the lead's first sentence (`lead`, at offset
 * `from` of the body) tells, where `datelineCountry` is another country; else null.
 */
export function ownBorderAct(lead: string, from: number, datelineCountry: string | null): PlaceMention | null {
  if (!datelineCountry) return null;
  const subject = SUBJECT.exec(lead);
  if (!subject) return null;
  const actor = subjectCountry(subject[1]!);
  const acted = actor?.country;
  if (!actor || !acted || acted === datelineCountry) return null;
  const post = NAMED_POST.exec(lead);
  const name = post && !NOT_A_POST.test(post[1]!) ? post[1]! : null;
  const border = name ? post : OWN_BORDER.exec(lead);
  if (!border || REPORTED.test(lead.slice(subject[0].length, border.index))) return null;
  if (name) {
    const start = from + border.index + border[0].indexOf(name);
    const located = lookupPlace(name, lead);
    if (located?.kind === 'city' && located.country === acted) return { name: located.name, country: acted, lat: located.lat, lon: located.lon, text: name, start };
    // A post the gazetteer lacks is named without a point; one it puts in another country is that
    // country's ("praised the checks at the Ressano Garcia border post"), not the subject's.
    return located ? null : { name, country: acted, lat: null, lon: null, text: name, start };
  }
  const countryName = lookupCountryOrCode(acted)?.name;
  const country = countryName ? lookupPlace(countryName) : null;
  return { name: countryName ?? actor.name, country: acted, lat: country?.lat ?? null, lon: country?.lon ?? null, text: actor.name, start: from + subject.index };
}
