/**
 * What a user types into a search box, read as analysts expect of any search box: every word must
 * match; "a quoted phrase" must match as written, word after word, and so must words joined by
 * hyphens or dots ("CVE-2024-3400", "al-Shabaab"); `-word` and `-"a phrase"` leave
 * out what holds them; `word OR word` (OR in capitals) takes either. Anything else is a word to find,
 * so no input is a syntax error of the full-text engine (its own operators, NEAR or a lone NOT, are
 * words here). The parse is turned into an FTS5 MATCH expression and into the phrases it holds, in
 * the order FTS5 numbers them (rank_bm25 takes a frequency for each).
 */

import { withSynonyms } from './search-synonyms.js';

/**
 * Short function words in a search ("University of Vermont"): nearly every text has them, so requiring
 * them narrows nothing, while reading their postings cost more than the rest of the query together.
 */
const SEARCH_STOPWORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Words news writes both joined and hyphenated ("runoff" and "run-off", "ceasefire" and "cease-fire"):
 * the index splits a hyphenated word into its parts, so a search for one form also takes the other.
 * A list, not every split of every word: "cannot" is no "can not", "into" no "in to".
 */
const COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map(
  ['run off', 'cease fire', 're election', 'by election', 'stand off', 'shut down', 'crack down', 'walk out', 'bail out', 'take over', 'hand over', 'lock down', 'sell off', 'e mail', 'co operation', 'pre election', 'post election'].map((split) => [split.replace(' ', ''), split.split(' ')]),
);

/** A group with the other form of each compound in it (COMPOUNDS): "runoff" is "runoff" or "run off". */
function withCompoundForms(group: Phrase[]): Phrase[] {
  const out = [...group];
  const has = (p: Phrase): boolean => out.some((q) => q.length === p.length && q.every((w, i) => w.toLowerCase() === p[i]!.toLowerCase()));
  for (const phrase of group) {
    const other = phrase.length === 1 ? COMPOUNDS.get(phrase[0]!.toLowerCase()) : phrase.length === 2 && COMPOUNDS.has(phrase.join('').toLowerCase()) ? [phrase.join('')] : undefined;
    if (other && !has(other)) out.push(other);
  }
  return out;
}

/** A phrase: its words in order (one word is a phrase of one). */
export type Phrase = readonly string[];

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its phrases does (more than one: OR). */
  required: Phrase[][];
  /** Phrases no hit may hold. */
  excluded: Phrase[];
}

interface Piece {
  words: string[];
  quoted: boolean;
  minus: boolean;
  /** A bare OR in capitals, between two pieces. */
  or: boolean;
}

/** The query's pieces: quoted phrases, words (a leading minus kept apart), and bare ORs. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  // A quote left open runs to the end of the query, as a search box reads it.
  const token = /(-?)"([^"]*)"?|(\S+)/gu;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m[2] !== undefined) {
      const words = m[2].match(WORDS) ?? [];
      if (words.length > 0) out.push({ words, quoted: true, minus: m[1] === '-', or: false });
      continue;
    }
    const raw = m[3]!;
    if (raw === 'OR') {
      out.push({ words: [], quoted: false, minus: false, or: true });
      continue;
    }
    // A minus leads a word to leave out only at its start and before a letter or digit ("-ransomware");
    // "-" alone, "--" or "—" are no exclusion, and a hyphen inside a word ("al-Shabaab") is a word's.
    const minus = /^-[\p{L}\p{N}]/u.test(raw);
    const words = raw.match(WORDS) ?? [];
    if (words.length > 0) out.push({ words, quoted: false, minus, or: false });
  }
  return out;
}

/** What may make a query more than plain words: a quote, a minus, an OR, words joined by a sign. */
const SYNTAX = /["-]|\bOR\b|[\p{L}\p{N}][^\s\p{L}\p{N}]+[\p{L}\p{N}]/u;

/**
 * For a query that only leaves out ("-ransomware -extortion"): an FTS5 expression matching what it
 * leaves out (the phrases OR'ed), for a feed that lists by its filters every event that does not
 * match; null for any other query.
 */
export function leftOutExpression(text: string): string | null {
  const phrases = leftOutPhrases(text);
  return phrases ? phrases.map(quoted).join(' OR ') : null;
}

/** The phrases of a query that only leaves out (see leftOutExpression), for any engine; null for any other query. */
export function leftOutPhrases(text: string): Phrase[] | null {
  if (!SYNTAX.test(text) || parseQuery(text)) return null;
  const excluded = pieces(text).filter((p) => p.minus);
  return excluded.length > 0 ? excluded.map((p) => p.words) : null;
}

/** The query as groups of phrases to find and phrases to leave out, or null when it has nothing to find. */
export function parseQuery(text: string): ParsedQuery | null {
  // Most queries are plain words: split as before there was a syntax, a query's parse and expressions
  // cost about 10 µs instead of 30 through the tokenizer.
  if (!SYNTAX.test(text)) {
    const words = text.match(WORDS);
    if (!words) return null;
    const content = words.filter((w) => !SEARCH_STOPWORDS.has(w.toLowerCase()));
    const kept = content.length > 0 ? content : words;
    return { required: withSynonyms(kept.map((w) => [[w]]), kept.map(() => true)).map(withCompoundForms), excluded: [] };
  }
  const all = pieces(text);
  const excluded: Phrase[] = [];
  // Words to find, each bare word its own phrase (as before there was a syntax), quoted ones whole.
  const found: { phrase: Phrase; plain: boolean; orBefore: boolean }[] = [];
  let orPending = false;
  for (const piece of all) {
    if (piece.or) {
      orPending = found.length > 0;
      continue;
    }
    if (piece.minus) {
      // A word written with hyphens after the minus ("-al-Shabaab") leaves out that run of words.
      excluded.push(piece.words);
      continue;
    }
    // Words joined by a hyphen, dot or the like are one phrase: an id ("CVE-2024-3400"), a figure
    // ("3,400"), a name ("al-Shabaab") is sought as written, not as words found anywhere in the text.
    if (piece.quoted || piece.words.length > 1) found.push({ phrase: piece.words, plain: false, orBefore: orPending });
    else found.push({ phrase: piece.words, plain: true, orBefore: orPending });
    orPending = false;
  }
  // Function words go only when something else is left to find (a query of them alone keeps them).
  // An OR written before a function word that goes passes to the next word kept: "sanctions OR the
  // treasury" takes either of sanctions and treasury, not both.
  const content: typeof found = [];
  let orCarried = false;
  for (const f of found) {
    if (f.plain && SEARCH_STOPWORDS.has(f.phrase[0]!.toLowerCase())) {
      orCarried ||= f.orBefore;
      continue;
    }
    content.push(orCarried ? { ...f, orBefore: true } : f);
    orCarried = false;
  }
  const kept = content.length > 0 ? content : found;
  if (kept.length === 0) return null;
  const required: Phrase[][] = [];
  // Whether each group is one word typed bare, which the synonym table may read (search-synonyms.ts).
  const plain: boolean[] = [];
  for (const f of kept) {
    const last = required[required.length - 1];
    if (f.orBefore && last) {
      last.push(f.phrase);
      plain[plain.length - 1] = false;
    } else {
      required.push([f.phrase]);
      plain.push(f.plain);
    }
  }
  return { required: withSynonyms(required, plain).map(withCompoundForms), excluded };
}

function quoted(phrase: Phrase): string {
  return `"${phrase.join(' ')}"`;
}

/**
 * The FTS5 MATCH expression. A query of plain words is written as it always was ("a" "b"), so its
 * plan and cost are unchanged; OR groups are bracketed, so they bind before the AND between groups,
 * as in web search ("lazarus kimsuky OR andariel": lazarus and either of the others).
 */
export function matchExpression(query: ParsedQuery): string {
  const groups = query.required.map((g) => (g.length === 1 ? quoted(g[0]!) : `(${g.map(quoted).join(' OR ')})`));
  // FTS5 joins phrases by a space, but a bracketed group only by an explicit AND.
  const found = groups.join(query.required.some((g) => g.length > 1) ? ' AND ' : ' ');
  if (query.excluded.length === 0) return found;
  return `(${found})${query.excluded.map((p) => ` NOT ${quoted(p)}`).join('')}`;
}

/** The expression's phrases in FTS5's order (as written, left to right), each as one string. */
export function matchPhrases(query: ParsedQuery): string[] {
  return [...query.required.flat(), ...query.excluded].map((p) => p.join(' '));
}

/** The words a hit's snippet marks: those of the phrases to find. */
export function foundWords(query: ParsedQuery): string[] {
  return query.required.flat(2);
}
