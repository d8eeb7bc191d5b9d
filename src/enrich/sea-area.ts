/**
 * The sea area a report's opening places its act in: "across the seabed of the Gulf of Finland", "in
 * the Baltic Sea", "in international waters", "about 40 km off Klaipeda". A cable cut, a ship seized or
 * a pipeline holed happens at sea; the coastal town a report also names (where the cable lands, where
 * officials spoke) is a reference point, not the scene, and the record says so (review ux73a fault 2).
 * Only the headline and the first paragraphs, and only a report whose headline or lead sentence tells
 * an incident of a vessel or of something under the sea: a later paragraph names other incidents in the
 * same sea, and a town story names seas as regions ("the Black Sea port of Novorossiysk") or as where a
 * town lies ("Odesa, on the Black Sea").
 */
import type { SeaArea } from '../model/types.js';
import { placeOfSoughtMeasure } from './sought-measure-place.js';

/** How many paragraphs of the body open the report. */
const OPENING_PARAGRAPHS = 3;

/** An opening about something at sea: a vessel, or a cable or pipeline under it. */
const AT_SEA_SUBJECT = /\b(?:undersea|subsea|submarine\s+(?:cable|pipeline)|seabed|sea\s*floor|offshore|at\s+sea|ships?|vessels?|tankers?|freighters?|trawlers?|ferry|ferries|cargo\s+ships?|container\s+ships?|bulk\s+carriers?|warships?|frigates?|patrol\s+boats?|coast\s*guards?|navy)\b/i;

/**
 * What befalls a ship, a cable or a pipeline in an incident: a report that only lists tankers (sanctions)
 * or talks of shipping places nothing at sea.
 */
const INCIDENT = /\b(?:damag\w*|cut|severed|sever\w*|rupture\w*|fail(?:ed|s|ure)|faults?|out\s+of\s+service|outage|tripped|leak\w*|sank|sunk|sinking|capsiz\w*|collid\w*|collision|crash(?:ed|es)?|ditched|aground|seiz\w*|detain\w*|held|boarded|board(?:s|ing)|hijack\w*|attack\w*|struck|hit|rammed|fired\s+(?:on|at)|explosion|blast|fire|ablaze|missing|drag(?:ged|ging)?)\b/i;

/** A named sea: "Gulf of Finland", "Strait of Hormuz", "Baltic Sea", "North Sea", "Persian Gulf", "the Baltic". */
const NAMED_SEA = String.raw`(?:(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Sea|Ocean|Strait|Channel|Gulf)|(?<=\bthe\s)(?:Baltic|Mediterranean|Adriatic|Aegean|Atlantic|Pacific|Caspian))`;

/**
 * A sea named where the act is: after "in", "across", "into", "under", "on the floor of"; not one named
 * as a region ("the Baltic Sea region", "a Black Sea port", "the North Sea coast", "the Baltic states").
 */
const IN_SEA = new RegExp(String.raw`\b(?:in|into|across|under|beneath|through|on|at)\s+(?:the\s+)?(?:(?:seabed|sea\s*floor|floor|bed|bottom|waters|middle|east|west|north|south|eastern|western|northern|southern|central)\s+(?:part\s+)?of\s+(?:the\s+)?)?(${NAMED_SEA})(?![\p{L}-])(?!\s+(?:region|regions|states|countries|nations|republics|port|ports|city|cities|town|coast|coastline|shore|resort|island|islands|fleet|rim|area|basin|grid|market|states['’]))`, 'gu');

/**
 * What "on the <Sea>" may follow and still be the scene: not a town, nor towns, a port or homes the
 * sea only locates ("in Odesa, on the Black Sea", "towns on the North Sea", "Sevastopol on the Black
 * Sea"), which a sentence names as where the act befell them (review75 fault 2).
 */
const TOWN_ON = /(?:\p{Lu}[\p{L}'’-]*|\b(?:towns?|cit(?:y|ies)|villages?|ports?|resorts?|harbou?rs?|homes|houses|buildings?|coast(?:line)?|shores?|beach(?:es)?|communit(?:y|ies)|settlements?))\s*,?\s*$/u;

/** The first sea named as a scene in a sentence, as IN_SEA reads it, past those "on the <Sea>" of a town. */
function seaOfScene(sentence: string): RegExpExecArray | null {
  const pattern = new RegExp(IN_SEA.source, 'gu');
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
    if (/^on\b/i.test(m[0]) && TOWN_ON.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    return m;
  }
  return null;
}

/** "in international waters", "in neutral waters". */
const OPEN_WATERS = /\b(?:in|into|through)\s+(international|neutral)\s+waters\b/iu;

/** "about 40 kilometres off Klaipeda", "12 nautical miles off the coast of Gotland". */
const DISTANCE_OFF = /\b(\d+(?:[.,]\d+)?)\s*(kilomet(?:re|er)s?|km|nautical\s+miles?|nm|miles?)\s+(?:(?:north|south|east|west)[\p{L}-]*\s+)?off\s+(?:the\s+(?:coast|island|port|town)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;

/** An act told as off a coast ("off the coast of Gotland", "off the Danish coast"): at sea, whatever befell. */
const OFF_COAST = /\boff\s+(?:the\s+)?(?:coast\s+of|(?:\p{Lu}[\p{L}-]+\s+){1,2}coast)\b/u;

/** A sentence about another time than the report's own: an earlier incident set beside it. */
const ANOTHER_TIME = /\b(?:after|since|before|unlike|similar|previous|earlier|last\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|ago|in\s+(?:19|20)\d\d)\b/i;

const SENTENCE_END = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Lt|Gen|Capt|Cmdr))[.!?](?=\s+["“\p{Lu}])/u;

/** The kilometres a distance written in `unit` comes to. */
function kilometresOf(figure: string, unit: string): number {
  const n = Number(figure.replace(',', '.'));
  const km = /^n(?:autical|m)/i.test(unit) ? n * 1.852 : /^mile/i.test(unit) ? n * 1.609 : n;
  return Math.round(km);
}

/** The opening's sentences: the headline, then those of the first paragraphs. */
function openingSentences(headline: string, body: string): string[] {
  const paragraphs = body.split(/\n+/).filter((p) => p.trim().length > 0).slice(0, OPENING_PARAGRAPHS);
  const out = headline ? [headline] : [];
  for (const p of paragraphs) {
    let rest = p;
    for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
      out.push(rest.slice(0, m.index + 1));
      rest = rest.slice(m.index + 1);
    }
    if (rest.trim()) out.push(rest);
  }
  return out;
}

/**
 * The sea area the report's opening places its act in, or null: the sea it names (its first), and a
 * distance off a town where it gives one. `elsewhere(offset)`: whether the body's text at that offset
 * tells another event (an earlier incident in the same sea).
 */
export function seaAreaOf(headline: string, body: string, elsewhere: (offset: number) => boolean = () => false): SeaArea | null {
  const sentences = openingSentences(headline, body);
  // The headline and the lead sentence: a ship named later ("The navy said ships in the port were not
  // hit") is no sign that a strike on a town told first happened at sea (review75 fault 2).
  const opening = sentences.slice(0, headline ? 2 : 1).join(' ');
  const offshore = DISTANCE_OFF.test(opening) || OFF_COAST.test(opening);
  if (!(AT_SEA_SUBJECT.test(opening) || offshore) || !INCIDENT.test(opening)) return null;
  let name: string | null = null;
  let off: { town: string; km: number } | null = null;
  for (const s of sentences) {
    if (ANOTHER_TIME.test(s)) continue;
    const at = s === headline ? -1 : body.indexOf(s);
    if (at >= 0 && elsewhere(at)) continue;
    // "would push for a ban on transfers in the Baltic Sea": where a measure sought would apply, no scene.
    const sought = (m: RegExpExecArray): boolean => placeOfSoughtMeasure(s, m.index + m[0].indexOf(m[1]!));
    if (name === null) {
      const inSea = seaOfScene(s);
      const waters = OPEN_WATERS.exec(s);
      const sea = inSea && !sought(inSea) ? inSea[1] : waters && !sought(waters) ? `${waters[1]!.toLowerCase()} waters` : undefined;
      if (sea) name = sea.replace(/\s+/g, ' ');
    }
    if (off === null) {
      const d = DISTANCE_OFF.exec(s);
      if (d && !placeOfSoughtMeasure(s, d.index + d[0].lastIndexOf(d[3]!))) off = { town: d[3]!, km: kilometresOf(d[1]!, d[2]!) };
    }
  }
  if (name === null && off === null) return null;
  return { name, ...(off ? { off: off.town, km: off.km } : {}) };
}
