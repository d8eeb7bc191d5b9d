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
  // exec on the one pattern rather than matchAll, which copies the pattern for every sentence.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let value = m[0];
    const start = m.index + offset;
    // A trailing dot belongs to the word only for known abbreviations; otherwise it ends a sentence.
    if (value.length > 1 && value.charCodeAt(value.length - 1) === 0x2e && !INITIALS.test(value) && !ABBREVIATIONS.has(value.toLowerCase())) {
      value = value.slice(0, -1);
      tokens.push(makeToken(value, start));
      tokens.push(makeToken('.', start + value.length));
      continue;
    }
    tokens.push(makeToken(value, start));
  }
  return tokens;
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;

const ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'sen.', 'rep.', 'gov.', 'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'adm.', 'maj.', 'pres.', 'vs.', 'u.s.', 'd.c.']);

// Every token of every sentence passes here: the two tests read character codes instead of running a
// pattern each, and only a first character beyond ASCII asks the pattern.
function makeToken(text: string, start: number): Token {
  const n = text.length;
  const apostrophe = text.charCodeAt(n - 2);
  const possessive = n > 2 && text.charCodeAt(n - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019);
  const bare = possessive ? text.slice(0, -2) : text;
  return { text, start, end: start + n, bare, possessive, upper: startsUpper(text) };
}

/** Whether the text starts with an upper-case letter (\p{Lu}). */
function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : /^\p{Lu}/u.test(text);
}
