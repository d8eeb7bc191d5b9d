/**
 * Word tokens with offsets. Abbreviations with inner dots (U.S., D.C.), names joined by an ampersand
 * (AT&T, S&P, as the tagger's training data writes them), hyphenated names (Jun-il) and possessives stay one token; the possessive is flagged so "Seoul's" can be read as "Seoul".
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The token without a trailing possessive 's. */
  bare: string;
  possessive: boolean;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

const TOKEN = /\p{Lu}+&\p{Lu}+(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,:]\p{N}+)*%?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let value = m[0];
    let start = m.index! + offset;
    // A trailing dot belongs to the word only for known abbreviations; otherwise it ends a sentence.
    if (value.length > 1 && value.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(value) && !ABBREVIATIONS.has(value.toLowerCase())) {
      value = value.slice(0, -1);
      tokens.push(makeToken(value, start));
      tokens.push(makeToken('.', start + value.length));
      continue;
    }
    tokens.push(makeToken(value, start));
  }
  return tokens;
}

const ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'sen.', 'rep.', 'gov.', 'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'adm.', 'maj.', 'pres.', 'vs.', 'u.s.', 'd.c.']);

function makeToken(text: string, start: number): Token {
  const possessive = /['’]s$/.test(text) && text.length > 2;
  const bare = possessive ? text.slice(0, -2) : text;
  return { text, start, end: start + text.length, bare, possessive, upper: /^\p{Lu}/u.test(text) };
}
