/**
 * A military rank before a name, read by the tagger as a body's name: "chief of staff General Anan
 * Chaiyo said" gave the organisation "General Anan Chaiyo" and no person, as "General" opens firms'
 * names ("General Electric"). Where a role in lower case stands before the rank and the words after
 * it are names, none of them a body's head word ("Motors", "Company", "Dynamics Systems"), the
 * entity is the person, the rank left to the title reader as for any rank before a name.
 * The same holds for a rank opening an apposition after an office ("the Minister of the Interior,
 * General Awa Ndour, has ordered"): an office and a comma before, a comma after, and the words
 * between are a person's name, not a firm's.
 */
import type { Entity } from '../../model/types.js';
import { ORG_HEADS } from './lexicon.js';

const RANK = /^(?:General|Admiral|Colonel|Brigadier|Lieutenant|Major|Captain|Commander|Marshal|Commodore)(?:\s+(?:General|Colonel|Commander|Admiral))?\s+/;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u;
/** A role in lower case right before the rank ("chief of staff", "army commander", "spokesman"). */
const ROLE_BEFORE = /\b\p{Ll}{3,}\s+$/u;
/**
 * An office ending in a comma right before the rank: "the Minister of the Interior, ", "the army's
 * commander, ", "Defence Secretary, ". Its head word is an office, written in either case.
 */
const OFFICE_BEFORE = /\b(?:minister|secretary|chief|commander|head|governor|director|spokesman|spokeswoman|spokesperson|prefect|ambassador|envoy|adviser|advisor|president|leader)(?:\s+(?:of|for)(?:\s+the)?(?:\s+\p{Lu}\p{L}+){1,3})?,\s+$/iu;

export function rankedPeopleReadAsBodies(body: string, entities: readonly Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'organization') return e;
    const rank = RANK.exec(e.text);
    if (!rank) return e;
    const names = e.text.slice(rank[0].length).split(/\s+/);
    if (names.length < 2 || names.length > 3 || !names.every((w) => NAME_WORD.test(w) && !ORG_HEADS.has(w.toLowerCase()))) return e;
    const before = body.slice(Math.max(0, e.start - 60), e.start);
    const apposition = OFFICE_BEFORE.test(before) && /^\s*,/.test(body.slice(e.end, e.end + 3));
    if (!apposition && !ROLE_BEFORE.test(before.slice(-30))) return e;
    const start = e.start + rank[0].length;
    return { text: body.slice(start, e.end), type: 'person', start, end: e.end };
  });
}
