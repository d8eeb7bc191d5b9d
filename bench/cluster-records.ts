/**
 * Accuracy of the event records against GVA's gold incidents. Each stored event is scored against the
 * gold incident most of its scored articles belong to (a tie goes to the incident seen first in the
 * stream); events whose articles have no gold record are not scored. Per field:
 * - date: the record's date equals the incident's (YYYY-MM-DD);
 * - city: the record's place name equals GVA's city_or_county (a place marked inferred, an outlet's
 *   home city, is scored like any other and counted apart), case, accents, hyphens and "Saint"/"St." aside,
 *   where "Pittsburgh (Homewood)" accepts either name, "Lunenburg County (county)" the county, and
 *   "Lubbock (county)" the name with or without "County" (GVA leaves the word out of some), and
 *   a record's place written "city, state" ("Washington, D.C.") is scored by its city;
 * - killed, injured: the record's figure equals the gold one, a record that gives no figure reading
 *   as 0 (it reports no deaths); the same accuracy over incidents with a gold figure above 0 is
 *   reported too, where a missing figure is always wrong.
 */
import type { NewsEvent } from '../src/model/types.js';
import type { ClusterItem, GoldIncident } from './cluster-data.js';

export interface RecordScore {
  events: number;
  date: number;
  city: number;
  killed: number;
  injured: number;
  /** Over events whose gold incident has someone killed (injured). */
  killedNonZero: number;
  injuredNonZero: number;
  /** Events whose place is an outlet's home city (a guess, marked inferred), and how many of those are right. */
  cityGuessed: number;
  cityGuessedRight: number;
}

export function scoreRecords(
  items: readonly ClusterItem[],
  eventOf: ReadonlyMap<string, string>,
  events: ReadonlyMap<string, NewsEvent>,
  incidents: ReadonlyMap<string, GoldIncident>,
): RecordScore {
  const votes = new Map<string, Map<string, number>>();
  for (const item of items) {
    const event = eventOf.get(item.id);
    if (!event || item.gold === null || !incidents.has(item.gold)) continue;
    const tally = votes.get(event) ?? new Map<string, number>();
    tally.set(item.gold, (tally.get(item.gold) ?? 0) + 1);
    votes.set(event, tally);
  }
  const hits = { date: 0, city: 0, killed: 0, injured: 0, killedNonZero: 0, injuredNonZero: 0 };
  let guessed = 0;
  let guessedRight = 0;
  let killedCases = 0;
  let injuredCases = 0;
  for (const [eventId, tally] of votes) {
    // Map order is stream order of first sight, so the first of equal counts is the earliest incident.
    let gold: string | null = null;
    for (const [incident, n] of tally) if (gold === null || n > tally.get(gold)!) gold = incident;
    const incident = incidents.get(gold!)!;
    const event = events.get(eventId)!;
    if (event.date === incident.date) hits.date++;
    const cityRight = !!event.location && cityMatches(event.location.name, incident.city);
    if (cityRight) hits.city++;
    if (event.location?.inferred) {
      guessed++;
      if (cityRight) guessedRight++;
    }
    const killed = event.casualties?.killed ?? null;
    const injured = event.casualties?.injured ?? null;
    if ((killed ?? 0) === incident.killed) hits.killed++;
    if ((injured ?? 0) === incident.injured) hits.injured++;
    if (incident.killed > 0) {
      killedCases++;
      if (killed === incident.killed) hits.killedNonZero++;
    }
    if (incident.injured > 0) {
      injuredCases++;
      if (injured === incident.injured) hits.injuredNonZero++;
    }
  }
  const n = votes.size;
  const share = (k: number, of: number): number => (of === 0 ? NaN : k / of);
  return {
    events: n,
    date: share(hits.date, n),
    city: share(hits.city, n),
    killed: share(hits.killed, n),
    injured: share(hits.injured, n),
    killedNonZero: share(hits.killedNonZero, killedCases),
    injuredNonZero: share(hits.injuredNonZero, injuredCases),
    cityGuessed: guessed,
    cityGuessedRight: guessedRight,
  };
}

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    // GVA abbreviates some names ("Upper Deerfield Twp", "Mt Holly"); the gazetteer writes them out.
    .replace(/\btwp\b/g, 'township')
    .replace(/\bmt\b/g, 'mount')
    .replace(/\bft\b/g, 'fort')
    .replace(/[.,]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** GVA's city_or_county against a record's place name (see the module comment). */
export function cityMatches(ours: string, gold: string): boolean {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(gold);
  const county = m !== null && m[2]!.trim().toLowerCase() === 'county';
  const accepted = m ? (county ? [m[1]!] : [m[1]!, m[2]!]) : [gold];
  // "Washington, D.C." is Washington: a place written "city, state" is scored by its city.
  const names = [normalise(ours), normalise(ours.split(',')[0]!)];
  // GVA writes some counties without the word ("Lubbock (county)"): "Lubbock County" names it too. Not
  // the other way: "Harris" is no answer for "Harris County (county)".
  const bare = (name: string): string => name.replace(/ (?:county|parish)$/, '');
  return accepted.some((a) => names.includes(normalise(a)) || (county && bare(normalise(a)) === normalise(a) && names.some((n) => bare(n) === normalise(a))));
}
