/**
 * A town whose name starts with "The" ("The Woodlands", "The Colony", "The Dalles") that the entity
 * tagger read without it: "taken to a hospital in The Woodlands" tagged as "Woodlands", which the
 * gazetteer reads as Woodlands, Singapore, and which no longer follows "in", so the wounded's hospital
 * counted as the scene. Where the text writes a capital "The" right before the name and the gazetteer
 * holds the name with it, the mention is the whole name. Only towns of some size: "The Meadows" or
 * "The Plains" is as often an apartment complex or a landscape.
 */
import type { Entity } from '../model/types.js';
import { cityCandidates } from './gazetteer/cities.js';

/** A "The" town this small is as often a complex's, a park's or a landscape's name. */
const SMALLEST_THE_TOWN = 10_000;

/** The entities with a location the text writes after "The" widened to the gazetteer's "The" town of its name. */
export function withTheInTownNames(body: string, entities: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | null = null;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'location' || e.start < 4 || body.slice(e.start - 4, e.start) !== 'The ' || /^The\s/.test(e.text)) continue;
    // "The" must open the name, not end a word before it ("Lathe Woodlands").
    if (e.start > 4 && /[\p{L}\d]/u.test(body[e.start - 5]!)) continue;
    const name = `The ${e.text}`;
    if (!cityCandidates(name).some((c) => c.population >= SMALLEST_THE_TOWN && c.name.toLowerCase() === name.toLowerCase())) continue;
    out ??= entities.slice();
    out[i] = { ...e, text: name, start: e.start - 4 };
  }
  return out ?? entities;
}
