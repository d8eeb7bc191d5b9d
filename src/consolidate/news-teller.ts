/**
 * A news outlet or wire agency a report names as the one that told the story ("a spokesman told
 * Reuters", "the BBC reported", "according to the Associated Press"): the reporting chain, not a body
 * of the event. An outlet the event happens to ("Russia blocked the BBC") is named otherwise and kept.
 */
import type { Span } from '../model/types.js';
import { agencyName } from '../extract/agencies.js';
import { isKnownOutlet, NEWSROOM } from '../extract/site-name.js';

/** Words right before the outlet that make it the one told or quoted. */
const TOLD = /\b(?:told|tells|telling|according\s+to|(?:an?\s+)?interview\s+with|(?:spoke|speaking|talking)\s+to|(?:reported|quoted|cited|confirmed)\s+(?:by|to))\s+(?:the\s+)?$/iu;
/**
 * Words right after it that make it the teller, past a second outlet it shares the verb with ("The
 * BBC and CNN reported"). "Said" is left out: a state agency's "KCNA said" carries its state's word.
 */
const TELLS = /^(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})?(?:\s+news\s+agency)?\s+(?:reported|reports|has\s+reported|quoted|quotes|cited|cites|(?:has\s+)?learned|learnt)\b/iu;
/** A credit in brackets: "(Reuters)", "(AP)". */
const CREDIT = /\(\s*(?:the\s+)?$/iu;

/**
 * A name that ends in a newsroom's word ("The New York Times", "Washington Post", "Wall Street Journal",
 * "the Guardian"): the outlets the list of known names leaves to that word.
 */
const NEWSROOM_NAME = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}${NEWSROOM.source}$`, 'u');

export function isNewsOutlet(name: string): boolean {
  return agencyName(name) !== null || isKnownOutlet(name) || NEWSROOM_NAME.test(name);
}

/** Whether the mention names a news outlet as the teller of the story. */
export function namedAsTeller(body: string, mention: Span & { text: string }): boolean {
  if (!isNewsOutlet(mention.text.replace(/^the\s+/i, ''))) return false;
  const before = body.slice(Math.max(0, mention.start - 40), mention.start);
  const after = body.slice(mention.end, mention.end + 80);
  return TOLD.test(before) || TELLS.test(after) || (CREDIT.test(before) && /^\s*\)/.test(after));
}
