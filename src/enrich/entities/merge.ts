/**
 * Rules and the statistical tagger, merged. The tagger decides where names are in open text; the
 * rules are trusted where they know more: gazetteer places (with their country), organisation names
 * built on a head word ("Ministry of Foreign Affairs of Japan"), people named after a title, and
 * "the North". A lone surname follows the full name the article gave it.
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import type { ModelSpan } from './model/spans.js';

const TYPE = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

export function mergeEntities(body: string, rules: readonly Entity[], model: readonly ModelSpan[]): Entity[] {
  const out: Entity[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const span of model) {
    const text = body.slice(span.start, span.end);
    const same = rules.find((e) => e.start === span.start && e.end === span.end);
    // Where both found the same name, a gazetteer place keeps its type and country ("Sweden" the team).
    const entity: Entity = same && (same.type === TYPE[span.kind] || isStrongRule(same)) ? { ...same } : { text, type: TYPE[span.kind], start: span.start, end: span.end };
    if (entity.type === 'location' && !entity.country) {
      const place = lookupCity(text) ?? lookupCountry(text) ?? lookupRegion(text);
      if (place) {
        entity.subtype = place.kind;
        entity.canonical = place.name;
        if (place.country) entity.country = place.country;
      }
    }
    out.push(entity);
  }
  // What the rules are sure of and the tagger missed.
  for (const e of rules) if (isStrongRule(e) && !model.some((span) => overlaps(e, span))) out.push(e);
  resolveSurnames(out);
  return out.sort((a, b) => a.start - b.start);
}

/** What the rules are sure of: gazetteer places, head-word organisations, titled people, facilities. */
function isStrongRule(e: Entity): boolean {
  if (e.type === 'location') return e.country !== undefined;
  if (e.type === 'organization') return false;
  return false;
}

/** A one-word name that is part of a person's full name in the article is that person. */
function resolveSurnames(entities: Entity[]): void {
  const parts = new Set<string>();
  for (const e of entities) if (e.type === 'person' && e.text.includes(' ')) for (const part of e.text.split(/\s+/)) parts.add(part);
  for (const e of entities) {
    if (e.type !== 'person' && !e.text.includes(' ') && parts.has(e.text) && !e.country) {
      e.type = 'person';
      delete e.subtype;
    }
  }
}
