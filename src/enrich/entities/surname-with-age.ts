/**
 * "fired at Castillo, 41, at least six times": a word the gazetteer knows as a place, written with an
 * age between commas, is a person where the article names someone with that word in their name. A
 * place has no age; the surname rule (merge.ts) keeps a known place a place, so this is the one
 * sign that lets the surname win.
 */
import type { Entity } from '../../model/types.js';

/** ", 41," or ", 41." right after the word: an age, not a list of numbers or a year. */
const AGE_AFTER = /^,\s*\d{1,3}\s*[,.;]/;

export function surnamesWithAges(body: string, entities: Entity[]): void {
  const parts = new Set<string>();
  for (const e of entities) if (e.type === 'person' && e.text.includes(' ')) for (const part of e.text.split(/\s+/)) parts.add(part);
  for (const e of entities) {
    if (e.type !== 'location' || e.text.includes(' ') || !parts.has(e.text) || !AGE_AFTER.test(body.slice(e.end, e.end + 8))) continue;
    e.type = 'person';
    delete e.subtype;
    delete e.country;
    delete e.canonical;
  }
}
