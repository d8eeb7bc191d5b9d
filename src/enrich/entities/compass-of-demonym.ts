/**
 * "North Korean workers", "South African officials": the tagger, which learnt to leave nations'
 * adjectives unmarked, often keeps the compass word alone as a place, and the gazetteer then finds a
 * town of that name (North, Virginia), which became the reported place of a story set in Washington.
 * A compass word whose next word completes a people's adjective is part of that adjective, no place.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym } from '../gazetteer/places.js';

const COMPASS = /^(?:North|South|East|West)$/;
const NEXT_WORD = /^[ \u00a0](\p{Lu}[\p{L}-]+)/u;

/** True for a place the tagger cut out of a compound people's adjective ("North" of "North Korean"). */
export function isCompassOfDemonym(body: string, e: Entity): boolean {
  if (e.type !== 'location' || !COMPASS.test(e.text)) return false;
  const next = NEXT_WORD.exec(body.slice(e.end, e.end + 30));
  return next !== null && countryOfDemonym(`${e.text} ${next[1]!}`) !== null;
}
