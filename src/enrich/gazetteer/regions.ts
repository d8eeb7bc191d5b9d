/**
 * The world's provinces, states and other subdivisions (outside the United States, whose states
 * us-states.ts reads) by their English names, from data/regions.tsv (Unicode CLDR, built by
 * scripts/build-regions.mjs), loaded on first use. A region gives a country, not a point: the index
 * has no coordinates, and an event placed in a province is placed in its country on a map.
 */
import { readFileSync } from 'node:fs';
import { cityKey, type PlaceHints } from './cities.js';

export interface Subdivision {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 ("PK-BA"). */
  code: string;
}

let index: Map<string, Subdivision[]> | null = null;

function load(): Map<string, Subdivision[]> {
  const byName = new Map<string, Subdivision[]>();
  for (const line of readFileSync(new URL('../../../../data/regions.tsv', import.meta.url), 'utf8').split('\n')) {
    const [name, country, code] = line.split('\t');
    if (!name || !country || !code) continue;
    const key = cityKey(name);
    const list = byName.get(key) ?? [];
    list.push({ name, country, code });
    byName.set(key, list);
  }
  return byName;
}

/** Every subdivision of that name ("Punjab": Pakistan's and India's). */
export function subdivisionsNamed(name: string): readonly Subdivision[] {
  index ??= load();
  return index.get(cityKey(name)) ?? [];
}

/**
 * The subdivision a name stands for where the hints allow one reading: the one in a country the text
 * names, else the only one of that name, unless the text is about the United States (names a state)
 * and not about that country ("Cornwall, N.Y." is no English county).
 */
export function resolveSubdivision(name: string, hints?: PlaceHints): Subdivision | null {
  const all = subdivisionsNamed(name);
  if (all.length === 0) return null;
  const named = hints ? all.filter((s) => hints.countries.has(s.country)) : [];
  if (named.length === 1) return named[0]!;
  if (named.length > 1 || all.length > 1) return null;
  const american = hints !== undefined && (hints.countries.has('US') || [...hints.admin1].some((a) => a.startsWith('US-')));
  return american ? null : all[0]!;
}
