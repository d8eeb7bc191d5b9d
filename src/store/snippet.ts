/**
 * Search snippets: a short passage of a hit around the words that matched, with the matched words'
 * places as ranges, so no client has to parse markup and article text is never sent as HTML.
 *
 * Made here rather than by the database: SQLite's snippet() tokenizes and scores every column of each
 * hit in full, which on a store of 100,000 articles cost more than ranking the matches (about 1 ms of a
 * 4 ms article search). Matching follows the full-text index's tokenizer (unicode61 with Porter
 * stemming: case and accents folded, "shootings" matches "shooting"), so the words marked are the
 * words the index matched; the passage chosen is the window that holds the most different query
 * words, then the most matches, as snippet() chose.
 */
import { stemmer } from 'stemmer';

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` (UTF-16 code units, as JavaScript strings index). */
  highlights: [number, number][];
}


/** Case and Latin accents folded, as unicode61 folds them before stemming (it keeps Greek and Cyrillic marks). */
function fold(word: string): string {
  return (ACCENTED.test(word) ? foldAccents(word) : word).toLowerCase();
}

/** A word of a column that matches a query stem. */
interface Hit {
  start: number;
  end: number;
  term: number;
}

/** The matching words of a column's first `reach` characters (the part searched), in order. */
interface ColumnHits {
  hits: Hit[];
  reach: number;
}

/**
 * Stems of words as written, kept across queries: a stem depends on the word alone, and a search's
 * snippets meet a thousand words, most of them met before (Porter's steps run as regular expressions).
 * Forgotten all at once when full.
 */
const STEMS = new Map<string, string>();
const KEPT_STEMS = 100_000;

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemmer(/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word));
    if (STEMS.size >= KEPT_STEMS) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/**
 * A query's stems, and a pattern that finds the words that may match them without reading every word.
 * Made once per query: compiling the pattern costs more than a snippet.
 */
export class QueryMatcher {
  private readonly stems: string[];
  private readonly candidates: RegExp;
  /**
   * The same prefixes as plain letters, for a text with nothing the accent classes add (see FOLDABLE),
   * or null when a stem is not all ASCII. V8 skips ahead through a text on a pattern whose letters are
   * few, and not on one of thirty-letter classes: over the 61 KB a search answer scans for its
   * snippets, 9 ms against 16 for the bench's 100 answers.
   */
  private readonly plainCandidates: RegExp | null;
  private readonly seen = new Map<string, number>();
  /** Name words (name-words.ts) by their stem's index: a word of that stem is marked only if it begins with the name. */
  private readonly names = new Map<number, string>();

  /** How many different stems the query has: a window holding that many holds every query word. */
  get size(): number {
    return this.stems.length;
  }

  /** `words`: the query's words that must match, as the index is given them. */
  constructor(words: readonly string[], names: readonly string[] = []) {
    this.stems = [...new Set(words.map((w) => stemmer(fold(w))))].filter((stem) => stem !== '');
    for (const name of names) if (this.stems.includes(stemmer(name.toLowerCase()))) this.names.set(this.stems.indexOf(stemmer(name.toLowerCase())), name);
    // Only a word's first letters: the rest of it is read by wordEnd, faster than a pattern's Unicode classes.
    this.candidates = new RegExp(`(?:${[...new Set(this.stems.map((stem) => stemPrefix(stem)))].join('|') || '(?!)'})`, 'giu');
    this.plainCandidates = this.stems.every((stem) => /^[\x00-\x7f]*$/.test(stem)) ? new RegExp(`(?:${[...new Set(this.stems.map((stem) => stemPrefix(stem, false)))].join('|') || '(?!)'})`, 'gi') : null;
  }

  /** Index of the stem `word` matches, or -1. Remembered by the word as written: folding costs more than the lookup. */
  match(word: string): number {
    const known = this.seen.get(word);
    if (known !== undefined) return known;
    let term = this.stems.indexOf(stemOf(word));
    // "this" shares "Thies"'s stem, but is no mention of the name; nor is "gates" of a stored "Gates"
    // (a capitalised name word: name-words.ts's isCasedName, not imported, as the web page uses this file).
    const name = this.names.get(term);
    if (name !== undefined && !(fold(word).startsWith(name.toLowerCase()) && (!/^[A-Z]/.test(name) || /^\p{Lu}/u.test(word)))) term = -1;
    this.seen.set(word, term);
    return term;
  }

  /** The words of `text` that match a stem, in order: of its first SCANNED characters, or of all when they have none. */
  hits(whole: string): ColumnHits {
    if (this.stems.length === 0) return { hits: [], reach: whole.length };
    if (whole.length <= SCANNED) return { hits: this.hitsIn(whole), reach: whole.length };
    const first = this.hitsIn(whole.slice(0, SCANNED));
    return first.length > 0 ? { hits: first, reach: SCANNED } : { hits: this.hitsIn(whole), reach: whole.length };
  }

  private hitsIn(text: string): Hit[] {
    // The pattern takes any case and accents (see stemPrefix), so the text is searched as it is: folding
    // a copy of a 100,000-character body first cost more than the search.
    const hits: Hit[] = [];
    const pattern = this.plainCandidates && !FOLDABLE.test(text) ? this.plainCandidates : this.candidates;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = wordEnd(text, m.index + m[0].length);
      // Past the word, and always forward (an empty match must not stop the scan).
      pattern.lastIndex = Math.max(end, m.index + 1);
      // A word's start, not the middle of one.
      if (m.index > 0 && isWordUnit(text.charCodeAt(m.index - 1))) continue;
      const term = this.match(text.slice(m.index, end));
      if (term >= 0) hits.push({ start: m.index, end, term });
    }
    return hits;
  }
}

/**
 * Letters, digits and marks (what unicode61 keeps in a token) by UTF-16 code unit, learnt as met: 1 yes,
 * 2 no. Scanning words this way cost a third of what the pattern /[\p{L}\p{N}\p{M}]+/u did.
 */
const WORD_UNITS = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  WORD_UNITS[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 2;
}

/** Whether a code unit is a letter, digit or mark on its own (a surrogate never is). */
function isWordUnit(code: number): boolean {
  let known = WORD_UNITS[code]!;
  if (known === 0) WORD_UNITS[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Code units the word character at `i` takes (2 for one outside the basic plane), or 0 when none is there. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return isWordUnit(code) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where the word running through `i` ends. */
function wordEnd(text: string, i: number): number {
  for (let step = i < text.length ? wordCharAt(text, i) : 0; step > 0; step = i < text.length ? wordCharAt(text, i) : 0) i += step;
  return i;
}

/** Where the next word at or after `i` starts, or -1. */
function wordStart(text: string, i: number): number {
  for (; i < text.length; i++) if (wordCharAt(text, i) > 0) return i;
  return -1;
}

/**
 * Characters of a field searched for the snippet's words: an article is rarely longer, while an event's
 * facts can run to 30,000, where reading it all cost most of a search's snippets.
 */
const SCANNED = 12_000;

/** What a lazy reader may give of a long column at first: the characters scanned, and room for the window after them. */
export const SNIPPET_PREFIX = SCANNED + 2_000;

/**
 * What every word of a stem begins with, as a pattern: its first three letters (code points), since
 * Porter's steps change a word's end (drop a suffix, add an e), not its start, except that a short
 * stem's closing i may stand for a y ("say" is "sai", "key" is "kei"). A Latin letter also matches its
 * accented forms, and the pattern ignores case, so the text needs no folding.
 */
function stemPrefix(stem: string, accents = true): string {
  const letters = [...stem].slice(0, 3);
  const classes = letters.map((c) => {
    const variants = accents ? ACCENTED_FORMS.get(c) : '';
    return variants ? `[${c}${variants}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
  if (letters.length === [...stem].length && letters[letters.length - 1] === 'i') classes[classes.length - 1] = accents ? `[iy${ACCENTED_FORMS.get('i')}${ACCENTED_FORMS.get('y')}]` : '[iy]';
  return classes.join('');
}

/**
 * What a text needs for the accent classes of a stem's prefix to match more than its plain letters
 * do: an accented Latin letter, or a sign that case folding turns into a letter of the classes (the
 * Kelvin sign into k, the Angstrom sign into å).
 */
const FOLDABLE = /[\u00C0-\u024F\u1E00-\u1EFF\u212A\u212B]/;

/** Latin letters with accents, the ones worth folding before the search. */
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The accented Latin letters that fold to each basic one ('e': 'ÈÉÊË…èéêë…'), as unicode61 folds them. */
const ACCENTED_FORMS = (() => {
  const forms = new Map<string, string>();
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (base.length === 1 && base >= 'a' && base <= 'z' && base !== ch.toLowerCase()) forms.set(base, (forms.get(base) ?? '') + ch);
    }
  }
  for (let code = 0x61; code <= 0x7a; code++) if (!forms.has(String.fromCharCode(code))) forms.set(String.fromCharCode(code), '');
  return forms;
})();

/** Base letters of the accented ones met so far (a few hundred at most): normalizing each anew cost more than the search. */
const BASE_LETTERS = new Map<string, string>();

/** Each accented Latin letter written as its base letter (one code unit for one, so offsets hold). */
function foldAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => {
    let base = BASE_LETTERS.get(ch);
    if (base === undefined) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      base = bare.length === 1 ? bare : ch;
      BASE_LETTERS.set(ch, base);
    }
    return base;
  });
}

/** Words of context kept before a window's first match. */
const LEAD = 4;
/** Characters a word takes with its space, on average in English news: how far a window reaches. */
const WORD_CHARS = 6;

interface Window {
  column: number;
  /** Offset of the word the window is built around. */
  anchor: number;
  score: number;
}

/** A window's score for each different stem it holds: more than any count of matches. */
const DISTINCT = 1_000_000;

/** How many words past its first match a window of `size` words weighs when windows are compared. */
export function windowWords(size: number): number {
  return Math.max(1, size - LEAD);
}

/**
 * The best window of a column: most different stems, then most matches; the earliest on ties. The
 * window slides over the matches in one pass, each match's stem counted in and out (`terms`: how many
 * stems the query has, each match's `term` below it): a page that names the query's words a hundred
 * times had cost a count over every window.
 */
function bestWindow(hits: readonly Hit[], column: number, size: number, terms: number): Window | null {
  let best: Window | null = null;
  const reach = windowWords(size) * WORD_CHARS;
  const counts = new Uint32Array(Math.max(1, terms));
  let distinct = 0;
  let count = 0;
  // The window of match i holds matches i to j - 1: those that end within its reach.
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    if (j < i) j = i;
    const bound = hits[i]!.start + reach;
    for (; j < hits.length && hits[j]!.end <= bound; j++) {
      if (counts[hits[j]!.term]!++ === 0) distinct++;
      count++;
    }
    const score = distinct * DISTINCT + count;
    if (!best || score > best.score) best = { column, anchor: hits[i]!.start, score };
    if (j > i) {
      if (--counts[hits[i]!.term]! === 0) distinct--;
      count--;
    }
  }
  return best;
}

/** Where the words render reads start and end, kept between calls (made anew, they were a tenth of a snippet's cost). */
let WORD_STARTS: Int32Array = new Int32Array(256);
let WORD_ENDS: Int32Array = new Int32Array(256);

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The window of `size` words starting `LEAD` words before the word at `anchor`, whitespace runs
 * collapsed to one space, with '…' where the column goes on. Only the words near the anchor are read.
 * `found`: the column's matching words as the search for the window found them; a word past their
 * reach is matched on its own.
 */
function render(text: string, anchor: number, size: number, matcher: QueryMatcher, found: ColumnHits | undefined, cut = false): Snippet {
  const begin = Math.max(0, anchor - LEAD * 40);
  let starts = WORD_STARTS;
  let ends = WORD_ENDS;
  let words = 0;
  let at = -1;
  // An offset inside a character outside the basic plane reads from its start (as a pattern with the
  // u flag does); a word begun there is whole, not cut.
  const scanFrom = begin > 0 && isLowSurrogate(text.charCodeAt(begin)) && isHighSurrogate(text.charCodeAt(begin - 1)) ? begin - 1 : begin;
  for (let start = wordStart(text, scanFrom); start >= 0; ) {
    const end = wordEnd(text, start);
    // A word cut by the starting offset is not a word of its own.
    if (!(words === 0 && start === begin && begin > 0 && isWordUnit(text.charCodeAt(begin - 1)))) {
      if (words === starts.length) {
        WORD_STARTS = starts = grown(starts);
        WORD_ENDS = ends = grown(ends);
      }
      starts[words] = start;
      ends[words] = end;
      words++;
      if (at < 0 && start >= anchor) at = words - 1;
      if (at >= 0 && words > Math.max(0, at - LEAD) + size) break;
    }
    start = wordStart(text, end);
  }
  if (words === 0) return { text: '', highlights: [] };
  const from = Math.max(0, (at < 0 ? 0 : at) - LEAD);
  const to = Math.min(words, from + size);
  // Words before the window's first: a word read before it, or one before where the reading began.
  let out = from > 0 || cut || TOKEN_TEST.test(text.slice(0, starts[from]!)) ? '…' : '';
  const highlights: [number, number][] = [];
  // The words found are in order, as the window's are: one pass over both. (Matching each of the
  // window's words again had cost a fifth of a snippet.)
  const hits = found?.hits ?? [];
  const reach = found?.reach ?? 0;
  let h = 0;
  for (let j = from; j < to; j++) {
    if (j > from) out += spaced(text.slice(ends[j - 1]!, starts[j]!));
    const start = out.length;
    const word = text.slice(starts[j]!, ends[j]!);
    out += word;
    let matched: boolean;
    if (ends[j]! <= reach) {
      while (h < hits.length && hits[h]!.start < starts[j]!) h++;
      matched = h < hits.length && hits[h]!.start === starts[j]!;
    } else {
      matched = matcher.match(word) >= 0;
    }
    if (!matched) continue;
    const last = highlights[highlights.length - 1];
    // Adjacent matches separated by one space or hyphen read as one phrase (an id: "CVE-2025-0283").
    if (last && last[1] === start - 1 && (out.charCodeAt(start - 1) === 0x20 || out.charCodeAt(start - 1) === 0x2d)) last[1] = out.length;
    else highlights.push([start, out.length]);
  }
  // A window that runs to the column's end keeps its closing punctuation.
  if (to < words) out += '…';
  else out += spaced(text.slice(ends[to - 1]!)).trimEnd();
  return { text: out, highlights };
}

/** Whitespace runs as one space; the common gap, a single space, as it is. */
function spaced(gap: string): string {
  return gap === ' ' ? gap : gap.replace(/\s+/g, ' ');
}

/**
 * What a lazy reader gives of a long column when its first part has no match: the whole column, or
 * the part from `from` characters in (0-based) that holds its best match (the text before it unread),
 * or null when the index shows the column holds no query word at all (another column matched).
 */
export type LongColumnPart = string | { text: string; from: number } | null;

/**
 * Columns read when first needed: most snippets are found in the first one or two. `get(i)` may give
 * only a column's first SNIPPET_PREFIX characters (reading a 100,000-character article body whole cost
 * 0.5 ms, its first 14,000 a quarter of that); `get(i, true)` is asked for only when no match starts
 * in the first SCANNED of them, and may give the part of the column around its best match.
 */
export interface LazyColumns {
  readonly length: number;
  get(column: number, whole?: boolean): LongColumnPart;
}

/** A hit's searchable columns, in the index's order. */
export type SnippetColumns = readonly string[] | LazyColumns;

/**
 * The snippet of a hit whose searchable columns are `columns` (in the index's order): the best window
 * of `size` words over all columns (the first column wins ties), or the start of the first column
 * with words when none matches. A column with a window that holds every query word ends the search:
 * the later columns are read only when the earlier ones have none (an event's facts run to 30,000
 * characters, and its title and summary usually hold what was searched for).
 */
export function makeSnippet(columns: SnippetColumns, matcher: QueryMatcher, size: number): Snippet {
  const texts: string[] = [];
  /** Columns read from past their start: words precede what `texts` holds of them. */
  const cut: boolean[] = [];
  const lazy = Array.isArray(columns) ? null : (columns as LazyColumns);
  const whole = (part: LongColumnPart): string => (typeof part === 'string' ? part : (part?.text ?? ''));
  const column = (i: number): string => (texts[i] ??= lazy ? whole(lazy.get(i)) : (columns as readonly string[])[i]!);
  /** Each column's matching words, once searched. */
  const found: ColumnHits[] = [];
  let best: Window | null = null;
  for (let i = 0; i < columns.length; i++) {
    let hits = (found[i] = matcher.hits(column(i))).hits;
    // A cut column is read further unless a match starts within the part always searched (the window
    // around a later one could run past the cut, and a better one may lie beyond it).
    if (lazy && texts[i]!.length >= SNIPPET_PREFIX && !(hits.length > 0 && hits[0]!.start < SCANNED)) {
      const part = lazy.get(i, true);
      // No match anywhere in the column: what was read stays, and nothing more is scanned. (Reading
      // and scanning a 100,000-character column to learn that had cost a third of a millisecond.)
      if (part !== null) {
        texts[i] = whole(part);
        cut[i] = typeof part !== 'string' && part.from > 0;
        hits = (found[i] = matcher.hits(texts[i]!)).hits;
      }
    }
    const window = bestWindow(hits, i, size, matcher.size);
    if (window && (!best || window.score > best.score)) best = window;
    if (best && Math.floor(best.score / DISTINCT) >= matcher.size) break;
  }
  if (best) return render(column(best.column), best.anchor, size, matcher, found[best.column], cut[best.column] === true);
  for (let i = 0; i < columns.length; i++) if (TOKEN_TEST.test(column(i))) return render(column(i), 0, size, matcher, found[i]);
  return { text: '', highlights: [] };
}

const TOKEN_TEST = /[\p{L}\p{N}\p{M}]/u;
