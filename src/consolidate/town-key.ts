/**
 * A report's place as a town's vote key: "Washington, D.C." (a dateline's, the gazetteer's name of the
 * capital) and "Washington" (a body's "D.C. police") are one town, as a place written "city, state" is
 * its city. Accents and case are folded as cityKey does ("Gdańsk" is "Gdansk").
 */
import { cityKey } from '../enrich/gazetteer/cities.js';
import { placeHints } from '../enrich/gazetteer/places.js';

export function townKey(name: string): string {
  const m = /^(.+?),\s*([^,]+)$/.exec(name);
  const state = m !== null && [...placeHints(`, ${m[2]!.trim()}`).admin1].some((code) => code.startsWith('US-'));
  return cityKey(state ? m![1]! : name);
}
