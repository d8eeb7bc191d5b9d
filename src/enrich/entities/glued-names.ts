/**
 * A page's list that lost its separators reads as one long name: a staff box's "Bill LindelofCathy
 * LockeRichard ChangDarrell Smith" (GVA: one newspaper's crime desk on its every story, where it linked
 * shootings months apart as one person). Two words glued where a name ends and the next begins (three
 * lower-case letters or more, then a capital) make no person. One such word is left alone: names are
 * written so ("MaryEllen", "AbdulKadir"), and "FitzGerald" is one name.
 */
import type { Entity } from '../../model/types.js';

const GLUED = /(?<!Fitz)\p{Ll}{3,}\p{Lu}/gu;

export function isGluedList(e: Pick<Entity, 'text' | 'type'>): boolean {
  return e.type === 'person' && (e.text.match(GLUED)?.length ?? 0) >= 2;
}
