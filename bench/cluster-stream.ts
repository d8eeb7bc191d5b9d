/**
 * A stream of any length built from the real clustering articles (GVA and ECB+), for the scale run.
 * Pass p (0, 1, 2...) replays every real article once more, so an event keeps its size:
 * - dates shifted: publication time and every year written in the text move p × 6 years (same month
 *   and day, so dates in the text still agree with the publication date);
 * - reworded: from the second pass on, one line in seven is dropped and some common words are
 *   replaced, so every copy is new content (a copy the store already holds would be skipped);
 * - other people and towns: from the second pass on, every name word (a capitalised word written in
 *   lower case far less often than capitalised inside a sentence, and not a country, state or region)
 *   is swapped for another name word of the sources, and every one-word city of 50,000 people or more
 *   for another such city, the same swap for the whole pass; words of place names of several words
 *   ("Port Gibson", "New York"), compass words and the words of a city's streets and districts
 *   ("South Side", "Englewood Avenue") are kept. Without the swap each pass's copy would share its people
 *   (and the tagger's mistakes, such as a town in capitals read as a person) with the earlier pass's
 *   event and join it as a follow-up, which the people lookup allows at any date: events would grow
 *   with every pass, which no real stream does;
 * - topics mixed: ECB+ articles, which have no dates, are placed in the GVA period, so celebrity,
 *   disaster and business news arrive among the shootings: each gold event on a day chosen by a hash of
 *   its id, and its articles over the three days from it, as a real event's reports come out. (Spread
 *   one by one over the five years, an event's reports kept its date range open for years, and the
 *   scale run measured the cost of such ranges, which no real stream has.)
 * - the day in a page's address ("/2013/05/05/", "/20130321/") moves with the pass too: the extract
 *   stage takes an address's day over a later stamp, and an unshifted one dated a copy years back, into
 *   its first pass's event (events of every pass's copies, which grew with the stream).
 * Within a pass the articles go in publication order. Generated lazily: memory does not grow with N.
 */
import { createHash } from 'node:crypto';
import type { ClusterItem } from './cluster-data.js';
import { cityCandidates } from '../src/enrich/gazetteer/cities.js';
import { countryOfDemonym, lookupCountry, lookupRegion } from '../src/enrich/gazetteer/places.js';
import { hashString } from '../src/util/hash.js';
import { usStatesIn } from '../src/enrich/gazetteer/us-states.js';

const YEARS_PER_PASS = 6;
const DAY_MS = 86_400_000;
/** Days over which an ECB+ event's articles come out. */
const REPORT_DAYS = 3;

/** Common words and a replacement each: enough to make every pass's copy differ. */
const REWORDINGS: readonly [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bpolice\b/g, 'officers'],
  [/\bPolice\b/g, 'Officers'],
  [/\bshot\b/g, 'wounded by gunfire'],
  [/\babout\b/g, 'around'],
  [/\bafter\b/g, 'following'],
  [/\bpeople\b/g, 'persons'],
];

function hashFraction(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) / 4294967296;
}

/** The real items with dates for all: ECB+ ones placed in the GVA period (see the module comment). */
export function datedSources(gva: readonly ClusterItem[], ecbplus: readonly ClusterItem[]): ClusterItem[] {
  const times = gva.map((i) => Date.parse(i.publishedAt!)).filter(Number.isFinite);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const days = Math.floor((last - first) / DAY_MS);
  const placed = ecbplus.map((i) => {
    const day = Math.floor(hashFraction(i.gold ?? i.id) * days) + Math.floor(hashFraction(i.id) * REPORT_DAYS);
    return { ...i, publishedAt: new Date(first + day * DAY_MS + DAY_MS / 2).toISOString() };
  });
  return [...gva, ...placed].sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || (a.id < b.id ? -1 : 1));
}

function shiftYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  // February 29 moved to a year with no such day is the 28th: the reader refuses a day that does not exist.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${year}${!leap && iso.slice(4, 10) === '-02-29' ? `-02-28${iso.slice(10)}` : iso.slice(4)}`;
}

/**
 * A clock after the last publication date of a stream of n articles: the reader refuses a record
 * dated after its clock, and the later passes are dated in the future of any real one.
 */
export function streamClock(sources: readonly ClusterItem[], n: number): string {
  const lastYear = Math.max(...sources.map((i) => Number((i.publishedAt ?? '0').slice(0, 4))));
  const passes = Math.max(1, Math.ceil(n / sources.length));
  return `${lastYear + (passes - 1) * YEARS_PER_PASS + 1}-01-01T00:00:00.000Z`;
}

/** A year in an address's path, alone or leading a day written as one number ("20130321"). */
const URL_YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?=(?:\d{4})?(?!\d))/g;

/** The address with the years of its path moved (the host is left alone: "www.2013news.com" is a name). */
function shiftUrlYears(url: string, years: number): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(url)?.[0] ?? '';
  return host + url.slice(host.length).replace(URL_YEAR, (y) => String(Number(y) + years));
}

const WORD = /\p{L}[\p{L}-]*/gu; // "Martinez's" is "Martinez" and "'s"
/** A capitalised word, with capitals inside too ("McDonald", "LaCalamita"). */
const NAME_LIKE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;
/** A run of capitalised words: the spans a place name of several words can be. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu;
/** Months, days and holidays, whole and short: the dates in the text must stay dates. */
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'thanksgiving',
  'halloween', 'hanukkah', 'ramadan', 'eid', 'memorial', 'independence', 'labor', 'veterans', 'valentine',
]);
const LONGEST_PLACE = 3;
/** Compass words: "South Side", "West Madison Street" name parts of a city, not people. */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);
/**
 * Words after which the word before names a street, a district or a landmark ("Englewood Avenue",
 * "Garfield Park", "Back of the Yards"). A word the sources write before one of these in a third of its
 * uses or more is a place's, and kept: swapped for a first name it became a "person" ("Juanita Side")
 * whom hundreds of a city's shooting reports shared, and the follow-up lookup joined them into events of
 * a hundred articles where the real articles' largest has 24.
 */
const PLACE_AFTER = /^\s+(?:Side|Sides|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Parkway|Pkwy\.?|Highway|Hwy\.?|Place|Pl\.?|Court|Ct\.?|Terrace|Circle|Square|Park|Heights|Village|Hills|Township|County|Expressway|Freeway|Station|Mall|Plaza|Apartments|Homes|Courts|Gardens)\b/;
/** The share of a word's uses before a place word from which the word is a place's. */
const PLACE_SHARE = 1 / 3;
/** Smaller towns are often named like people ("Martinez", "Joseph"): their one-word names are swapped too. */
const KEPT_CITY_POPULATION = 50_000;

function isPlace(span: string): boolean {
  if (isRegion(span)) return true;
  const several = span.includes(' ');
  return cityCandidates(span).some((c) => several || c.population >= KEPT_CITY_POPULATION);
}

/** Countries, states, regions and their peoples: kept in every pass. */
function isRegion(span: string): boolean {
  return lookupCountry(span) !== null || lookupRegion(span) !== null || countryOfDemonym(span) !== null || usStatesIn(span).size > 0;
}

/** Where the words of place names of several words start in a text ("Port Gibson", "Saint Anthony"): kept there. */
function placeWordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    if (!m[0].includes(' ')) continue;
    const words = m[0].split(' ');
    const offsets: number[] = [];
    let at = m.index;
    for (const w of words) {
      offsets.push(at);
      at += w.length + 1;
    }
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= LONGEST_PLACE && i + n <= words.length; n++) {
        if (isPlace(words.slice(i, i + n).join(' '))) for (let k = i; k < i + n; k++) starts.add(offsets[k]!);
      }
    }
  }
  return starts;
}

/** Counts of a word: capitalised inside a sentence, and in lower case. */
interface WordCounts {
  inside: number;
  lower: number;
  /** Uses right before a street's, a district's or a landmark's word (PLACE_AFTER). */
  beforePlace: number;
}

/** One pass's swap of words among a pool: never a word for itself, or the copy would keep it after all. */
function swapWithin(pool: readonly string[], word: string, pass: number): string {
  const k = hashString(`${word}~${pass}`) % pool.length;
  return pool[pool[k] === word ? (k + 1) % pool.length : k]!;
}

/**
 * Swaps the sources' name words for other name words and their one-word city names for other city
 * names, one swap per pass (see the module comment); a word written in capitals ("BROCKTON") is
 * swapped like its capitalised form.
 */
export class NameSwap {
  private readonly names: readonly string[];
  private readonly cities: readonly string[];
  private readonly kind = new Map<string, 'name' | 'city'>();

  constructor(sources: readonly ClusterItem[]) {
    const counts = new Map<string, WordCounts>();
    const countsOf = (word: string): WordCounts => {
      let c = counts.get(word);
      if (!c) counts.set(word, (c = { inside: 0, lower: 0, beforePlace: 0 }));
      return c;
    };
    for (const item of sources) {
      const text = `${item.title ?? ''}\n${item.text}`;
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        if (word[0] === word[0]!.toLowerCase()) countsOf(word[0]!.toUpperCase() + word.slice(1)).lower++;
        else if (NAME_LIKE.test(word) && !/[.!?"“\n]\s*$|^\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) countsOf(word).inside++;
        if (word[0] !== word[0]!.toLowerCase() && PLACE_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 14))) countsOf(word).beforePlace++;
      }
    }
    const names: string[] = [];
    const cities: string[] = [];
    for (const [w, c] of counts) {
      if (w.length <= 2 || c.inside <= 2 * c.lower || CALENDAR_WORDS.has(w.toLowerCase()) || COMPASS_WORDS.has(w.toLowerCase()) || isRegion(w)) continue;
      if (c.beforePlace >= PLACE_SHARE * c.inside) continue;
      if (isPlace(w)) cities.push(w);
      else names.push(w);
    }
    this.names = names.sort();
    this.cities = cities.sort();
    for (const w of this.names) this.kind.set(w, 'name');
    for (const w of this.cities) this.kind.set(w, 'city');
  }

  get size(): number {
    return this.names.length;
  }

  has(word: string): boolean {
    return this.kind.has(word);
  }

  apply(text: string, pass: number): string {
    if (pass === 0 || this.names.length === 0) return text;
    const kept = placeWordStarts(text);
    return text.replace(WORD, (word: string, at: number) => {
      if (kept.has(at)) return word;
      const capitals = word.length > 2 && word === word.toUpperCase() && word !== word.toLowerCase();
      const form = capitals ? word[0] + word.slice(1).toLowerCase() : word;
      const kind = this.kind.get(form);
      if (!kind) return word;
      const swapped = swapWithin(kind === 'name' ? this.names : this.cities, form, pass);
      return capitals ? swapped.toUpperCase() : swapped;
    });
  }
}

/** One pass's copy of a real article. */
export function copyOf(item: ClusterItem, pass: number, names?: NameSwap): ClusterItem {
  if (pass === 0) return item;
  const years = pass * YEARS_PER_PASS;
  const shift = (text: string): string => {
    const shifted = text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + years));
    return names ? names.apply(shifted, pass) : shifted;
  };
  let lines = shift(item.text).split('\n');
  lines = lines.filter((_, k) => lines.length < 3 || (k + pass) % 7 !== 3);
  let text = lines.join('\n');
  const [pattern, replacement] = REWORDINGS[pass % REWORDINGS.length]!;
  text = text.replace(pattern, replacement);
  return {
    id: `${item.id}~${pass}`,
    title: item.title === null ? null : shift(item.title),
    text,
    publishedAt: item.publishedAt === null ? null : shiftYears(item.publishedAt, years),
    url: item.url === null ? null : `${shiftUrlYears(item.url, years)}${item.url.includes('?') ? '&' : '?'}copy=${pass}`,
    gold: item.gold === null ? null : `${item.gold}~${pass}`,
  };
}

/**
 * The first n articles of the endless stream, from position `from` on (a scale run resumed: every
 * article is made from its position alone, so the rest of a stream is the same whenever it is made).
 * The name swap is built here, before the first article is asked for.
 */
export function generatedStream(sources: readonly ClusterItem[], n: number, from = 0): Generator<ClusterItem> {
  const names = n > sources.length ? new NameSwap(sources) : undefined;
  return (function* () {
    for (let k = from; k < n; k++) yield copyOf(sources[k % sources.length]!, Math.floor(k / sources.length), names);
  })();
}
