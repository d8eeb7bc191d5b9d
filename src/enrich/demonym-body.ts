/**
 * "the Estonian Information System Authority": the tagger may leave a people's word out of a body's
 * name ("Information System Authority"). The word written right before the body is then its name's
 * first word, and says whose body it is.
 */
import type { Entity } from '../model/types.js';
import { countryOfDemonym } from './gazetteer/places.js';

/** A people's word ending right before `start` ("Estonian "), with its country. */
export function demonymBefore(body: string, start: number): { word: string; country: string; start: number } | null {
  const m = /(?:^|\s)(\p{Lu}\p{Ll}+)\s$/u.exec(body.slice(Math.max(0, start - 30), start));
  if (!m) return null;
  const country = countryOfDemonym(m[1]!);
  return country ? { word: m[1]!, country, start: start - m[1]!.length - 1 } : null;
}

/** The body entity with the people's word before it in its name, and its country where the tagger gave none. */
export function withDemonym(body: string, entity: Entity): Entity {
  const before = demonymBefore(body, entity.start);
  if (!before || entity.text.startsWith(`${before.word} `)) return entity;
  return { ...entity, text: `${before.word} ${entity.text}`, start: before.start, country: entity.country ?? before.country };
}
