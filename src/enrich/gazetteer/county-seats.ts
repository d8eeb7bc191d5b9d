/**
 * US county seats from data/county-seats.tsv (built by scripts/build-county-seats.mjs): a report that
 * names only its county ("deputies found a man shot in Garrett County") gets the seat as its town, a
 * guess, when no town is named. Loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { type City, cityIn } from './cities.js';

let seats: Map<string, Map<string, string>> | null = null;

/** "Prince George's County", "GARRETT CO.", "St. Mary Parish" -> "princegeorges", "garrett", "stmary": the county's name alone, letters only ("De Kalb" = "DeKalb"). */
function countyKey(name: string): string {
  return name
    .replace(/\s+(?:County|Co\.?|Parish)$/i, '')
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z]/g, '');
}

function load(): Map<string, Map<string, string>> {
  const text = readFileSync(new URL('../../../../data/county-seats.tsv', import.meta.url), 'utf8');
  const byCounty = new Map<string, Map<string, string>>();
  for (const line of text.split('\n')) {
    const [state, county, seat] = line.split('\t');
    if (!state || !county || !seat || line.startsWith('#')) continue;
    const key = countyKey(county);
    const states = byCounty.get(key) ?? new Map<string, string>();
    states.set(state, seat);
    byCounty.set(key, states);
  }
  return byCounty;
}

/**
 * The seat of a county in a US state (postal code), as a gazetteer city; with no state, only where one
 * state alone has a county of the name ("Lancaster County" is in two, "Maricopa County" in one).
 */
export function countySeat(county: string, state: string | null): City | null {
  seats ??= load();
  const states = seats.get(countyKey(county));
  if (!states) return null;
  const code = state ?? (states.size === 1 ? [...states.keys()][0]! : null);
  const seat = code ? states.get(code) : undefined;
  if (!code || !seat) return null;
  return cityIn(seat, { countries: new Set(['US']), admin1: new Set([`US-${code}`]) }, true);
}

/** The US states (postal codes) with a county of the name ("Pasco County": FL), as the seats table lists them. */
export function statesWithCounty(county: string): ReadonlySet<string> {
  seats ??= load();
  return new Set(seats.get(countyKey(county))?.keys() ?? []);
}
