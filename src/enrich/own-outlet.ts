/**
 * The outlet writing of itself is no body of the event: "an internal report seen by the Herald says" in
 * the Cumbria Herald listed "Herald" among the organisations of the council's attack (review ux74a). An
 * organisation named "the" and the outlet's name, or its last words ("the Herald" of "Cumbria Herald"),
 * is left out of the page's entities. Another outlet the page cites ("the Times reported") stays, and
 * so does one the text calls a paper: "British newspaper the Independent" in the Kyiv Independent is
 * another outlet (review76 fault 4). The whole name or a tail of two words or more is always the outlet.
 */
import type { Entity } from '../model/types.js';

const THE_BEFORE = /(?<![\p{L}-])the\s+$/iu;

/** A word that presents a name as a paper the page cites: "newspaper the Independent", "the rival Herald". */
const PAPER_BEFORE = /(?<![\p{L}-])(?:newspapers?|papers?|daily|dailies|tabloids?|broadsheets?|weekly|magazines?|outlets?|rival|website)\s+(?:the\s+)?$/iu;
/** ", a British newspaper," / ", the London daily," right after the name. */
const PAPER_AFTER = /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:newspaper|paper|daily|tabloid|broadsheet|weekly|magazine)\b/iu;

/** The entities without the outlet `outlet` names of itself. */
export function withoutOwnOutlet(body: string, entities: readonly Entity[], outlet: string | null): Entity[] {
  if (!outlet) return [...entities];
  const words = outlet.trim().replace(/^the\s+/i, '').split(/\s+/);
  const names = new Set(words.map((_, i) => words.slice(i).join(' ').toLowerCase()));
  const own = (e: Entity): boolean => {
    const name = e.text.replace(/^the\s+/i, '');
    if (!names.has(name.toLowerCase()) || !THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start))) return false;
    // One word of a longer name is the outlet only where the text does not present it as a paper.
    if (/\s/.test(name) || words.length === 1) return true;
    return !PAPER_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start)) && !PAPER_AFTER.test(body.slice(e.end, e.end + 50));
  };
  return entities.filter((e) => e.type !== 'organization' || !own(e));
}
