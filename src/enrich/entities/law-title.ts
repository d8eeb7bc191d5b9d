/**
 * A law's title ("Clean Air Act", "Finance Bill 2025", "Public Order Ordinance") is neither a body nor a
 * place: the tagger reads its capitalised words as an organisation. Triangulate has no type for laws
 * (OntoNotes would call it LAW), so the name is dropped from the entities rather than listed, in the
 * event, in `entities` and in STIX, as a body that acts.
 */
import type { Entity } from '../../model/types.js';

/** The last word of a law's title, with an optional year after it. */
const LAW_TITLE = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:Act|Bill|Ordinance|Decree|Statute)(?:\s+(?:of\s+)?\d{4})?$/u;

/** Whether an organisation's name is the title of a law. */
export function isLawTitle(name: string): boolean {
  return LAW_TITLE.test(name.trim());
}

/** The entities without the organisations that are laws' titles. */
export function withoutLawTitles(entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => e.type !== 'organization' || !isLawTitle(e.text));
}
