/**
 * A body's possessive before one of its units, read as one name: "Treasury Department's Office of
 * Foreign Assets Control". The event then listed a body no one names that way, with the unit's parent
 * glued on. The owner must be a body of its own (a name of two words or more ending in a head word, or
 * an acronym) and the unit a name of two words or more with a head word. A country's possessive stays
 * in the name ("Poland's Internal Security Agency", as body-country.ts reads it), and so does the
 * possessive of a word that is no body ("Children's Hospital of Philadelphia", "People's Liberation
 * Army", "Moody's Investors Service").
 */
import type { Entity } from '../../model/types.js';
import { ORG_HEADS } from './lexicon.js';

const POSSESSIVE = /['’]s\s+(?=\p{Lu})/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

function isOwnerBody(name: string): boolean {
  const words = name.split(/\s+/);
  return ACRONYM.test(name) || (words.length >= 2 && ORG_HEADS.has(words[words.length - 1]!.toLowerCase()));
}

function isUnit(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.some((w) => ORG_HEADS.has(w.toLowerCase()));
}

/**
 * An owner of one word that the text has named in full as a body ending in it: "The US Treasury
 * imposed ... The Treasury's Office of Foreign Assets Control named ...". The word alone would pass for
 * a possessive of anything ("Moody's"); the fuller name earlier shows it is a body's.
 */
/** Offices held by a person, whose possessive names no body of that one word: "the Sheriff's Office". */
const OFFICE_WORDS = new Set(['sheriff', 'coroner', 'mayor', 'governor', 'president', 'marshal', 'commissioner', 'chief', 'attorney', 'prosecutor', 'examiner', 'minister', 'secretary']);

function calledBackBody(owner: string, entities: readonly Entity[]): boolean {
  // A head word alone ("the Bureau's Traffic Division", "the Department's") is the fuller body's unit's
  // owner only as a back-reference: splitting it off left a body called "Bureau".
  if (!/^\p{Lu}\p{Ll}+$/u.test(owner) || ORG_HEADS.has(owner.toLowerCase()) || OFFICE_WORDS.has(owner.toLowerCase())) return false;
  return entities.some((e) => e.type === 'organization' && e.text.endsWith(` ${owner}`) && !/['’]s\s/u.test(e.text));
}

/** Organisations split at a body's possessive before a unit's name. */
export function splitPossessiveBodies(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const m = e.type === 'organization' ? POSSESSIVE.exec(e.text) : null;
    const owner = m ? e.text.slice(0, m.index) : '';
    const unit = m ? e.text.slice(m.index + m[0].length) : '';
    if (!m || !isUnit(unit) || !(isOwnerBody(owner) || calledBackBody(owner, entities))) {
      out.push(e);
      continue;
    }
    const first: Entity = { text: owner, type: 'organization', start: e.start, end: e.start + owner.length };
    const second: Entity = { text: unit, type: 'organization', start: e.start + m.index + m[0].length, end: e.end };
    if (e.country) first.country = second.country = e.country;
    out.push(first, second);
  }
  return out;
}
