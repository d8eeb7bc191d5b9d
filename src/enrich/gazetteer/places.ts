/**
 * Offline place gazetteer built from the world-countries package (names, official names, alternative
 * spellings, capitals, demonyms, ISO 3166-1 codes, country centroids). News-specific forms are added
 * where the package has none ("U.S.", "S. Korea", "DPRK", "the North" is handled by the caller).
 * Capitals double as the governments they host ("Seoul said"). Other cities and all coordinates of
 * cities come from the GeoNames index in cities.ts, loaded only when lookupPlace first needs it.
 */
import { createRequire } from 'node:module';
import { cityCandidates, cityIn, resolveCity, type City, type PlaceHints } from './cities.js';
import { regionOverTown } from './region-or-town.js';
import { resolveSubdivision } from './regions.js';
import { namesStateCounty, usStateNamed, usStatesIn } from './us-states.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng?: [number, number];
  unMember?: boolean;
}

export interface Place {
  name: string;
  kind: 'country' | 'city' | 'region';
  /** ISO 3166-1 alpha-2; empty for regions that span countries. */
  country: string;
}

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries') as WorldCountry[];

/** Forms the package lacks, as news writes them. */
const EXTRA_COUNTRY_NAMES: Record<string, string> = {
  'u.s.': 'US', 'u.s.a.': 'US', usa: 'US', us: 'US', america: 'US', 'the united states': 'US', 'united states': 'US',
  'u.k.': 'GB', uk: 'GB', britain: 'GB', 'great britain': 'GB', 'the united kingdom': 'GB',
  's. korea': 'KR', 'republic of korea': 'KR', rok: 'KR', 'korea': 'KR',
  'n. korea': 'KP', dprk: 'KP', 'north korea': 'KP', 'democratic people\'s republic of korea': 'KP',
  prc: 'CN', 'mainland china': 'CN', taiwan: 'TW', russia: 'RU', 'the netherlands': 'NL', holland: 'NL',
  'czech republic': 'CZ', 'ivory coast': 'CI', burma: 'MM', 'east timor': 'TL', 'vatican': 'VA', uae: 'AE', 'u.a.e.': 'AE',
  // The package names it Türkiye alone; news still writes Turkey.
  turkey: 'TR', 'republic of turkey': 'TR',
};
const EXTRA_DEMONYMS: Record<string, string> = {
  'u.s.': 'US', us: 'US', american: 'US', british: 'GB', 'south korean': 'KR', korean: 'KR', 'north korean': 'KP',
  chinese: 'CN', japanese: 'JP', russian: 'RU', ukrainian: 'UA', taiwanese: 'TW', emirati: 'AE', filipino: 'PH', dominican: 'DO',
};
/**
 * The package gives one form each, often the noun for a national ("Filipino", "Icelander",
 * "Kirghiz"): news writes the adjective before a body ("the Philippine coast guard", "Icelandic
 * police", "Kyrgyz border guards"), or a newer spelling. Checked country by country against the
 * package. Read by the rules and people.ts, not by the tagger (see taggerDemonyms).
 */
const NEWS_ADJECTIVES: Record<string, string> = {
  philippine: 'PH', icelandic: 'IS', luxembourgish: 'LU', kyrgyz: 'KG', kyrgyzstani: 'KG', tajik: 'TJ', tajikistani: 'TJ',
  uzbek: 'UZ', kazakh: 'KZ', slovenian: 'SI', ecuadorian: 'EC', 'cape verdean': 'CV', 'cabo verdean': 'CV', maldivian: 'MV',
  argentinian: 'AR', surinamese: 'SR', botswanan: 'BW', timorese: 'TL', 'bissau-guinean': 'GW', santomean: 'ST',
  belarussian: 'BY', nepali: 'NP', 'burkinabé': 'BF', comorian: 'KM', azeri: 'AZ', djiboutian: 'DJ', somalian: 'SO',
  equatoguinean: 'GQ', 'north macedonian': 'MK', vincentian: 'VC',
};
/** Capitals whose common news form differs from the package's. */
const CAPITAL_ALIASES: Record<string, string> = { 'washington d.c.': 'Washington', 'washington, d.c.': 'Washington', 'd.c.': 'Washington' };
/** Short codes that are ordinary words or too ambiguous to read as countries. */
const UNSAFE_NAMES = new Set(['in', 'is', 'it', 'no', 'be', 'me', 'my', 'at', 'to', 'so', 'am', 'an', 'as', 'by', 'do', 'go', 'he', 'hi', 'id', 'if', 'la', 'ma', 'mo', 'mr', 'ms', 'ok', 'on', 'or', 'pa', 'pe', 're', 'sa', 'st', 'tv', 'we', 'ye', 'ca', 'co', 'de', 'al', 'ar', 'ad', 'ag', 'gs', 'ai', 'af', 'bo', 'pm', 'ga', 'tt', 'nl']);

const TWO_LETTER_COUNTRIES = new Set(['us', 'uk', 'nz', 'hk']);

const countryByName = new Map<string, Place>();
/** The other two-letter codes: a feature of the tagger's (a word the gazetteer knows), never a place found. */
const countryCodes = new Map<string, Place>();
const cityByName = new Map<string, Place>();
const countryByDemonym = new Map<string, string>();
/**
 * The demonyms the shipped tagger was trained with as a feature (the package's forms as given, and
 * EXTRA_DEMONYMS): a form added for the rules since must not change the tagger's input unless it is
 * retrained (a retraining for "Philippine" once moved its GUM F1 from 0.805 to 0.788).
 */
const taggerDemonyms = new Set<string>();
const countryNameByCode = new Map<string, string>();
const countryCentre = new Map<string, [number, number]>();
const capitalByCountry = new Map<string, string>();
const unMembers = new Set<string>();

for (const c of COUNTRIES) {
  const code = c.cca2;
  countryNameByCode.set(code, c.name.common);
  if (c.latlng) countryCentre.set(code, c.latlng);
  const place: Place = { name: c.name.common, kind: 'country', country: code };
  for (const name of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
    const key = name.toLowerCase();
    // Two letters are an ISO code, which news writes for few countries ("US", "UK", "NZ", "HK"); as a
    // word it is a state ("Md." Maryland, not Moldova), a browser ("IE"), a time zone ("ET"), a degree.
    if (key.length < 2 || UNSAFE_NAMES.has(key) || /[^\p{L}\p{M} .,'()-]/u.test(key)) continue;
    if (key.length === 2 && !TWO_LETTER_COUNTRIES.has(key)) {
      if (!countryCodes.has(key)) countryCodes.set(key, place);
      continue;
    }
    if (!countryByName.has(key)) countryByName.set(key, place);
  }
  for (const capital of c.capital ?? []) {
    const name = CAPITAL_ALIASES[capital.toLowerCase()] ?? capital;
    const city: Place = { name, kind: 'city', country: code };
    if (!capitalByCountry.has(code)) capitalByCountry.set(code, name);
    cityByName.set(name.toLowerCase(), city);
    cityByName.set(capital.toLowerCase(), city);
  }
  const demonym = c.demonyms?.eng;
  if (demonym) {
    // Territories share their state's demonym ("Indian" is British Indian Ocean Territory's too,
    // "Norwegian" Svalbard's): a member of the UN keeps it.
    for (const form of [demonym.m.toLowerCase(), demonym.f.toLowerCase()]) taggerDemonyms.add(form);
    // A country of two parts gives both ("Bosnian, Herzegovinian", "Kittitian or Nevisian"): each is the country's.
    for (const form of [demonym.m, demonym.f].flatMap((d) => d.toLowerCase().split(/,\s*|\s+or\s+/))) {
      if (!countryByDemonym.has(form) || (c.unMember && !unMembers.has(countryByDemonym.get(form)!))) countryByDemonym.set(form, code);
    }
  }
  if (c.unMember) unMembers.add(code);
}
for (const [name, code] of Object.entries(EXTRA_COUNTRY_NAMES)) {
  countryByName.set(name, { name: countryNameByCode.get(code) ?? name, kind: 'country', country: code });
}
for (const [demonym, code] of Object.entries(EXTRA_DEMONYMS)) {
  countryByDemonym.set(demonym, code);
  taggerDemonyms.add(demonym);
}
for (const [adjective, code] of Object.entries(NEWS_ADJECTIVES)) countryByDemonym.set(adjective, code);
for (const [alias, name] of Object.entries(CAPITAL_ALIASES)) {
  const city = cityByName.get(name.toLowerCase());
  if (city) cityByName.set(alias, city);
}

/** Regions and continents: places, but of no one country. */
const REGIONS = [
  'Asia', 'Europe', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'South-East Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'West Africa',
  'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Balkans',
  'Baltics', 'Caribbean', 'Pacific', 'Indo-Pacific', 'Asia-Pacific', 'Atlantic', 'Indian Ocean', 'South China Sea', 'East China Sea',
  'Korean Peninsula', 'Persian Gulf', 'Red Sea', 'Black Sea', 'Mediterranean', 'Sahel', 'Horn of Africa', 'Gulf', 'Scandinavia', 'Nordics',
];
const regionByName = new Map<string, Place>(REGIONS.map((name) => [name.toLowerCase(), { name, kind: 'region', country: '' }]));

/**
 * countryByName, and under the key without its "the" a name written with one ("the netherlands" as
 * "netherlands") where no name is that key already: lookupCountry in one look-up, with no "the " string
 * made per call (it is asked for most capitalised words).
 */
const countryByKey = new Map<string, Place>(countryByName);
for (const [name, place] of countryByName) if (name.startsWith('the ') && !countryByKey.has(name.slice(4))) countryByKey.set(name.slice(4), place);

/** First words of every country, capital and region name: a word not among them starts no place name. */
let firstWords: Set<string> | null = null;

export function mayStartPlace(word: string): boolean {
  if (!firstWords) {
    firstWords = new Set<string>();
    for (const map of [countryByName, countryCodes, cityByName, regionByName] as Map<string, Place>[]) for (const k of map.keys()) firstWords.add(k.replace(/^the\s+/, '').split(' ')[0]!);
  }
  return firstWords.has(key(word).split(' ')[0]!);
}

/** The first word of every key lookupCity, lookupCountry, lookupRegion and countryOfDemonym read (built on first use). */
let keyFirstWords: Set<string> | null = null;

/**
 * Whether a name of two words or more written from this word could be found by lookupCity,
 * lookupCountry, lookupRegion or countryOfDemonym: its first word, lower-cased, opens one of their
 * keys, or is "the", which lookupCity, lookupCountry and lookupRegion drop. `word` is one word, no space
 * in it. Why: the entity rules look up every run of up to six capitalised words from each chunk's
 * start, and a run opened by "Police" or "Smith" makes five fresh strings no look-up can know; a
 * false answer is sure, so they may skip those runs and read the same places.
 */
export function mayOpenPlaceOfWords(word: string): boolean {
  if (!keyFirstWords) {
    keyFirstWords = new Set<string>();
    for (const map of [cityByName, countryByKey, regionByName, countryByDemonym] as Map<string, unknown>[]) for (const k of map.keys()) keyFirstWords.add(k.split(' ')[0]!);
  }
  const lower = word.toLowerCase();
  return lower === 'the' || keyFirstWords.has(lower);
}

/** Keys of texts already looked up: entities and their words are looked up many times per article. */
const keys = new Map<string, string>();

/**
 * What key() would change in a lower-cased text: a leading "the", a trailing "'s", white space other
 * than one plain space between words. Most texts asked about (a sentence's runs of words) have none,
 * and are their own key without the four rewrites.
 */
const NOT_PLAIN = /^the\s|['’]s$|[^\S ]| {2}|^ | $/;

function key(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    const lower = text.toLowerCase();
    k = NOT_PLAIN.test(lower) ? lower.replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim() : lower;
    if (keys.size >= 50_000) keys.clear();
    keys.set(text, k);
  }
  return k;
}

export function lookupCountry(text: string): Place | null {
  const k = key(text);
  return countryByKey.get(k) ?? null;
}

/**
 * lookupCountry, or a two-letter country code ("MD", "IE"): what the tagger's place flag was trained on
 * (model/features.ts). A flag the model weighs is no claim that the word is a country.
 */
export function lookupCountryOrCode(text: string): Place | null {
  const k = key(text);
  if (NOT_YET_TAGGER_FEATURES.has(k)) return null;
  return lookupCountry(text) ?? countryCodes.get(k) ?? null;
}

/**
 * Country names added to the lookups after the shipped tagger was trained, left out of its place
 * feature until it is next retrained: a retrain for "Turkey" alone moved GUM from 0.838 to 0.827 and
 * one ECB+ arrival order's B-cubed from 0.900 to 0.889, the noise of the tagger's training
 * (docs/entities.md, Training). The rules and every lookup read them already.
 */
const NOT_YET_TAGGER_FEATURES = new Set(['turkey', 'republic of turkey']);

/** The capital of a country (ISO alpha-2), as news names it: "Doha" for QA, "Washington" for US. */
export function capitalOf(country: string): string | null {
  return NEWS_CAPITALS[country] ?? capitalByCountry.get(country) ?? null;
}

/** Where a country's seat of government is not the capital world-countries lists first, the one news means. */
const NEWS_CAPITALS: Record<string, string> = { CI: 'Abidjan', BO: 'La Paz', ZA: 'Pretoria', MY: 'Kuala Lumpur', LK: 'Colombo' };

export function lookupCity(text: string): Place | null {
  return cityByName.get(key(text)) ?? null;
}

export function lookupRegion(text: string): Place | null {
  return regionByName.get(key(text)) ?? null;
}

export function countryOfDemonym(text: string): string | null {
  return countryByDemonym.get(text.toLowerCase().trim()) ?? null;
}

/** Every people's word countryOfDemonym reads, lower case ("thai", "south korean", "u.s."). */
export function demonymForms(): string[] {
  return [...countryByDemonym.keys()];
}

/** Whether the tagger's feature "demonym" holds for the word (taggerDemonyms). */
export function isTaggerDemonym(text: string): boolean {
  return taggerDemonyms.has(text.toLowerCase().trim());
}

/** A country named by its name, short form or demonym ("Japan", "U.S.", "Japanese"). */
export function countryOfWord(text: string): string | null {
  return countryOfDemonym(text) ?? lookupCountry(text)?.country ?? null;
}

/** The longest number of words a gazetteer name has, for longest-match scans. */
export const MAX_PLACE_WORDS = 6;

/** A place with its coordinates (a country's centre as world-countries gives it, a city's GeoNames point). */
export interface LocatedPlace extends Place {
  lat: number | null;
  lon: number | null;
  /** A national capital, which news also uses for its government ("Seoul said", "Washington warned"). */
  capital: boolean;
  /** A city's first-level division where GeoNames has a readable code ("TX", "ENG"). */
  admin1?: string;
  population?: number;
  /** For a section of a city ("Englewood" in Chicago), the city it lies in. */
  within?: string;
}

/** England, Scotland, Wales and Northern Ireland point to GB and to GeoNames' division codes. */
const UK_NATIONS: Record<string, string> = { england: 'ENG', scotland: 'SCT', wales: 'WLS', 'northern ireland': 'NIR' };

/** The countries, US states and UK nations a text names, for choosing among places of one name. */
/**
 * Canada's provinces and territories by name and by the abbreviations papers write ("Ont.", "B.C.").
 * A one-word name counts only right after a comma or a bracket ("London, Ontario", "(Ont.)"): "Alberta"
 * or "Manitoba" alone may be a person or a ship, and "Iron Man." is no Manitoba.
 */
const CANADIAN_PROVINCES = new Set(
  ['ontario', 'ont.', 'quebec', 'que.', 'québec', 'british columbia', 'b.c.', 'alberta', 'alta.', 'manitoba', 'man.', 'saskatchewan', 'sask.', 'nova scotia', 'n.s.', 'new brunswick', 'n.b.', 'newfoundland', 'nfld.', 'newfoundland and labrador', 'prince edward island', 'p.e.i.', 'yukon', 'nunavut', 'northwest territories', 'n.w.t.'],
);

/**
 * First words of every name placeHints takes (countries, demonyms, UK nations, Canadian provinces),
 * lower-cased: a capitalised word not among them, in any of the forms placeHints reads it in, starts
 * none, and its n-grams are not tried (most capitalised words of an article start no country).
 */
let hintFirstWords: Set<string> | null = null;

/**
 * mayStartHint's answers by word: it is asked for every capitalised word of every text read for
 * hints (a body, its lead, a headline with its lead), the same words again and again, and each answer
 * took five rewrites of the word.
 */
const hintStarts = new Map<string, boolean>();

function mayStartHint(word: string): boolean {
  if (!hintFirstWords) {
    hintFirstWords = new Set(['the']);
    const names = [...countryByName.keys(), ...countryByDemonym.keys(), ...Object.keys(UK_NATIONS), ...CANADIAN_PROVINCES];
    for (const name of names) hintFirstWords.add(name.replace(/^the\s+/, '').split(' ')[0]!);
  }
  let answer = hintStarts.get(word);
  if (answer === undefined) {
    const lower = word.toLowerCase();
    const bare = lower.replace(/[,;:’']+$/, '');
    answer = false;
    for (const form of [lower, bare, bare.replace(/\.$/, '')]) if (hintFirstWords.has(form) || hintFirstWords.has(form.replace(/['’]s$/, ''))) answer = true;
    if (hintStarts.size >= 50_000) hintStarts.clear();
    hintStarts.set(word, answer);
  }
  return answer;
}

export function placeHints(text: string): PlaceHints {
  const countries = new Set<string>();
  const admin1 = new Set<string>();
  // Runs of capitalised words ("the Republic of Korea", "U.S.", "Ill."), tried longest n-gram first.
  for (const run of text.matchAll(/[A-Z][\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}.'’-]*)*/gu)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (!mayStartHint(words[i]!)) continue;
      for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1; n--) {
        // "U.S." keeps its dot; a comma or a closing quote does not belong to the name.
        const phrase = words.slice(i, i + n).join(' ').replace(/[,;:’']+$/, '');
        const nation = UK_NATIONS[phrase.toLowerCase().replace(/\.$/, '')];
        // "London, Ont.", "Richmond, British Columbia": Canada (before "British" is read as Britain).
        const province = CANADIAN_PROVINCES.has(phrase.toLowerCase()) && (n > 1 || /[,(]\s*$/.test(text.slice(Math.max(0, (run.index ?? 0) - 2), run.index ?? 0))) && i === 0;
        const code = province ? 'CA' : nation ? 'GB' : countryOfWord(phrase) ?? countryOfWord(phrase.replace(/\.$/, ''));
        if (!code) continue;
        countries.add(code);
        if (nation) admin1.add(`GB-${nation}`);
        i += n - 1;
        break;
      }
    }
  }
  for (const state of usStatesIn(text)) {
    admin1.add(`US-${state}`);
    countries.add('US');
  }
  // "Delaware County" names no state, but a county of the US.
  if (text.includes(' Co') && namesStateCounty(text)) countries.add('US');
  return { countries, admin1 };
}

export function fromCity(city: City, capitalOf: string | null = null): LocatedPlace {
  const place: LocatedPlace = {
    name: city.name, kind: 'city', country: city.country, lat: city.lat, lon: city.lon,
    // GeoNames marks national capitals; world-countries also knows capitals it marks otherwise.
    capital: city.capital || (capitalOf === city.country && lookupCity(city.name)?.country === city.country),
    population: city.population,
  };
  if (city.admin1) place.admin1 = city.admin1;
  if (city.within) place.within = city.within;
  return place;
}

/**
 * A place name resolved to a country, region or city with coordinates. Context is the text around the
 * name (the article body): a country or US state it names picks among places of one name ("Reading,
 * Pa."), and an ordinary-word name ("Nice", "Mobile") is taken only when the context says where.
 */
/**
 * The hints of a text, remembered for the last few texts: an article asks for many of its places in a
 * row, with its body, its lead or its headline and lead as the context, and each reading scans the text.
 * Enough for a batch's documents (enrich/batch.ts): each sub-step asks about every document of a batch
 * before the next asks about the first again (with four remembered, a batch of 16 read 1.7x the texts).
 */
const recentHints: [string, PlaceHints][] = [];
const RECENT_HINTS = 64;

export function hintsFor(context: string): PlaceHints {
  for (const [text, hints] of recentHints) if (text === context) return hints;
  const hints = placeHints(context);
  recentHints.unshift([context, hints]);
  if (recentHints.length > RECENT_HINTS) recentHints.pop();
  return hints;
}

/**
 * Whether lookupPlace could answer a city with a population for the name: only a name the gazetteer
 * has among its cities or capitals. A cheap question callers that want only such a city ask first.
 */
export function mayBeCity(name: string): boolean {
  return lookupCity(name) !== null || cityCandidates(name).length > 0;
}

/**
 * lookupPlace's answers by name for the last contexts asked about: an article asks for its places many
 * times over with the same text as the context ("Chicago" at each mention, from the entities and from
 * the place chooser), and each answer reads that text again. A copy goes out, as a fresh answer did.
 */
const recentAnswers: { context: string | undefined; byName: Map<string, LocatedPlace | null> }[] = [];
/** Enough for a batch's documents, as RECENT_HINTS (with two, a batch of 16 resolved 1.4x the names). */
const RECENT_ANSWERS = 64;

export function lookupPlace(name: string, context?: string): LocatedPlace | null {
  let entry = recentAnswers.find((r) => r.context === context);
  if (!entry) {
    entry = { context, byName: new Map() };
    recentAnswers.unshift(entry);
    if (recentAnswers.length > RECENT_ANSWERS) recentAnswers.pop();
  }
  let found = entry.byName.get(name);
  if (found === undefined) {
    found = resolvePlace(name, context);
    entry.byName.set(name, found);
  }
  return found && { ...found };
}

function resolvePlace(name: string, context?: string): LocatedPlace | null {
  // "Lebanon, Ohio", "Mexico, Mo.": a town the words after it place in a state or country, not the country of that name.
  // Not "Chester, Delaware County": a county named after a state is no state.
  const written = context ? qualifierAfter(name, context) : null;
  const after = written && !/^\s*\p{Lu}[\p{L}.'’ -]*?\s+(?:County|Parish|Co\.|Township|Twp\.)/u.test(written) ? written : null;
  const qualifierHints = after ? placeHints(`, ${after}`) : null;
  // Only a state decides first: "Syria, Iraq and Yemen" is a list of countries, and "Paris, Germany and
  // Italy" keeps Paris; a country after a town still chooses among its namesakes below.
  const qualifier = qualifierHints && qualifierHints.admin1.size > 0 ? qualifierHints : null;
  const region = qualifier ? null : lookupRegion(name);
  if (region) return { ...region, lat: null, lon: null, capital: false };
  const country = qualifier ? null : lookupCountry(name);
  if (country) {
    const centre = countryCentre.get(country.country);
    return { ...country, lat: centre?.[0] ?? null, lon: centre?.[1] ?? null, capital: false };
  }
  // "Reading, Pa.": the state after the name says where it is, before anything else. Where
  // that state or country has no such town ("Detroit, Texas", "Galvez, La."), it is no namesake elsewhere.
  if (qualifier) {
    const qualified = cityIn(name, qualifier, true) ?? cityOfCountryNamedLikeState(name, qualifier);
    if (qualified) return fromCity(qualified, null);
    const inside = lookupRegion(name);
    if (inside && qualifier.countries.has(inside.country)) return { ...inside, lat: null, lon: null, capital: false };
    // A town the gazetteer has only elsewhere ("Felton, MN", "Antioch, Tenn."): the town, without a point
    // (not the namesake's). A name it lacks altogether is left to the caller, as before.
    const [country] = qualifier.countries;
    const [state] = qualifier.admin1;
    if (qualifier.countries.size !== 1 || lookupCountry(name) || lookupRegion(name) || cityCandidates(name).length === 0) return null;
    return { name, kind: 'city', country: country!, lat: null, lon: null, capital: false, ...(state && qualifier.admin1.size === 1 ? { admin1: state.slice(3) } : {}) };
  }
  // "Nice, France", "London, Ont.": a country after the name chooses among the places of that name.
  const byCountry = qualifierHints && qualifierHints.countries.size > 0 ? cityIn(name, qualifierHints) : null;
  if (byCountry) return fromCity(byCountry, null);
  const hints = context ? hintsFor(context) : undefined;
  const section = context && hints ? sectionOfNamedCity(name, context, hints) : null;
  if (section) return fromCity(section, null);
  const capital = lookupCity(name);
  // A capital stays the capital when the text names its country ("Washington" beside Pennsylvania).
  const capitalHere = capital && hints?.countries.has(capital.country) ? capitalCity(capital) : null;
  const city = capitalHere ?? resolveCity(name, hints);
  // "Hampshire" beside Southampton and Portsmouth is the English county, not the Illinois village.
  const county = city && !capitalHere && context && hints ? regionOverTown(name, city, context, hints) : null;
  if (county) return { name: county.name, kind: 'region', country: county.country, lat: null, lon: null, capital: false };
  if (city) return fromCity(city, capital?.country ?? null);
  // A capital the GeoNames index spells otherwise is still its government, without coordinates.
  if (capital) return { ...capital, lat: null, lon: null, capital: true };
  // A province or state abroad ("Balochistan"): its country, without a point.
  const subdivision = resolveSubdivision(name, hints);
  return subdivision ? { name: subdivision.name, kind: 'region', country: subdivision.country, lat: null, lon: null, capital: false } : null;
}

/**
 * "TBILISI, Georgia": a qualifier that names a US state and a country alike (the country's name is the
 * state's) places a town the state lacks in the country, where the country has it. Without this the
 * capital of Georgia was read as an unknown town of the US state, with no point.
 */
function cityOfCountryNamedLikeState(name: string, qualifier: PlaceHints): City | null {
  const abroad = [...qualifier.countries].filter((c) => c !== 'US' && usStateNamed(countryNameByCode.get(c) ?? '') !== null);
  return abroad.length > 0 ? cityIn(name, { countries: new Set(abroad), admin1: new Set() }) : null;
}

/**
 * A section of a city ("Englewood", within Chicago) where the text names that city: "shot in
 * Englewood ... Chicago police said" is Chicago's Englewood, not the larger Englewood of Colorado,
 * unless the text names another state the name is in.
 */
function sectionOfNamedCity(name: string, context: string, hints: PlaceHints): City | null {
  const candidates = cityCandidates(name);
  if (!candidates.some((c) => c.within)) return null;
  const hinted = candidates.filter((c) => c.admin1 && hints.admin1.has(`${c.country}-${c.admin1}`));
  for (const c of candidates) {
    if (!c.within || (hinted.length > 0 && !hinted.includes(c))) continue;
    if (new RegExp(`\\b${c.within.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(context)) return c;
  }
  return null;
}

/** The GeoNames record of a world-countries capital. */
function capitalCity(capital: Place): City | null {
  const inCountry = cityCandidates(capital.name).filter((c) => c.country === capital.country);
  return inCountry.find((c) => c.capital) ?? inCountry[0] ?? null;
}

/**
 * The qualifiers found in the last context, by name: each place mention searches the whole text, which
 * on a body of a megabyte naming a town thousands of times took minutes.
 */
let qualifierContext: string | null = null;
const qualifiers = new Map<string, string | null>();

/** The words after "Name, " where the name is written with a qualifier ("Springfield, Ill."). */
function qualifierAfter(name: string, context: string): string | null {
  if (context !== qualifierContext) {
    qualifierContext = context;
    qualifiers.clear();
  }
  const known = qualifiers.get(name);
  if (known !== undefined) return known;
  const at = context.indexOf(`${name}, `);
  const found = at < 0 ? null : /^[^,;:\n]{2,30}/.exec(context.slice(at + name.length + 2))?.[0] ?? null;
  qualifiers.set(name, found);
  return found;
}
