/**
 * A place name the gazetteer reads one way out of context, read the way the text means it: "Georgia"
 * the US state in a story from Atlanta, "Washington state" the state and not the capital, "Victoria"
 * in a story about Australia or British Columbia no capital of the Seychelles, "Paris" beside "Paris,
 * Texas" the Texas town. The entity's country is the participants' country ("Victoria Premier
 * Jacinta Allan", "Georgia Gov. Brian Kemp"), so a wrong reading misplaces people too.
 */
import type { Entity } from '../../model/types.js';
import type { Place } from '../gazetteer/places.js';
import { hintsFor, lookupCountry, lookupPlace, placeHints } from '../gazetteer/places.js';
import { cityCandidates } from '../gazetteer/cities.js';
import { usStateNamed, usStatesIn } from '../gazetteer/us-states.js';

/** "Washington state", "New York State's": the state, where no body's name goes on ("Washington State Patrol"). */
const STATE_AFTER = /^(?:\s+state\b|\s+State\b(?!\s+\p{Lu}))/u;

/** Words after a name that only a US state takes: its governor, legislature, agencies ("Georgia Gov. Brian Kemp", "Georgia's lieutenant governor"). */
const STATE_CUE_AFTER = /^(?:['’]s)?\s+(?:Gov\.|Governor|(?:lieutenant\s+)?governor|Lt\.\s+Gov\.|Sen\.|Rep\.|Attorney\s+General|attorney\s+general|Secretary\s+of\s+State|secretary\s+of\s+state|House|Senate|General\s+Assembly|Legislature|legislature|lawmakers|Supreme\s+Court|Bureau\s+of\s+Investigation|Department\s+of|Republicans?|Democrats?|voters|primary|counties|county)\b/u;
/** A state's governor or legislature after a name a city shares ("Washington Gov. Bob Ferguson", "New York's governor"). */
const GOVERNOR_AFTER = /^(?:['’]s)?\s+(?:Gov\.|Governor|(?:lieutenant\s+)?governor|Lt\.\s+Gov\.|General\s+Assembly|Legislature|legislature)(?!\s+(?:of|for)\b)/u;
/** Words after a name that only a country takes: its head of state, its parliament, its ministries ("Georgia's prime minister"). */
const COUNTRY_CUE_AFTER = /^(?:['’]s)?\s+(?:President|president|Prime\s+Minister|prime\s+minister|PM|parliament|Parliament|foreign\s+ministry|Foreign\s+Ministry|ministry|Ministry|government|embassy|ambassador|army|armed\s+forces|border|breakaway|capital)\b/u;

/** A city this large, of the country or of the state, that the text names is a sign which it means. */
const SIGN_CITY = 50_000;

/**
 * How the entity's place should be read in this text, where that differs from `found` (the reading
 * out of context); null keeps `found`.
 */
export function placeInContext(name: string, body: string, start: number, end: number, found: Place | null): Place | null {
  const after = body.slice(end, end + 40);
  const state = usStateNamed(name);
  if (state && (STATE_AFTER.test(after) || (found?.kind === 'city' && GOVERNOR_AFTER.test(after)))) return { name, kind: 'region', country: 'US' };
  if (found?.kind === 'country' && state) return stateOverCountry(name, body, start, end, found.country) ? { name, kind: 'region', country: 'US' } : null;
  if (found?.kind === 'city') return cityInContext(name, body, found);
  return null;
}

/**
 * Whether a name that is both a country's and a US state's ("Georgia") means the state here: the words
 * around this mention first, then the other places the text names (other states, "U.S." beside no
 * word of the country; cities of the state or of the country).
 */
function stateOverCountry(name: string, body: string, start: number, end: number, country: string): boolean {
  const after = body.slice(end, end + 40);
  if (STATE_CUE_AFTER.test(after)) return true;
  if (COUNTRY_CUE_AFTER.test(after) || /\b(?:country|nation|republic)\s+of\s+$/i.test(body.slice(Math.max(0, start - 20), start))) return false;
  const key = `${name}\u0000${country}`;
  if (lastText?.body !== body) lastText = { body, answers: new Map() };
  let answer = lastText.answers.get(key);
  if (answer === undefined) {
    // The text without the name: "Georgia" itself gives both readings.
    const rest = body.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
    const hints = placeHints(rest);
    const forCountry = (hints.countries.has(country) ? 2 : 0) + signCities(rest, (c) => c.country === country);
    const forState = (usStatesIn(rest).size > 0 ? 2 : 0) + signCities(rest, (c) => c.country === 'US' && c.admin1 === usStateNamed(name));
    answer = forState > forCountry;
    lastText.answers.set(key, answer);
  }
  return answer;
}

/** The text-wide answers for the last text: a state's story names "Georgia" many times, and each reading scanned the whole text. */
let lastText: { body: string; answers: Map<string, boolean> } | null = null;

/** How many distinct large cities the text names that `where` accepts (by the name's largest place). */
function signCities(text: string, where: (c: { country: string; admin1: string | null }) => boolean): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu)) {
    const words = m[0].split(' ');
    for (const w of words.length > 1 ? [m[0], words[0]!] : [m[0]]) {
      const key = w.toLowerCase();
      if (seen.has(key)) continue;
      const top = [...cityCandidates(w)].sort((a, b) => b.population - a.population)[0];
      if (top && top.population >= SIGN_CITY && where(top)) {
        seen.add(key);
        break;
      }
    }
  }
  return seen.size;
}

/**
 * A capital's name read as another place of the name where the text says so: written with that place's
 * state or country ("Paris, Texas"), a state or province of a country the text names ("the Australian
 * state of Victoria"), a town of a state the text names, or a city larger than the capital in a country
 * the text names ("Victoria" beside British Columbia). Not where the text names the capital's country:
 * "Moscow" stays Russia's beside Russia, and a great capital stays itself beside a small namesake.
 */
function cityInContext(name: string, body: string, found: Place): Place | null {
  const read = lookupPlace(name, body);
  if (!read || read.country === found.country || !read.country) return null;
  const hints = hintsFor(body);
  if (hints.countries.has(found.country)) return null;
  // "Paris, Texas", "VICTORIA, British Columbia": written once with the state or country it is in.
  const qualifier = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\\s+([^,;:\\n(]{2,30})`, 'i').exec(body)?.[1];
  const qualifierHints = qualifier ? placeHints(`, ${qualifier}`) : null;
  const qualified = qualifierHints !== null && (qualifierHints.countries.has(read.country) || [...qualifierHints.admin1].some((a) => a.startsWith(`${read.country}-`)));
  const capital = cityCandidates(name).find((c) => c.country === found.country);
  const larger = read.kind === 'city' && (read.population ?? 0) > (capital?.population ?? 0) && hints.countries.has(read.country);
  const region = read.kind === 'region' && hints.countries.has(read.country) && !lookupCountry(name);
  const inState = read.kind === 'city' && read.admin1 !== undefined && hints.admin1.has(`${read.country}-${read.admin1}`);
  return qualified || larger || region || inState ? { name: read.name, kind: read.kind, country: read.country } : null;
}

/**
 * Gives each city and country of the text, in place, the reading the text means where it differs, and
 * leaves out a country's name that is the text's ordinary word ("Turkey prices fell" beside "a whole
 * turkey").
 */
export function readPlacesInContext(body: string, entities: Entity[]): Entity[] {
  const kept = entities.filter((e) => !(e.type === 'location' && e.subtype === 'country' && isWordOpeningSentence(body, e)));
  for (const e of kept) {
    if (e.type === 'location' && e.subtype !== 'region') {
      const state = stateAbbreviation(body, e);
      if (state) {
        Object.assign(e, { subtype: 'region', canonical: state.name, country: state.country });
        continue;
      }
    }
    // "Salt Lake City", "Gaza City": read as a building for its head word "City" where the gazetteer has the city.
    if (e.type === 'location' && e.subtype === 'facility' && /\s(?:City|CITY)$/.test(e.text)) {
      const city = lookupPlace(e.text, body);
      if (city?.kind === 'city' && city.country) Object.assign(e, { subtype: 'city', canonical: city.within ?? city.name, country: city.country });
      continue;
    }
    // "Georgia Bureau of Investigation": a state's body, where the text means the state.
    if (e.type === 'organization' && e.country) {
      const first = /^\p{Lu}\p{Ll}+/u.exec(e.text)?.[0];
      if (first && usStateNamed(first) && lookupCountry(first)?.country === e.country && stateOverCountry(first, body, e.start, e.start + first.length, e.country)) e.country = 'US';
      continue;
    }
    if (e.type !== 'location' || (e.subtype !== 'city' && e.subtype !== 'country') || !e.country) continue;
    const name = e.text === e.text.toUpperCase() ? e.text.charAt(0) + e.text.slice(1).toLowerCase() : e.text;
    const read = placeInContext(name.replace(/['’]s$/, ''), body, e.start, e.end, { name: e.canonical ?? name, kind: e.subtype, country: e.country });
    if (!read) continue;
    e.subtype = read.kind;
    e.canonical = read.name;
    e.country = read.country;
  }
  return kept;
}

/**
 * Whether a country's name opens a sentence, a word in lower case follows it, and the text writes the
 * name in lower case elsewhere and names the country no other way: the ordinary word capitalised by
 * its place ("Turkey prices fell ... a 16-pound turkey").
 */
function isWordOpeningSentence(body: string, e: Entity): boolean {
  if (e.text.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(e.text)) return false;
  // A sentence's start, or a dateline's dash ("DES MOINES, Iowa (AP) — Turkey prices").
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*|\)\s*(?:—|–|--?)\s+)$/u.test(body.slice(Math.max(0, e.start - 8), e.start))) return false;
  if (!/^\s+\p{Ll}/u.test(body.slice(e.end, e.end + 3)) || /^\s+(?:and|or|said|says|is|was|has|had|will|would|on|in|at|to|for|of|with|from|by)\b/.test(body.slice(e.end, e.end + 8))) return false;
  if (!new RegExp(`\\b${e.text.toLowerCase()}\\b`).test(body)) return false;
  // Not where the text names the country otherwise: again by its name, or by its people or its cities' hints ("Turkish").
  const rest = body.slice(0, e.start) + body.slice(e.end);
  return !new RegExp(`\\b${e.text}\\b`).test(rest) && !placeHints(rest).countries.has(e.country ?? '');
}

/**
 * A title's country read from the place right before it ("Georgia Gov.", "Victoria Premier") follows
 * the reading the text gives that place; the recogniser read the place out of context.
 */
export function titleCountriesInContext(body: string, titles: Map<number, { title: string; country: string | null }>, entities: readonly Entity[]): void {
  if (titles.size === 0) return;
  // Places by where they end, nearest first from a title's person backwards (a scan of every entity per title was quadratic).
  const places = entities.filter((e) => e.type === 'location' && e.country).sort((a, b) => a.end - b.end);
  for (const [start, title] of titles) {
    if (!title.country) continue;
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const place = lo > 0 && start - places[lo - 1]!.end <= 40 ? places[lo - 1] : undefined;
    if (!place || place.country === title.country) continue;
    // Only the place directly before the title: nothing but the title's capitalised words between.
    if (!/^(?:['’]s)?(?:\s+\p{Lu}[\p{L}.-]*)+\s+$/u.test(body.slice(place.end, start))) continue;
    title.country = place.country!;
  }
}

/**
 * "BIRMINGHAM, Ala.", "SALEM, Ore.", "London, Ont.": a US state's or a Canadian province's abbreviation
 * after a town and its comma is that state, not a town abroad of the letters (Ala, Italy; Ore, Nigeria).
 */
function stateAbbreviation(body: string, e: Entity): Place | null {
  if (e.text.length > 5 || !/^\p{Lu}[\p{L}.]*$/u.test(e.text) || !/\p{L},\s*$/u.test(body.slice(Math.max(0, e.start - 3), e.start))) return null;
  const written = body[e.end] === '.' && !e.text.endsWith('.') ? `${e.text}.` : e.text;
  const hints = placeHints(`, ${written}`);
  if ([...hints.admin1].some((a) => a.startsWith('US-'))) return { name: written, kind: 'region', country: 'US' };
  return written.endsWith('.') && hints.countries.size === 1 && hints.countries.has('CA') ? { name: written, kind: 'region', country: 'CA' } : null;
}
