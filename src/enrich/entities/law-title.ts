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

/** A law title's bracketed part and last word after a name: "Cyber Security (Ransom Payments) Bill". */
const BRACKETED_TAIL = /^\s*\([^()\n]{1,60}\)\s*(?:Act|Bill|Ordinance|Decree|Statute)\b/u;
/** Before a law's last word read alone as a name: the bracketed part ("(Ransom Payments) Bill"). */
const BRACKET_BEFORE = /\)\s*$/u;

/**
 * The entities without the pieces of a law's title the tagger split at its brackets: "Cyber Security"
 * and "Bill" of "the Cyber Security (Ransom Payments) Bill" were an organisation and a person (review
 * ux74a). Only a name right before a bracketed part that a law's last word closes, and that word alone
 * right after the bracket.
 */
export function withoutLawTitleParts(body: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.type !== 'organization' && e.type !== 'person') return true;
    if (BRACKETED_TAIL.test(body.slice(e.end, e.end + 80))) return false;
    return !(/^(?:Act|Bill|Ordinance|Decree|Statute)$/.test(e.text) && BRACKET_BEFORE.test(body.slice(Math.max(0, e.start - 3), e.start)));
  });
}
