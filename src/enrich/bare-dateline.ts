/**
 * A dateline with no state or country after its city ("BRUSSELS -"). American style writes the state
 * after every US town except the few large cities the whole country knows, and writes a foreign
 * capital alone. So a bare dateline that a text's hints sent to a small American town sharing a
 * foreign capital's name (Brussels, Wisconsin, in a story that names the US Treasury) is the capital.
 * A text that names a US state keeps the town: a local paper may date its own town's news bare.
 */
import { type City, cityCandidates } from './gazetteer/cities.js';
import { placeHints } from './gazetteer/places.js';

/** A US city this large may stand alone in a dateline (AP's list starts well above it). */
const KNOWN_ALONE = 100_000;

/** The foreign capital a bare dateline means instead of the small US town it was read as, or null. */
export function capitalForBareDateline(name: string, readAs: { country: string }, text: string): City | null {
  if (readAs.country !== 'US') return null;
  const candidates = cityCandidates(name);
  if (candidates.some((c) => c.country === 'US' && c.population >= KNOWN_ALONE)) return null;
  if ([...placeHints(text).admin1].some((a) => a.startsWith('US-'))) return null;
  let capital: City | null = null;
  for (const c of candidates) if (c.capital && c.country !== 'US' && (!capital || c.population > capital.population)) capital = c;
  return capital;
}
