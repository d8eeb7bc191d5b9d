/**
 * Mexican prosecutors name a suspect with the family name withheld: 'Mario Alberto "N"' or 'Mario
 * Alberto N.'. The tagger ends the name inside the quotes ('Mario Alberto "N'), and the person was
 * listed so, cut. The name is read whole, closing quote and all: a person named by given names and a
 * withheld family name. Joining him with a full name another report gives ("Mario Alberto Ruiz") is
 * left undone: nothing in the name says which Mario Alberto he is (docs/entities.md).
 */
import type { Entity } from '../../model/types.js';

/** A person's name cut after the opening quote of a withheld family name ('... "N'). */
const CUT_WITHHELD = /\s["“]N$/;

export function withheldSurnamesWhole(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person' || !CUT_WITHHELD.test(e.text) || !/^["”]/.test(body.slice(e.end, e.end + 1))) continue;
    e.end += 1;
    e.text = body.slice(e.start, e.end);
    if (e.canonical !== undefined) e.canonical = e.text;
  }
}

/** The name's words before a withheld family name ('"N"', "N", "N."), or null for any other name. */
export function beforeWithheldSurname(name: string): string | null {
  const m = /^(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)\s+["“]?N["”]?\.?$/u.exec(name.trim());
  return m ? m[1]!.toLowerCase() : null;
}
