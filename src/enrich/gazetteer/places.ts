/**
 * Offline place gazetteer built from the world-countries package (names, official names, alternative
 * spellings, capitals, demonyms, ISO 3166-1 codes). News-specific forms are added where the package has
 * none ("U.S.", "S. Korea", "DPRK", "the North" is handled by the caller). Capitals double as the
 * governments they host ("Seoul said").
 */
import { createRequire } from 'node:module';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
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
};
const EXTRA_DEMONYMS: Record<string, string> = {
  'u.s.': 'US', us: 'US', american: 'US', british: 'GB', 'south korean': 'KR', korean: 'KR', 'north korean': 'KP',
  chinese: 'CN', japanese: 'JP', russian: 'RU', ukrainian: 'UA', taiwanese: 'TW', emirati: 'AE', filipino: 'PH',
};
/** Capitals whose common news form differs from the package's. */
const CAPITAL_ALIASES: Record<string, string> = { 'washington d.c.': 'Washington', 'washington, d.c.': 'Washington' };
/** Short codes that are ordinary words or too ambiguous to read as countries. */
const UNSAFE_NAMES = new Set(['in', 'is', 'it', 'no', 'be', 'me', 'my', 'at', 'to', 'so', 'am', 'an', 'as', 'by', 'do', 'go', 'he', 'hi', 'id', 'if', 'la', 'ma', 'mo', 'mr', 'ms', 'ok', 'on', 'or', 'pa', 'pe', 're', 'sa', 'st', 'tv', 'we', 'ye', 'ca', 'co', 'de', 'al', 'ar', 'ad', 'ag', 'gs', 'ai', 'af', 'bo', 'pm', 'ga', 'tt', 'nl']);

const countryByName = new Map<string, Place>();
const cityByName = new Map<string, Place>();
const countryByDemonym = new Map<string, string>();
const countryNameByCode = new Map<string, string>();

for (const c of COUNTRIES) {
  const code = c.cca2;
  countryNameByCode.set(code, c.name.common);
  const place: Place = { name: c.name.common, kind: 'country', country: code };
  for (const name of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
    const key = name.toLowerCase();
    if (key.length < 2 || UNSAFE_NAMES.has(key) || /[^\p{L}\p{M} .,'()-]/u.test(key)) continue;
    if (!countryByName.has(key)) countryByName.set(key, place);
  }
  for (const capital of c.capital ?? []) {
    const name = CAPITAL_ALIASES[capital.toLowerCase()] ?? capital;
    const city: Place = { name, kind: 'city', country: code };
    cityByName.set(name.toLowerCase(), city);
    cityByName.set(capital.toLowerCase(), city);
  }
  const demonym = c.demonyms?.eng;
  if (demonym) {
    countryByDemonym.set(demonym.m.toLowerCase(), code);
    countryByDemonym.set(demonym.f.toLowerCase(), code);
  }
}
for (const [name, code] of Object.entries(EXTRA_COUNTRY_NAMES)) {
  countryByName.set(name, { name: countryNameByCode.get(code) ?? name, kind: 'country', country: code });
}
for (const [demonym, code] of Object.entries(EXTRA_DEMONYMS)) countryByDemonym.set(demonym, code);
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

function key(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

export function lookupCountry(text: string): Place | null {
  const k = key(text);
  return countryByName.get(k) ?? countryByName.get(`the ${k}`) ?? null;
}

export function lookupCity(text: string): Place | null {
  return cityByName.get(key(text)) ?? null;
}

export function lookupRegion(text: string): Place | null {
  return regionByName.get(key(text)) ?? null;
}

export function countryOfDemonym(text: string): string | null {
  return countryByDemonym.get(text.toLowerCase().trim()) ?? null;
}

/** A country named by its name, short form or demonym ("Japan", "U.S.", "Japanese"). */
export function countryOfWord(text: string): string | null {
  return countryOfDemonym(text) ?? lookupCountry(text)?.country ?? null;
}

/** The longest number of words a gazetteer name has, for longest-match scans. */
export const MAX_PLACE_WORDS = 6;
