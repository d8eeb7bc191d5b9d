/**
 * A body's name shortened before a noun is no person: "the Severn Vale data" after "Severn Vale Hospitals
 * NHS Trust" was listed as a person of the Bruges event (review ux74a). A person's name right after "the"
 * and before a word in lower case, whose words open the name of a body the text names, is that body's
 * short name, and is left out. "the John Smith case" with no body named "John Smith ..." is left alone.
 */
import type { Entity } from '../../model/types.js';

const THE_BEFORE = /(?<![\p{L}-])the\s+$/u;
const NOUN_AFTER = /^\s+\p{Ll}/u;

/** The entities without the people that are the short names of bodies the text names in full. */
export function withoutShortenedBodies(body: string, entities: readonly Entity[]): Entity[] {
  const bodies = entities.filter((e) => e.type === 'organization').map((e) => e.text);
  if (bodies.length === 0) return [...entities];
  const shortened = (e: Entity): boolean => e.type === 'person' && THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start)) && NOUN_AFTER.test(body.slice(e.end, e.end + 3));
  // A name the text also gives as a person on its own is that person, its body named after them: "Image: Andy
  // Warhol." beside "the Andy Warhol exhibit" and "the Andy Warhol Foundation" (GUM).
  const people = new Set(entities.filter((e) => e.type === 'person' && !shortened(e)).map((e) => e.text));
  return entities.filter((e) => !shortened(e) || people.has(e.text) || !bodies.some((name) => name.startsWith(`${e.text} `)));
}
