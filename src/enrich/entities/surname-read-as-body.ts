/**
 * "opposition candidate Nurbek Jumabayev 28.3 percent ... Jumabayev's lawyer, Elvira Tashieva": the
 * tagger passed over the full name and read the surname alone as a body at its other mentions, so the
 * man was missing from the court record and "Jumabayev" stood among its organisations (ux75b fault
 * 12). Where the rules read a full name (a title before it) that nothing the tagger found overlaps,
 * and the tagger read that name's last word alone as a body, the word is the person at every such
 * mention and the full name is added. A one-word body that is no one's surname is left as it is.
 */
import type { Entity } from '../../model/types.js';

/** Two or three capitalised words, the last a surname's shape (no body's head word is one here). */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u;

export function surnamesReadAsBodies(rules: readonly Entity[], entities: Entity[]): void {
  const overlaps = (a: Entity, b: Entity): boolean => a.start < b.end && b.start < a.end;
  const added: Entity[] = [];
  for (const rule of rules) {
    if (rule.type !== 'person' || !FULL_NAME.test(rule.text) || entities.some((e) => overlaps(e, rule))) continue;
    const surname = rule.text.slice(rule.text.lastIndexOf(' ') + 1);
    const bodies = entities.filter((e) => e.type === 'organization' && e.text === surname);
    if (bodies.length === 0) continue;
    for (const e of bodies) {
      e.type = 'person';
      delete e.country;
      delete e.subtype;
    }
    added.push({ text: rule.text, type: 'person', start: rule.start, end: rule.end });
  }
  if (added.length === 0) return;
  entities.push(...added);
  entities.sort((a, b) => a.start - b.start);
}
