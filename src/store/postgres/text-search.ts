/**
 * Full-text search in PostgreSQL as the SQLite store's FTS5 index reads text: words are runs of letters
 * and digits (unicode61), accents and case folded, English stems (Porter in FTS5, Snowball here) and no
 * stop words. The words are split here, not by PostgreSQL's parser, which reads "CVE-2024-3400" as
 * "cve" and two signed numbers ("-2024", "-3400") and so would never match the phrase the query makes
 * of it; what reaches to_tsvector and to_tsquery is plain words separated by spaces, on both sides.
 */
import { foldAccents } from '../../util/fold.js';
import type { ParsedQuery, Phrase } from '../query-syntax.js';

/** The text search configuration the schema creates (schema.ts): english stems, no stop words. */
export const SEARCH_CONFIG = 'triangulate_search';

const WORDS = /[\p{L}\p{N}]+/gu;

/** A text as the index is given it: its words, accents folded, lower case, one space between. */
export function indexText(text: string): string {
  return (foldAccents(text).toLowerCase().match(WORDS) ?? []).join(' ');
}

/**
 * PostgreSQL refuses a tsvector over 1 MB (SQLSTATE 54000), and with it the whole row: a 1.5 MB article
 * was not stored at all. The budget is of an estimate that never falls below the real size: per distinct
 * word its bytes and 8 of header (the lexeme entry, its position count, alignment), per occurrence 2
 * bytes of position (PostgreSQL keeps at most 256 per word). 600 KB of short distinct words took 1.5 MB
 * as a tsvector, so a cap on characters alone would not do.
 */
export const INDEX_BUDGET_BYTES = 900_000;
const WORD_OVERHEAD = 8;
const POSITION_BYTES = 2;
const MOST_POSITIONS = 256;

/**
 * Texts as the index is given them (indexText), one row's columns sharing one budget in their order:
 * words past it are left out of the index (the row itself keeps the whole text). Cut at a word.
 */
export function cappedIndexTexts(texts: readonly string[], budget = INDEX_BUDGET_BYTES): string[] {
  const indexed = texts.map(indexText);
  // A word of n characters and its space cost at most n + 10 of the estimate, so under 5.5 per character
  // (words are one character at least): most rows are far inside the budget and need no counting.
  if (indexed.reduce((sum, text) => sum + 5.5 * (text.length + 1), 0) <= budget) return indexed;
  let left = budget;
  return indexed.map((text) => {
    const words = text.split(' ').filter(Boolean);
    const seen = new Map<string, number>();
    let kept = 0;
    for (const word of words) {
      const times = seen.get(word) ?? 0;
      const cost = (times === 0 ? Buffer.byteLength(word) + WORD_OVERHEAD : 0) + (times < MOST_POSITIONS ? POSITION_BYTES : 0);
      if (cost > left) break;
      left -= cost;
      seen.set(word, times + 1);
      kept++;
    }
    return kept === words.length ? words.join(' ') : words.slice(0, kept).join(' ');
  });
}

/** A phrase as tsquery text: its words one after another ('a' <-> 'b'); null when it has no word. */
function phraseQuery(phrase: Phrase): string | null {
  const words = indexText(phrase.join(' ')).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  // Words are letters and digits only, so quoting them needs no escape.
  const quoted = words.map((w) => `'${w}'`);
  return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' <-> ')})`;
}

/**
 * A parsed query (query-syntax.ts) as text for to_tsquery: every group must match, any phrase of a
 * group (OR), no excluded phrase. Null when nothing is left to find.
 */
export function tsQueryText(query: ParsedQuery): string | null {
  const groups = query.required.flatMap((group) => {
    const phrases = group.map(phraseQuery).filter((p): p is string => p !== null);
    if (phrases.length === 0) return [];
    return [phrases.length === 1 ? phrases[0]! : `(${phrases.join(' | ')})`];
  });
  if (groups.length === 0) return null;
  const excluded = query.excluded.map(phraseQuery).filter((p): p is string => p !== null);
  return [...groups, ...excluded.map((p) => `!${p}`)].join(' & ');
}

/** Phrases any of which a hit holds (a feed that leaves them out): tsquery text, or null with no word. */
export function anyPhraseText(phrases: readonly Phrase[]): string | null {
  const parts = phrases.map(phraseQuery).filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' | ') : null;
}

/**
 * Weights of the tsvector labels in ranking, as ts_rank_cd takes them ({D, C, B, A}). Events: title A,
 * summary B, people and themes C, facts and places D; articles: headline A, body D. The ratios are
 * those of the SQLite store's bm25 weights (title 10, summary 5, people 4, themes 3, facts and places
 * 2; headline 5, body 1) as near as four labels allow.
 */
export const RANK_WEIGHTS = '{0.2, 0.4, 0.5, 1.0}';

/** The label of each of an event's searched columns, in eventSearchText's order. */
export const EVENT_LABELS = ['A', 'B', 'D', 'C', 'D', 'C'] as const;
/** The labels of an article's headline and body. */
export const ARTICLE_LABELS = ['A', 'D'] as const;
