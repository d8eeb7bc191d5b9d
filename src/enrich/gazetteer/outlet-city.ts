/**
 * The city a local outlet's web address names: "abc7chicago.com", "chicago.cbslocal.com",
 * "houstonchronicle.com", "philly.com", "dnainfo.com/chicago/...". Local outlets mostly report their
 * own area and name its neighbourhoods without the city ("a shooting in Austin" in a Chicago paper is
 * the West Side, not Texas), which the gazetteer either holds as a section of the city or not at all;
 * the address is then the one sign of where the story is. Only large cities count (a small town's
 * name is too often a word inside another name), and only at the start or end of a label of the host
 * name, or as a whole first segment of the path. An archive's copy (web.archive.org/web/<time>/<url>)
 * names the original address. A station's call sign ("wsbtv.com", "kait8.com") names its home city
 * whatever its size (station-city.ts), a guess for a story that names no place.
 */
import { type City, citiesOfPopulation, cityCandidates, cityIn } from './cities.js';
import { lookupCountry } from './places.js';
import { isStateWord } from './us-states.js';
import { kilometres } from '../../util/geo.js';
import { type StationHome, stationHome, stationOfSiteName } from './station-city.js';
import { creditedStation } from './credited-station.js';
import { outletBrandHome } from './outlet-brand.js';

/** A city this large is named in outlets' addresses; a smaller one's name is too often part of a word. */
const OUTLET_CITY_POPULATION = 150_000;
/** A namesake abroad this large makes a city's name say no country. */
const ABROAD_NAMESAKE = 100_000;
/** Namesakes this close are one area. */
const SAME_AREA_KM = 100;
/** A shorter name is too often part of another word ("york", "lima"). */
const SHORTEST_NAME = 5;
/**
 * Short forms outlets use in their names, with the city meant and its country. None shorter than a
 * city's name may be: "nola" would be tried inside every label ("vindy.com" ends in "indy").
 */
const NICKNAMES: Record<string, readonly [string, string]> = { philly: ['Philadelphia', 'US'], newyork: ['New York City', 'US'] };
/** Labels of a host name that say nothing of a place. */
const GENERIC_LABEL = /^(?:www\d?|m|mobile|amp|news|edition|web|archive|co|com|org|net|gov|ac)$/;

let byLetters: Map<string, City> | null = null;

/** The name in letters alone, as an address writes it ("San Antonio" → "sanantonio"). */
function letters(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

function load(): Map<string, City> {
  const map = new Map<string, City>();
  for (const c of citiesOfPopulation(OUTLET_CITY_POPULATION)) {
    const key = letters(c.name);
    const known = map.get(key);
    // Not a city named like a word: "darkreading" is no Reading, "mobile" no Mobile.
    // Nor one named like a state or country, or a word of one: "carolinalive" is no Carolina, Puerto Rico.
    if (key.length >= SHORTEST_NAME && !c.word && !isStateWord(c.name) && !lookupCountry(c.name) && !shared(c) && (!known || c.population > known.population)) map.set(key, c);
  }
  for (const [nick, [name, country]] of Object.entries(NICKNAMES)) {
    const city = cityCandidates(name).find((c) => c.country === country);
    if (city) map.set(nick, city);
  }
  return map;
}

/**
 * A name two large cities share, the second at least a third of the first ("Springfield", Missouri and
 * Massachusetts; "Pasadena", Texas and California), or a large city and one abroad ("Athens", Greece
 * and Georgia; "Birmingham"): the address cannot say which.
 */
function shared(city: City): boolean {
  const [first, ...others] = cityCandidates(city.name).filter((c) => !c.exonym).sort((a, b) => b.population - a.population);
  if (!first) return false;
  // Two halves of one metro ("Kansas City", Missouri and Kansas) are one outlet's area.
  if (others[0] && others[0].population * 3 >= first.population && kilometres(first.lat, first.lon, others[0].lat, others[0].lon) > SAME_AREA_KM) return true;
  // Nor can it say the country: "onlineathens.com" is Athens, Georgia's paper, not Greece's.
  return others.some((c) => c.country !== first.country && c.population >= ABROAD_NAMESAKE);
}

/** The address itself, or the original one an archive's copy names. */
function original(url: URL): URL {
  if (!/(?:^|\.)archive\.org$/.test(url.hostname)) return url;
  const inner = /^\/web\/[^/]+\/(.+)$/.exec(url.pathname + url.search)?.[1];
  if (!inner) return url;
  try {
    return new URL(/^https?:\/\//.test(inner) ? inner : `http://${inner}`);
  } catch {
    return url;
  }
}

/** The original address of a page (an archive copy's), or null for none or one that does not parse. */
function parsedAddress(address: string | null | undefined): URL | null {
  if (!address) return null;
  try {
    return original(new URL(address));
  } catch {
    return null;
  }
}

/** The city an outlet's address names, or null when it names none this index knows. */
export function outletCity(address: string | null | undefined): City | null {
  const url = parsedAddress(address);
  if (!url) return null;
  byLetters ??= load();
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1).filter((l) => !GENERIC_LABEL.test(l));
  for (const label of labels) {
    const word = label.replace(/[^a-z0-9]/g, '');
    // The longest city name the label starts or ends with ("abc7chicago", "chicagotribune").
    for (let length = word.length; length >= SHORTEST_NAME; length--) {
      const city = byLetters.get(word.slice(0, length)) ?? byLetters.get(word.slice(word.length - length));
      if (city) return city;
    }
  }
  // A hub's section for the city: "dnainfo.com/chicago/", "dnainfo.com/new-york/".
  const first = url.pathname.split('/').find((s) => s !== '');
  return first && /^[a-z]+(?:-[a-z]+)*$/.test(first) ? (byLetters.get(first.replace(/-/g, '')) ?? null) : null;
}

/**
 * A station's home city where a label of the host is its call sign ("wsbtv.com": Atlanta). Not an
 * outlet city to read the story's places against: stations of one owner carry each other's stories
 * (a Memphis story on an Albany, Georgia station's site), so a Memphis there is Memphis.
 */
export function stationCity(address: string | null | undefined): City | null {
  const url = parsedAddress(address);
  if (!url) return null;
  for (const label of url.hostname.toLowerCase().split('.').slice(0, -1).filter((l) => !GENERIC_LABEL.test(l))) {
    const home = stationHome(label);
    if (home) return homeCity(home);
  }
  return null;
}

/** The home city of the one station a page's text credits with its story (credited-station.ts); see stationCity. */
export function creditedStationCity(text: string): City | null {
  const home = creditedStation(text);
  return home ? homeCity(home) : null;
}

/** A station's home city where its site name writes its call sign ("FOX10 News - WALA": Mobile); see stationCity. */
export function stationCityOfSiteName(siteName: string | null | undefined): City | null {
  const home = siteName ? stationOfSiteName(siteName) : null;
  return home ? homeCity(home) : null;
}

/** A national or world news section's path: "/nation-world/", "/news/world/", "/national/". */
const NATIONAL_SECTION = /^\/(?:news\/)?(?:nation|world|national|nation-world|us-world|us-news|politics)(?:\/|$)/i;

/**
 * The home city of an outlet known by a brand its address gives ("ajc.com", "fox59.com";
 * outlet-brand.ts): a guess for a story that names no place, as a station's site name's call sign is.
 */
export function brandCity(address: string | null | undefined): City | null {
  const url = parsedAddress(address);
  // A page of the national or world desk ("adn.com/nation-world/...") is no local story.
  if (!url || NATIONAL_SECTION.test(url.pathname)) return null;
  const home = outletBrandHome(url.hostname);
  return home ? homeCity(home) : null;
}

function homeCity(home: StationHome | { city: string; state: string }): City | null {
  return cityIn(home.city, { countries: new Set(['US']), admin1: new Set([`US-${home.state}`]) }, true);
}
