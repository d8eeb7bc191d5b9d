/**
 * Towns the tagger leaves out after a preposition of place: "marched in Saint-Louis" (a hyphenated name
 * it splits and then drops), "stalls were shut in Thies" (a town written without its accent, alone in
 * its report). The gazetteer knows both; the report then fell back on its dateline or another town.
 * A capitalised name, or hyphenated names, after "in", "through", "across", "near", "outside", "from" or
 * "to" is the town where the gazetteer holds a town of 10,000 people or more of that name in a country
 * the text's other places lie in. With no other place to go by, only a name the tagger could not have
 * learnt as written (hyphenated, or a gazetteer name with its accents left off) after a word of
 * location (not "from" or "to", which take people too), and only a town of 100,000 or more that
 * is three times the size of every namesake abroad: a hyphenated surname or a name shared by small towns stays unread.
 */
import type { Entity } from '../../model/types.js';
import { type City, cityCandidates, cityKey } from '../gazetteer/cities.js';
import { WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** One capitalised name, or hyphenated ones, after a preposition of place, with no capitalised word after it. */
const TOWN_AFTER = /\b(in|through|across|near|outside|from|to)\s+(\p{Lu}\p{Ll}+(?:-\p{L}+)*)(?![\p{L}-])(?!\s+\p{Lu})/gu;
/** Prepositions that take a town but seldom a person ("from" and "to" take both). */
const PLACE_ONLY = new Set(['in', 'through', 'across', 'near', 'outside']);
const TOWN_SIZE = 10_000;
/** A town read with no other place to go by: a large one, well ahead of namesakes in other countries. */
const LONE_SIZE = 100_000;
const LONE_LEAD = 3;

export function townsAfterPrepositions(body: string, entities: Entity[]): void {
  const countries = new Set(entities.filter((e) => e.type === 'location' && e.country).map((e) => e.country!));
  const found: Entity[] = [];
  for (const m of body.matchAll(TOWN_AFTER)) {
    const name = m[2]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (WEEKDAYS_AND_MONTHS.has(name.toLowerCase())) continue;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    const key = cityKey(name);
    const towns = cityCandidates(name).filter((c) => !c.word && c.population >= TOWN_SIZE && cityKey(c.name) === key);
    const town = largest(towns.filter((c) => countries.has(c.country))) ?? loneTown(name, m[1]!, towns);
    if (!town) continue;
    found.push({ text: name, type: 'location', start, end, subtype: 'city', canonical: town.name, country: town.country });
  }
  if (found.length === 0) return;
  entities.push(...found);
  entities.sort((a, b) => a.start - b.start);
}

function largest(towns: readonly City[]): City | null {
  let best: City | null = null;
  for (const c of towns) if (!best || c.population > best.population) best = c;
  return best;
}

/** The town a name alone stands for (see the header), or null. */
function loneTown(name: string, preposition: string, towns: readonly City[]): City | null {
  if (!PLACE_ONLY.has(preposition)) return null;
  const town = largest(towns);
  if (!town || town.population < LONE_SIZE) return null;
  if (!name.includes('-') && name === town.name) return null;
  const rival = largest(towns.filter((c) => c.country !== town.country));
  return rival && rival.population * LONE_LEAD > town.population ? null : town;
}
