/**
 * "the victims of the Kani Sard landslide": a name between "the" and a natural disaster is where the
 * disaster struck. The tagger read the village's two capitalised words as a person, who then stood
 * among the event's participants and in its STIX export as an individual. No person names a
 * landslide or a flood; a storm may be named after one ("Hurricane Katrina"), so storms are left out.
 * So is a name after the disaster and a preposition of place ("Wednesday's landslide near Said Sadiq",
 * ux75a: the town stood among the convoy's and the pledging conference's people): a disaster
 * strikes near a place, not near a person.
 */
import type { Entity } from '../../model/types.js';

const DISASTER_AFTER = /^\s+(?:landslides?|mudslides?|earthquakes?|quakes?|floods?|flooding|avalanches?|eruptions?|tremors?|aftershocks?)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
const DISASTER_NEAR_BEFORE = /\b(?:landslides?|mudslides?|earthquakes?|quakes?|floods?|avalanches?|eruptions?|aftershocks?)\s+(?:near|outside|close\s+to)\s+$/i;

/** Turns, in place, a person named between "the" and a disaster into a place. */
export function placesOfDisasters(body: string, entities: Entity[]): void {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.type !== 'person') continue;
    const named = DISASTER_AFTER.test(body.slice(e.end, e.end + 20)) && THE_BEFORE.test(body.slice(Math.max(0, e.start - 6), e.start));
    if (!named && !DISASTER_NEAR_BEFORE.test(body.slice(Math.max(0, e.start - 40), e.start))) continue;
    entities[k] = { text: e.text, type: 'location', start: e.start, end: e.end };
  }
}
