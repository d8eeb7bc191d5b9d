/**
 * A name that is both a town and a county or province of another country ("Hampshire": a village of
 * 6,000 in Illinois and the English county): the text's other clues choose between them. Each country
 * scores the countries the text names, the other towns it names (their most populous namesake's
 * country: "Southampton", "Portsmouth" and "Winchester" are English) and a few institutions only one
 * country has ("Constabulary", "A&E"). The region is taken only when its country scores more than the
 * town's; a tie keeps the town, as population alone chose before.
 */
import { type City, cityCandidates, type PlaceHints } from './cities.js';
import { type Subdivision, subdivisionsNamed } from './regions.js';

/** A neighbour this small is too often a word or a namesake to count ("Police", "Storm"). */
const NEIGHBOUR_POPULATION = 20_000;
/** A country the text names outright counts as much as this many towns in it. */
const NAMED_COUNTRY_WEIGHT = 2;

/**
 * Words of public life one country uses: British police forces are constabularies, hospitals have
 * A&E, and county fire services are "fire and rescue services"; the Met Office and the NHS are British.
 */
const INSTITUTIONS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Constabulary|Met Office|NHS|A&E|[Ff]ire and [Rr]escue [Ss]ervice|Highways England|Network Rail)\b/, 'GB'],
  // "Gardaí" ends in a letter \b does not count as one: no \b after the names.
  [/\b(?:[Gg]arda[ií]|Garda Síochána|Taoiseach|Tánaiste)/, 'IE'],
];

/** Votes of the last few texts: an article asks about its places with the same body many times. */
const recent: [string, Map<string, number>][] = [];
const RECENT = 4;

/** How strongly the text points to each country, besides the names placeHints reads. */
function textVotes(context: string): Map<string, number> {
  for (const [text, votes] of recent) if (text === context) return votes;
  const votes = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of context.matchAll(/\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu)) {
    for (const name of new Set([m[0], m[0].split(/\s+/)[0]!])) {
      if (seen.has(name)) continue;
      seen.add(name);
      const top = mostPopulous(cityCandidates(name));
      if (!top || top.word || top.population < NEIGHBOUR_POPULATION) continue;
      votes.set(top.country, (votes.get(top.country) ?? 0) + 1);
    }
  }
  for (const [pattern, country] of INSTITUTIONS) if (pattern.test(context)) votes.set(country, (votes.get(country) ?? 0) + 1);
  recent.unshift([context, votes]);
  if (recent.length > RECENT) recent.pop();
  return votes;
}

/** textVotes without the name asked about, which is no clue to itself. */
function neighbourVotes(context: string, skip: string): Map<string, number> {
  const votes = textVotes(context);
  const own = mostPopulous(cityCandidates(skip));
  if (!own || own.word || own.population < NEIGHBOUR_POPULATION || !votes.has(own.country)) return votes;
  const without = new Map(votes);
  without.set(own.country, votes.get(own.country)! - 1);
  return without;
}

function mostPopulous(cities: readonly City[]): City | null {
  let top: City | null = null;
  for (const c of cities) if (!top || c.population > top.population) top = c;
  return top;
}

/**
 * The region of that name abroad that the text supports over `town`, else null (keep the town).
 * `context`: the text the name was read in; `hints`: the countries and states it names.
 */
export function regionOverTown(name: string, town: City, context: string, hints: PlaceHints): Subdivision | null {
  // A state named that holds the town settles it ("Hampshire, Ill.", a story naming Illinois).
  if (town.admin1 && hints.admin1.has(`${town.country}-${town.admin1}`)) return null;
  const regions = subdivisionsNamed(name).filter((s) => s.country !== town.country);
  if (regions.length === 0) return null;
  const votes = neighbourVotes(context, name);
  const score = (country: string): number => (votes.get(country) ?? 0) + (hints.countries.has(country) ? NAMED_COUNTRY_WEIGHT : 0);
  let best: Subdivision | null = null;
  let bestScore = score(town.country);
  for (const r of regions) {
    const s = score(r.country);
    if (s > bestScore) [best, bestScore] = [r, s];
  }
  return best;
}
