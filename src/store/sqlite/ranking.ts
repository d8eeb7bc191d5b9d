/**
 * How full-text matches are ranked: BM25 as SQLite's bm25() computes it, through rank_bm25 (our
 * extension, native/fts-rank.c) when the build could compile it, which takes each word's document
 * frequency from a cache here instead of counting it on every query.
 *
 * Why: bm25() walks the whole posting list of every query word before it scores the first match. On
 * a store of 100,000 articles "police" is in 68,000 of them, and "Houston police" spent 4 ms counting
 * them to rank 1,199 matches. Those counts change slowly, so one count serves many queries: a word in
 * many rows is counted again once the articles stored since number more than 1% of its count (each
 * stored article adds one article row and rewrites an event or two, so the count can have moved by
 * little more than that, and the word's weight by about 0.01); a word in few rows is cheap to count
 * and is counted on every query. On an unchanged store the scores equal bm25()'s.
 */
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { Lru } from '../../util/lru.js';

/** The extension as the build leaves it, without the platform's suffix (SQLite adds .so, .dylib or .dll). */
const RANK_EXTENSION = fileURLToPath(new URL('../../../native/fts-rank', import.meta.url));

/**
 * Loads rank_bm25, and hit_offset (native/fts-hit.c: where a long column's snippet lies), into a
 * connection; false when the build could not compile them (no C compiler).
 */
export function loadRankFunction(db: Database.Database): boolean {
  try {
    db.loadExtension(RANK_EXTENSION);
    return true;
  } catch {
    return false;
  }
}

/** Words whose counts are kept, per table: a few megabytes at most. */
const KEPT_WORDS = 20_000;

/**
 * Counts below this are kept only while the store is unchanged (any commit, by any connection, takes
 * them again): a few new rows move them far. On a store at rest, counting them on every query had cost
 * 6% of an event search.
 */
const KEEP_FROM = 200;

/** Articles stored since a count, as a share of the count, after which it is taken again. */
const DRIFT = 0.01;

interface Count {
  documents: number;
  /** Articles stored when counted (the article index's highest rowid): the store's clock. */
  clock: number;
  /** The store's change mark when counted. */
  mark: string;
}

/** Document frequencies of search words in one full-text table, counted by its own tokenizer. */
export class PhraseCounts {
  private readonly counts = new Lru<string, Count>(KEPT_WORDS);
  private readonly count: Database.Statement;
  private readonly clock: Database.Statement;
  /** Names the table to rank_bm25, which keeps its rows' lengths under that name (see fts-rank.c). */
  private readonly prefix: string;

  /** `mark`: a value that changes whenever anything is committed to the store (SqliteStore.changeMark). */
  constructor(db: Database.Database, table: 'event_fts' | 'article_fts', private readonly mark: () => string) {
    this.prefix = `${table}: `;
    this.count = db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck();
    this.clock = db.prepare('SELECT max(rowid) FROM article_fts').pluck();
  }

  /**
   * The rows holding each word, as rank_bm25 takes them ('article_fts: 12 40310'). `words` are the MATCH
   * expression's phrases in order; each is counted as the same quoted phrase, so the count is of what
   * the query matches, whatever the tokenizer makes of the word.
   */
  list(words: readonly string[]): string {
    const clock = Number(this.clock.get() ?? 0);
    let mark: string | undefined;
    return words
      .map((word) => {
        const key = word.toLowerCase();
        const known = this.counts.get(key);
        if (known && known.documents >= KEEP_FROM && clock >= known.clock && clock - known.clock <= known.documents * DRIFT) return known.documents;
        mark ??= this.mark();
        if (known && known.mark === mark) return known.documents;
        const documents = Number(this.count.get(`"${word}"`));
        this.counts.set(key, { documents, clock, mark });
        return documents;
      })
      .reduce((list, documents, i) => (i === 0 ? list : `${list} `) + documents, this.prefix);
  }
}

/** Whether an error is rank_bm25 refusing a frequency list that does not fit the query (see fts-rank.c). */
export function isFrequencyMismatch(error: unknown): boolean {
  return error instanceof Error && /rank_bm25: the frequency list/.test(error.message);
}
