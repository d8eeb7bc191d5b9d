/**
 * Towns listed as people: "The county took in Halifax, Batley, Wakefield, Dewsbury, Leeds and
 * Barnsley". The tagger reads a run of one-word names it has not seen as surnames, and the list vote
 * then makes the towns it did know people too. Where most of a list's names are places the gazetteer
 * knows (towns of 10,000 or more, countries, regions; three at least) and the tagger itself read one
 * of them as a place, its people who are such towns are the towns. Not a list of surnames that are
 * also towns ("Lincoln, Jackson and Cleveland"), which the tagger reads as people throughout, nor one
 * that names someone in full.
 */
import type { Entity } from '../../model/types.js';
import { cityCandidates } from '../gazetteer/cities.js';
import { lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { nameLists } from './name-lists.js';

const TOWN_SIZE = 10_000;

function largestTown(name: string): { name: string; country: string } | null {
  let best: { name: string; country: string; population: number } | null = null;
  for (const c of cityCandidates(name)) if (c.population >= TOWN_SIZE && (!best || c.population > best.population)) best = c;
  return best;
}

const isKnownPlace = (e: Entity): boolean => (e.type === 'location' && e.country !== undefined) || lookupCountry(e.text) !== null || lookupRegion(e.text) !== null || largestTown(e.text) !== null;

export function townsListedAsPeople(body: string, entities: Entity[]): void {
  for (const list of nameLists(body, entities)) {
    if (list.length < 3 || !list.some((e) => e.type === 'location')) continue;
    const known = list.filter(isKnownPlace).length;
    if (known < 3 || known * 2 <= list.length) continue;
    // "Garfield, Abraham Lincoln, Jackson and Paris": a full name of a person no gazetteer knows says
    // the list names people.
    if (list.some((e) => e.type === 'person' && e.text.includes(' ') && !isKnownPlace(e))) continue;
    for (const e of list) {
      if (e.type !== 'person') continue;
      const town = largestTown(e.text);
      if (!town) continue;
      Object.assign(e, { type: 'location', subtype: 'city', canonical: town.name, country: town.country });
    }
  }
}
