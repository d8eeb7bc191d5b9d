/**
 * "the Harbour Authority's Chief Engineer", "World Food Programme's Country Director": a body's
 * possessive before a post, which the tagger reads as one organisation. The organisation is the body;
 * the words after the possessive are a role, which the people rules read from the text beside the name.
 */
import type { Entity } from '../../model/types.js';
import { BODY_HEADS, TITLE_WORDS } from './lexicon.js';

const POSSESSIVE = /['’]s\s+(?=\p{Lu})/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Last words of a post beyond the title words the lexicon lists. */
const POST_END = /^(?:director|coordinator|representative|engineer|manager|officer|administrator|registrar|controller|president|head|chief|secretary|spokes(?:man|woman|person)|envoy|adviser|advisor|ambassador|commissioner|chair(?:man|woman|person)?)$/i;

function isBody(name: string): boolean {
  return ACRONYM.test(name) || name.split(/\s+/).some((w) => BODY_HEADS.has(w.toLowerCase()));
}

function isPost(words: readonly string[]): boolean {
  const last = words.at(-1)!.toLowerCase();
  return !words.some((w) => BODY_HEADS.has(w.toLowerCase())) && (POST_END.test(last) || TITLE_WORDS.has(last));
}

/** The organisations that end in a post after a body's possessive, cut back to the body. */
export function bodiesWithoutPosts(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => {
    const m = e.type === 'organization' ? POSSESSIVE.exec(e.text) : null;
    if (!m) return e;
    const owner = e.text.slice(0, m.index);
    const post = e.text.slice(m.index + m[0].length).split(/\s+/);
    if (!isBody(owner) || !isPost(post)) return e;
    return { ...e, text: owner, end: e.start + owner.length };
  });
}
