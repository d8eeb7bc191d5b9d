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
