/**
 * A search answer's two lists (the best events and the best articles) read in one statement. As two
 * statements they took a transaction to see one state of the store: a connection taken from the pool,
 * BEGIN, the events, the articles, COMMIT, five round trips to the server where one statement is one,
 * and sees one state by itself. Each list is its own top-N as before (ts_rank_cd, then the newest row
 * first), read in that order.
 */
import { RANK_WEIGHTS, SEARCH_CONFIG } from './text-search.js';
import { rankedWithNames } from './name-condition.js';

/** An event's searched text columns, in the index's order (EVENT_LABELS). */
export const EVENT_TEXT_COLUMNS = ['title', 'summary', 'facts', 'people', 'places', 'themes'] as const;
/** An article's, likewise (ARTICLE_LABELS). */
export const ARTICLE_TEXT_COLUMNS = ['headline', 'body'] as const;

/** The most text columns either list has: every row of the statement has c0 to c5, NULL where its table has fewer. */
const TEXT_COLUMNS = Math.max(EVENT_TEXT_COLUMNS.length, ARTICLE_TEXT_COLUMNS.length);

/**
 * `list` 0: an event (`card`: its summary); 1: an article (`card`, `event_id`, and its `data` and
 * `sentences` only when the card is empty, as the article summaries read them). Parameters: $1 the
 * tsquery text, $2 the limit and $3 the offset of each list, $4 the patterns of the query's name words
 * (name-condition.ts) or NULL, as `withNames` says. Ordered by list, then as each list ranks.
 */
export function searchPageSql(withNames: boolean): string {
  const texts = (table: readonly string[]): string => Array.from({ length: TEXT_COLUMNS }, (_, i) => (i < table.length ? `x.${table[i]}` : 'NULL::text') + ` AS c${i}`).join(', ');
  const ranked = (list: number, table: string, summary: string, columns: readonly string[]): string => {
    const select = `SELECT ${list} AS list, x.seq, ts_rank_cd('${RANK_WEIGHTS}', x.search, q) AS rank, ${summary}, ${texts(columns)}
      FROM ${table} x, to_tsquery('${SEARCH_CONFIG}', $1) q WHERE x.search @@ q`;
    // Without name words $4 is NULL, and the check is no part of the statement.
    return withNames
      ? `(${rankedWithNames(select, columns.map((_, i) => `c${i}`), '$4', '$2', '$3')})`
      : `(${select} AND $4::text[] IS NULL ORDER BY rank DESC, x.seq DESC LIMIT $2 OFFSET $3)`;
  };
  return `SELECT * FROM (${ranked(0, 'events', 'x.card, NULL::text AS event_id, NULL::text AS data, NULL::text AS sentences', EVENT_TEXT_COLUMNS)}
    UNION ALL ${ranked(1, 'articles', "x.card, x.event_id::text, CASE WHEN x.card = '' THEN x.data END AS data, CASE WHEN x.card = '' THEN x.sentences END AS sentences", ARTICLE_TEXT_COLUMNS)}) hits
    ORDER BY list, rank DESC, seq DESC`;
}
