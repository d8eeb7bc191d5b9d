/**
 * The embedded store: one SQLite file through better-sqlite3 (synchronous, so each commit is one real
 * transaction with no interleaving), full-text search with FTS5.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { shiftDays, utcSortKey } from '../../util/dates.js';
import type { ArticleSummary } from '../../model/article-summary.js';
import { type SourceArticle, toSourceArticle } from '../../model/source-article.js';
import { summarizeEvent } from '../../model/event-summary.js';
import type { Article, NewsEvent, SharedPassage } from '../../model/types.js';
import type { CandidateEvent, CandidateQuery, Commit, EntityKind, EventlessCommit, EventRewrite, EventChange, EventSplit, EventFacets, EventHeadline, EventPageParts, EventMember, EventPosition, EventProfile, EventQuery, EventRedirect, EventSort, ListOptions, Maintenance, ParticipantCount, SearchHit, SplitOff, Store } from '../store.js';
import { AWAITING_PER_KEY, UNDATED_CANDIDATES_PER_KEY } from '../store.js';
import { foundWords, leftOutExpression, matchExpression, matchPhrases, parseQuery, type ParsedQuery } from '../query-syntax.js';
import { holdsNameWords, nameCandidates, nameWords, namesOfParam } from '../name-words.js';
import { PERSON_NAMED_SQL, personNamedParams } from '../person-named.js';
import { firstHoldingNames } from './first-holding-names.js';
import { type LongColumnPart, makeSnippet, QueryMatcher, SNIPPET_PREFIX, type Snippet, windowWords } from '../snippet.js';
import { Lru } from '../../util/lru.js';
import { CommitGroup, type GroupSettling, type GroupWrites } from './commit-group.js';
import { DeferredBuilds, type HeldBuild } from './deferred-builds.js';
import { EventTextQueue } from './event-text-queue.js';
import { TermCountQueue } from './term-count-queue.js';
import { ProfileCache } from './profile-cache.js';
import { isFrequencyMismatch, loadRankFunction, PhraseCounts } from './ranking.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import { openForReading, writeProblem } from './read-only-open.js';
import { enterWalMode } from './wal-mode.js';
import { answerWords } from '../../consolidate/related.js';
import { vulnerabilitiesOf } from '../../consolidate/vulnerabilities.js';
import { organizationsOf } from '../../consolidate/organizations.js';
export { eventSpanDays } from '../stored-records.js';
import { ALIAS_TAG, UNIT_TAG, PERSON_ALIAS_TAG, COUNTRY_TAG, countriesByName, namesByEntryTag, articleCard, articleData, articleSummaryText, AWAITING_TAG, ENTITY_TAG, eventSearchText, eventSpanDays, eventIdsByTag, eventTags, nameKey, organizationTag, toArticle, withEventId } from '../stored-records.js';
import { EVENT_ORDER, entityAnyKeys, eventTagFilters, namesNoOne, withNameVariants, type OrderTerm } from '../event-order.js';

/** How long a statement waits for another connection's lock (a writer's commit, a new store's creation). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The meta row holding the most days between any stored event's first and last date (never lowered:
 * a bound too wide costs reads, one too narrow would lose candidates). A windowed candidate lookup
 * reads no key of an event ending more than this after the window.
 */
const LONGEST_EVENT_DAYS = 'longest_event_days';

/**
 * Events whose first and last dates are more than this many days apart keep their candidate keys in
 * event_keys_long, the rest in event_keys. A windowed lookup reads event_keys up to this many days past
 * the window and only event_keys_long up to the longest span: a few stories that ran for years (or one
 * report with a stray date) no longer widen every backfilled article's read. A month: GVA-like stores
 * keep about 3 events in 100 longer than that.
 */
export const SHORT_EVENT_DAYS = 31;

/** The candidate-key table of an event with these first and last dates. */
function keyTable(dateMin: string | null, dateMax: string | null): 'event_keys' | 'event_keys_long' {
  return eventSpanDays(dateMin, dateMax) > SHORT_EVENT_DAYS ? 'event_keys_long' : 'event_keys';
}

/** Words in a search snippet: about a line of text around the matches. */
const SNIPPET_TOKENS = 24;
/** The window hit_offset weighs, in tokens: as far as a snippet's window reaches past its first match. */
const SNIPPET_SPAN = windowWords(SNIPPET_TOKENS);
/** Characters read before a long column's best match: room for the words a snippet shows before it. */
const SNIPPET_BEFORE = 400;
/** event_fts's searched columns and their bm25 weights (event_id, first, is not searched). */
const EVENT_TEXT = { short: 'title, summary', long: 'facts, people, places, themes', weights: '0, 10, 5, 2, 4, 2, 3' };
/** article_fts's searched columns and their bm25 weights (article_id, first, is not searched). */
const ARTICLE_TEXT = { short: 'headline', long: 'body', weights: '0, 5, 1' };

/**
 * Parsed profiles kept for candidate lookups: the events a month of a busy stream keeps scoring. On GVA
 * 1,024 saves as much CPU time as 4,096 (75 s either way, 88 s with none) for 30 MB less at peak.
 */
const PROFILE_CACHE = 1024;
/**
 * SQLite's page cache for the connection that ingests, in KiB. Each article reads and rewrites its
 * event's rows, tags, keys and search rows, much of them the pages the last articles touched: GVA's
 * 5,052 articles went in at 57 to 62 articles a second with 2 MB, 71 to 78 with 16 MB and 79 with 64 MB
 * (bench:cluster, one after another on this machine). The memory is a bound, taken only as pages are
 * read, and a store of a few thousand articles fills 64 MB: it was a tenth of the 10k scale run's peak
 * memory. 16 MB holds the pages the next articles touch again; the rest are a read from the OS's file
 * cache (docs/benchmarks.md, memory at the fifty-seventh session, for the store's CPU either way).
 */
const WRITE_CACHE_KIB = 16_384;
/**
 * Pages the write-ahead log may hold before SQLite copies them into the database file (and syncs it).
 * The default, 1,000 pages (4 MB), checkpointed every few dozen articles; each checkpoint writes and
 * syncs the pages the last articles changed, the same event pages again and again. GVA's ingest went
 * from 72 to 85-89 articles a second with 20,000 (80 MB of log at most; bench:cluster, two runs each).
 * A crash loses nothing either way: the log is the committed data until it is copied.
 */
const CHECKPOINT_PAGES = 20_000;
/**
 * How much of the file a read-only connection maps (address space, not memory: pages are the OS's file
 * cache). better-sqlite3's SQLite caps it at 2 GB (SQLITE_MAX_MMAP_SIZE); a larger file's rest is read as before.
 */
const READ_MAP_BYTES = 2 ** 34;
/**
 * When maintain() merges the search indexes, step by step: once the articles stored since the last
 * merge reach this share of those stored then (and at least MERGE_AFTER_ARTICLES). FTS5 writes its index in pieces
 * (segments) and merges them only level by level, so a store keeps a dozen or so: the 104,000-article
 * store of bench:api had 11 in event_fts and 14 in article_fts, and every search word is looked up in
 * each. Merged into one, a search took 15% less CPU (0.85 against 1.00 ms, in process over the bench's
 * 100 queries). A merge rewrites the whole index (2.6 s for both at that size), so merging whenever
 * the store has grown by a quarter rewrites each article's entries about ten times while the store
 * grows tenfold: a few percent of what ingesting them cost.
 */
const MERGE_GROWTH = 0.25;
const MERGE_AFTER_ARTICLES = 200;
/**
 * Pages a merge step writes per index: about 20 ms of work at a time (1,000 pages took 40 ms on the
 * bench:api store), so a server can serve between steps. A merge of that store's article index from 8
 * pieces took 26 steps of 1,000 pages, 1.0 s in all.
 */
const MERGE_STEP_PAGES = 500;

/** What an article's search summary reads of its row: its card (always filled since schema 8); the whole article only if the card is empty. */
const ARTICLE_SUMMARY_COLUMNS = "x.card, x.event_id, CASE WHEN x.card = '' THEN x.data END AS data, CASE WHEN x.card = '' THEN x.sentences END AS sentences";

/** Document frequencies kept for scoring: the terms of recent articles (a few megabytes). */
const DF_CACHE = 100_000;

type Row = Record<string, unknown>;

/** What a commit group writes: commits, and the records of builds put off after them (deferred-builds.ts). */
type GroupChange = Commit | { rewrite: EventRewrite } | { eventless: EventlessCommit };

/** A user's query as the index takes it, and what its snippets mark. */
interface SearchQuery {
  /** The MATCH expression's phrases in order (query-syntax.ts), excluded ones too: rank_bm25 counts each. */
  words: string[];
  match: string;
  matcher: QueryMatcher;
  /** Capitalised words a hit's text must hold as written, not only as stems (name-words.ts); JSON, or null for none. */
  names: string | null;
}

/** `people`: which folded words the store has as people's names (SqliteStore.peopleNamed). */
function searchQuery(query: string, people: (parsed: ParsedQuery) => ReadonlySet<string>): SearchQuery | null {
  const parsed = parseQuery(query);
  if (!parsed) return null;
  const names = nameWords(parsed, people(parsed));
  return { words: matchPhrases(parsed), match: matchExpression(parsed), matcher: new QueryMatcher(foundWords(parsed), names), names: namesParam(names) };
}

function namesParam(names: readonly string[]): string | null {
  return names.length > 0 ? JSON.stringify(names) : null;
}


export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly applyCommit: (change: Commit) => void;
  /** Commits being written as one transaction (commit-group.ts); null: each commit is its own. */
  private group: CommitGroup<GroupChange> | null = null;
  /** The event build the last commit of the open group put off (Commit.deferred), run when needed. */
  private readonly builds = new DeferredBuilds(
    (rewrite) => this.transact(() => (this.group ? this.group.add({ rewrite }) : this.applyRewrite(rewrite))),
    // The failed build's article is taken back with the articles whose builds it replaced (its chain).
    () => void this.group?.withdrawOpenChain(),
  );
  /** The terms the last written commit counted and its article's row number (null: the article was stored already). */
  private lastCounted: { terms: ReadonlySet<string>; seq: number | null } = { terms: new Set(), seq: null };
  private readonly applyRewrite: (rewrite: EventRewrite) => void;
  private readonly applyCommitWith: (change: Commit, rewrite: EventRewrite) => void;
  private readonly applySplit: (change: EventSplit) => void;
  private readonly applyEventless: (change: EventlessCommit) => void;
  /** A function's reads in one read transaction (see batched). */
  private readonly readTransaction: (read: () => unknown) => unknown;
  /** Prepared statements by their SQL: preparing costs more than running for the small queries here. */
  private readonly statements = new Map<string, Database.Statement>();
  private commits = 0;
  private readonly profiles = new ProfileCache(PROFILE_CACHE);
  /** Document frequencies read or counted (0 for a term no article has yet). */
  private readonly df = new Lru<string, number>(DF_CACHE);
  /** data_version when the caches were last known right (another connection's commit clears them). */
  private cachesVersion: unknown = null;
  /** Profile changes and counted terms of the commit under way, applied to the caches once it has committed. */
  private pendingProfiles: [string, EventProfile | null][] = [];
  private pendingTerms: string[] = [];
  /**
   * LONGEST_EVENT_DAYS as this connection knows it: read at open and when another connection has
   * committed, raised by its own writes (a lookup reads no meta row). Infinity: a read-only connection
   * to a store written before the row was kept (no bound).
   */
  private longestEventDays = 0;
  /** Why this store, opened to be read (`mustExist`), cannot be written; null when it can. */
  private unwritable: string | null = null;
  /** Events' search rows, written once a transaction in rowid order (event-text-queue.ts). */
  private readonly eventText = new EventTextQueue(
    (rowid) => void this.sql('DELETE FROM event_fts WHERE rowid = ?').run(rowid),
    (rowid, row) => void this.sql('INSERT INTO event_fts (rowid, event_id, title, summary, facts, people, places, themes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(rowid, ...row),
  );
  /** Document counts the open transaction adds, written once a term before it commits (term-count-queue.ts). */
  private readonly termCounts = new TermCountQueue(
    (term, n) => void this.sql('INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df').run(term, n),
  );
  /** Word counts for rank_bm25, by table; null when the extension is not built (bm25() ranks). */
  private readonly phraseCounts: Record<'event_fts' | 'article_fts', PhraseCounts> | null;

  /**
   * `mustExist`: for commands that only read, a missing file is an error rather than a new database,
   * and one this process cannot write (a read-only file system, no permission) is read as it is
   * (read-only-open.ts); without it, such a store is an error that says why it cannot be written.
   * `readOnly`: a connection that never writes, beside one that does (the server's search threads):
   * the database must exist at the current schema, and opening it takes no lock.
   */
  constructor(path: string, options: { mustExist?: boolean; readOnly?: boolean } = {}) {
    if ((options.mustExist || options.readOnly) && path !== ':memory:' && !existsSync(path)) throw new Error(`no database at ${path} (ingest articles first, or pass --db)`);
    let opened: Database.Database | undefined;
    try {
      this.db = opened = new Database(path, options.readOnly ? { readonly: true, fileMustExist: true } : {});
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      if (options.readOnly) {
        // A search reads its hits' rows at random over the whole file: through a memory map each page
        // is a memory read, not a read() call that copies it into SQLite's page cache (under bench:api's
        // search load, 0.1 instead of 0.4 to 0.5 ms of system time a request, measured with a 2 MB cache
        // either way; the connection now keeps better-sqlite3's 16 MB). Writes never go through it.
        this.db.pragma(`mmap_size = ${READ_MAP_BYTES}`);
        this.checkSchema(path);
      } else {
        this.db.pragma(`cache_size = -${WRITE_CACHE_KIB}`);
        enterWalMode(this.db, BUSY_TIMEOUT_MS);
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
        this.migrate(path);
      }
    } catch (error) {
      if (opened?.open) opened.close();
      const cannot = path === ':memory:' || options.readOnly ? null : writeProblem(path);
      if (!cannot) throw new Error(`cannot open database ${path}: ${(error as Error).message}`);
      // A store that cannot be written: a command that writes says why; one that only reads reads it as it is.
      if (!options.mustExist) throw new Error(`cannot write database ${path}: ${cannot} (${(error as Error).message})`);
      this.unwritable = `cannot write database ${path}: ${cannot}`;
      try {
        this.db = openForReading(path, cannot);
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        this.checkSchema(path);
      } catch (reading) {
        throw new Error(`cannot open database ${path}: ${(reading as Error).message}`);
      }
    }
    this.readLongestEventDays();
    // Writes begin IMMEDIATE, taking the write lock first (waiting for it up to the busy timeout): a
    // deferred transaction that read first fails at once when another process has committed since.
    // Each writes its queued search rows before it commits (event-text-queue.ts), and drops them if it fails.
    const commit = this.db.transaction((change: Commit) => {
      this.write(change);
      this.writeEventText();
      this.termCounts.write();
    });
    this.applyCommit = (change) => this.queueing(() => commit.immediate(change));
    const rewrite = this.db.transaction((change: EventRewrite) => {
      this.writeRewrite(change);
      this.writeEventText();
    });
    this.applyRewrite = (change) => this.queueing(() => rewrite.immediate(change));
    const commitWith = this.db.transaction((change: Commit, built: EventRewrite) => {
      this.write(change);
      this.writeRewrite(built);
      this.writeEventText();
      this.termCounts.write();
    });
    this.applyCommitWith = (change, built) => this.queueing(() => commitWith.immediate(change, built));
    const split = this.db.transaction((change: EventSplit) => {
      this.writeEvent(change.event, change.profile, change.keys, change.passages);
      this.writeSplitOff(change.event.id, change.splitOff);
      this.writeEventText();
    });
    this.applySplit = (change) => this.queueing(() => split.immediate(change));
    const eventless = this.db.transaction((change: EventlessCommit) => {
      this.writeEventless(change);
      this.termCounts.write();
    });
    this.applyEventless = (change) => this.queueing(() => eventless.immediate(change));
    this.readTransaction = this.db.transaction((read: () => unknown) => read());
    // A search's name words, checked in its hits' text (name-words.ts, first-holding-names.ts).
    this.db.function('holds_names', { deterministic: true, varargs: true }, (names: unknown, ...texts: unknown[]) => (holdsNameWords(texts.map((t) => (typeof t === 'string' ? t : '')), namesOfParam(String(names))) ? 1 : 0));
    this.phraseCounts = loadRankFunction(this.db) ? { event_fts: new PhraseCounts(this.db, 'event_fts', () => this.mark()), article_fts: new PhraseCounts(this.db, 'article_fts', () => this.mark()) } : null;
  }

  /** Which function ranks search hits: rank_bm25 (native/fts-rank.c) or, when it was not built, SQLite's bm25(). */
  get ranking(): 'rank_bm25' | 'bm25' {
    return this.phraseCounts ? 'rank_bm25' : 'bm25';
  }

  /**
   * The select expression ranking a table's matches (lower is better) and the parameters it takes
   * before the MATCH expression's: the same scores either way (see ranking.ts).
   */
  private rankExpression(table: 'event_fts' | 'article_fts', weights: string, words: readonly string[], stock = false): { sql: string; params: unknown[] } {
    if (!this.phraseCounts || stock) return { sql: `bm25(${table}, ${weights})`, params: [] };
    return { sql: `rank_bm25(${table}, ?, ${weights})`, params: [this.phraseCounts[table].list(words)] };
  }

  /**
   * Runs a ranked query, with bm25() when rank_bm25 refuses the counts: a word the tokenizer makes
   * nothing of is no phrase to FTS5, and the counts no longer line up with the phrases.
   */
  private ranked<T>(run: (stock: boolean) => T): T {
    try {
      return run(false);
    } catch (error) {
      if (!isFrequencyMismatch(error)) throw error;
      return run(true);
    }
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      // Candidate queries vary in their number of keys: a bounded cache is enough.
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** A read-only connection cannot upgrade a database: it reads only one at this code's schema. */
  private checkSchema(path: string): void {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as Row | undefined;
    const version = row ? Number(row.value) : 0;
    if (version !== SCHEMA_VERSION) throw new Error(`database ${path} is at schema ${version}, this code reads ${SCHEMA_VERSION} (open it once read-write to upgrade it)`);
  }

  private migrate(path: string): void {
    const hasMeta = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    let version = SCHEMA_VERSION;
    if (hasMeta) {
      const row = this.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as Row | undefined;
      version = row ? Number(row.value) : 0;
      if (version > SCHEMA_VERSION) throw new Error(`database ${path} was written by a newer Triangulate (schema ${version}); upgrade to read it`);
    }
    this.db.transaction(() => {
      const keyColumns = (this.db.prepare('PRAGMA table_info(event_keys)').all() as Row[]).map((r) => String(r.name));
      if (keyColumns.length > 0 && !keyColumns.includes('date_max')) {
        // Before schema 4 keys had no dates: give them their events' (the window index needs the columns).
        this.db.exec(`ALTER TABLE event_keys ADD COLUMN date_min TEXT; ALTER TABLE event_keys ADD COLUMN date_max TEXT;
          UPDATE event_keys SET date_min = (SELECT date_min FROM events WHERE id = event_id), date_max = (SELECT date_max FROM events WHERE id = event_id);`);
      }
      const eventColumns = (this.db.prepare('PRAGMA table_info(events)').all() as Row[]).map((r) => String(r.name));
      if (eventColumns.length > 0 && !eventColumns.includes('key_list')) {
        // Before schema 10 keys were indexed three times (by key, by event, by key and date): they become
        // one table in window order, and each event lists its keys (what a rewrite deletes).
        this.db.exec(`ALTER TABLE events ADD COLUMN key_list TEXT;
          UPDATE events SET key_list = (SELECT json_group_array(key) FROM event_keys k WHERE k.event_id = events.id);
          CREATE TABLE event_keys_by_window (key TEXT NOT NULL, date_max TEXT NOT NULL, event_id TEXT NOT NULL, date_min TEXT, PRIMARY KEY (key, date_max, event_id)) WITHOUT ROWID;
          INSERT OR IGNORE INTO event_keys_by_window SELECT key, coalesce(date_max, ''), event_id, date_min FROM event_keys;
          DROP TABLE event_keys;
          ALTER TABLE event_keys_by_window RENAME TO event_keys;`);
      }
      if (eventColumns.length > 0 && !eventColumns.includes('outlets')) {
        // Before schema 5 the feed sorted by counts read from the JSON: they become columns (indexed below).
        this.db.exec(`ALTER TABLE events ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0; ALTER TABLE events ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
          UPDATE events SET outlets = coalesce(json_extract(data, '$.outlets'), 0), article_count = coalesce(json_array_length(data, '$.articles'), 0);`);
      }
      const articleColumns = (this.db.prepare('PRAGMA table_info(articles)').all() as Row[]).map((r) => String(r.name));
      if (articleColumns.length > 0 && !articleColumns.includes('card')) {
        // Before schema 8 search hits parsed whole articles: each gets its summary, built by SQLite from
        // the JSON (no article passes through JavaScript, so a large store upgrades in one statement).
        this.db.exec(`ALTER TABLE articles ADD COLUMN card TEXT NOT NULL DEFAULT '';
          UPDATE articles SET card = json_object('id', id, 'headline', json_extract(data, '$.headline'), 'outlet', json_extract(data, '$.outlet'),
            'agency', json_extract(data, '$.agency'), 'url', json_extract(data, '$.source.url'), 'publishedAt', json_extract(data, '$.publishedAt'), 'language', json_extract(data, '$.language'));`);
      }
      if (articleColumns.length > 0 && !articleColumns.includes('sentences')) {
        // Before schema 11 the JSON held the sentence offsets and the event id the article first went to.
        this.db.exec(`ALTER TABLE articles ADD COLUMN sentences TEXT;
          UPDATE articles SET sentences = json_extract(data, '$.sentences'), data = json_remove(data, '$.sentences', '$.eventId');`);
      }
      const tagColumns = (this.db.prepare('PRAGMA table_info(event_tags)').all() as Row[]).map((r) => String(r.name));
      if (tagColumns.length > 0 && !tagColumns.includes('date')) {
        // Before schema 10 tags had no dates: they get their events' (the feed's tag index needs them).
        this.db.exec(`ALTER TABLE event_tags ADD COLUMN date TEXT;
          UPDATE event_tags SET date = (SELECT date FROM events WHERE id = event_id);`);
      }
      if (eventColumns.length > 0 && !eventColumns.includes('passages')) this.db.exec('ALTER TABLE events ADD COLUMN passages TEXT');
      // Before schema 15 an event answered mentions with its title and summary only (written below).
      if (eventColumns.length > 0 && !eventColumns.includes('answers')) this.db.exec('ALTER TABLE events ADD COLUMN answers TEXT');
      if (eventColumns.length > 0 && !eventColumns.includes('card')) {
        // Before schema 6 lists parsed whole events: each gets its summary (written below, once the schema is in).
        this.db.exec("ALTER TABLE events ADD COLUMN card TEXT NOT NULL DEFAULT ''");
      }
      this.db.exec(SCHEMA);
      if (version < 19 && eventColumns.length > 0) this.moveLongEventKeys();
      if (version < 6 && eventColumns.length > 0) {
        const write = this.db.prepare('UPDATE events SET card = ? WHERE id = ?');
        const cards: [string, string][] = [];
        this.eachStoredEvent((event) => {
          // A record too old or damaged to summarise keeps an empty card: lists summarise it when read.
          try {
            cards.push([JSON.stringify(summarizeEvent(event)), event.id]);
          } catch {
            // left empty
          }
        });
        for (const [card, id] of cards) write.run(card, id);
      }
      if (version < 16 && eventColumns.length > 0) this.addVulnerabilities();
      if (version < 17 && eventColumns.length > 0) this.addOrganizations();
      // Before schema 2 there was no event_tags; before 7 it had no names of people, organisations and
      // places; before 9 organisations had no country; before 13 a participant's name was kept in its order;
      // before 14 unlinked mentions of earlier events had no keys; before 16 there were no CVE ids; before
      // 17 no bodies the reports name nor threat actors; before 18 bodies had no short names, actors not
      // the gazetteer's names, people not their surnames.
      if (version < 18) {
        this.eachStoredEvent((event) => {
          // A record too old or damaged to read keeps the tags it had.
          try {
            this.writeTags(event);
          } catch {
            // left as it was
          }
        });
      }
      // Before schema 14 an event written after a mention of it never linked it, and before 15 it answered
      // with fewer words: each stored event looks for the mentions waiting for it once (eventsToRelink).
      if (version < 15 && eventColumns.length > 0) this.sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('relink_after', '0')").run();
      if (version < 15 && eventColumns.length > 0) {
        const write = this.db.prepare('UPDATE events SET answers = ? WHERE id = ?');
        const answers: [string, string][] = [];
        this.eachStoredEvent((event) => {
          // A record too old or damaged to read answers with its title and summary only.
          try {
            answers.push([answerWords(event), event.id]);
          } catch {
            // left empty
          }
        });
        for (const [words, id] of answers) write.run(words, id);
      }
      // Before schema 3 search rows had rowids of their own; before 18 themes and aliases repeated words.
      if (version < 18 && eventColumns.length > 0) {
        if (version < 3) this.db.exec('DELETE FROM event_fts');
        this.eachStoredEvent((event) => {
          // A record too old or damaged to read keeps the search row it had.
          let text: string[];
          try {
            text = eventSearchText(event);
          } catch {
            return;
          }
          this.putEventText(event, text);
          // Written as it goes: the upgrade reads events in rowid order, and a large store's rows are not held.
          this.writeEventText();
        });
        // Rewriting every row left the index in twice the pieces (GVA's store: 2,430 pages against
        // 1,197), and a search reads each: merged into one, as `triangulate optimize` would.
        this.db.exec("INSERT INTO event_fts(event_fts) VALUES('optimize')");
      }
      this.foldEntityKeys();
      // A store written before events' spans were kept: the longest from its events, once.
      if (this.db.prepare(`SELECT 1 FROM meta WHERE key = '${LONGEST_EVENT_DAYS}'`).get() === undefined) {
        let longest = 0;
        for (const r of this.db.prepare('SELECT date_min, date_max FROM events WHERE date_min IS NOT NULL').iterate() as IterableIterator<Row>) {
          longest = Math.max(longest, eventSpanDays(String(r.date_min), r.date_max === null ? null : String(r.date_max)));
        }
        this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(LONGEST_EVENT_DAYS, String(longest));
      }
      this.db
        .prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .run(String(SCHEMA_VERSION));
    }).immediate();
  }

  /**
   * Stores written before the `entity` filter folded accents keep names' keys as written ("paulo são"):
   * they are folded once, marked in meta rather than by a schema version, so an upgrade costs one pass
   * over the entity tags and no event is read. A key already there folded makes its copy redundant.
   */
  private foldEntityKeys(): void {
    if (this.db.prepare("SELECT value FROM meta WHERE key = 'entity_keys'").pluck().get() === 'folded') return;
    const rows = this.db.prepare("SELECT value, event_id FROM event_tags WHERE kind = 'entity' AND value GLOB '*[^ -~]*'").all() as Row[];
    const move = this.db.prepare("UPDATE OR IGNORE event_tags SET value = ? WHERE kind = 'entity' AND value = ? AND event_id = ?");
    const drop = this.db.prepare("DELETE FROM event_tags WHERE kind = 'entity' AND value = ? AND event_id = ?");
    for (const row of rows) {
      const value = String(row.value);
      const key = nameKey(value);
      if (key === value) continue;
      if (move.run(key, value, row.event_id).changes === 0) drop.run(value, row.event_id);
    }
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('entity_keys', 'folded') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
  }

  /**
   * Before schema 16 events had no vulnerabilities: each event gets them from its stored articles that
   * name a CVE id (LIKE is case-blind: 'cve' finds every form), counted by the source groups the
   * articles were given when consolidated. Events whose articles name none get an empty list.
   */
  private addVulnerabilities(): void {
    const texts = new Map<string, { id: string; headline: string | null; body: string; group: string }[]>();
    const rows = this.db.prepare("SELECT id, event_id, copy_group, data FROM articles WHERE event_id IS NOT NULL AND data LIKE '%cve%' ORDER BY published_sort, id").all() as Row[];
    for (const row of rows) {
      const article = JSON.parse(String(row.data)) as Pick<Article, 'headline' | 'body'>;
      const list = texts.get(String(row.event_id)) ?? [];
      list.push({ id: String(row.id), headline: article.headline, body: article.body, group: String(row.copy_group) || String(row.id) });
      texts.set(String(row.event_id), list);
    }
    const updates: [string, string, string][] = [];
    this.eachStoredEvent((event) => {
      if (event.vulnerabilities) return;
      const articles = texts.get(event.id) ?? [];
      const groupOf = new Map(articles.map((a) => [a.id, a.group]));
      const updated = { ...event, vulnerabilities: vulnerabilitiesOf(articles, (id) => groupOf.get(id) ?? id) };
      // A record too old to summarise keeps its card (lists summarise it when read).
      let card = '';
      try {
        card = JSON.stringify(summarizeEvent(updated));
      } catch {
        // left as it was
      }
      updates.push([JSON.stringify(updated), card, event.id]);
    });
    const write = this.db.prepare('UPDATE events SET data = ?, card = ? WHERE id = ?');
    const writeData = this.db.prepare('UPDATE events SET data = ? WHERE id = ?');
    for (const [data, card, id] of updates) {
      if (card) write.run(data, card, id);
      else writeData.run(data, id);
    }
  }

  /**
   * Before schema 17 events had no organisations: each event gets them from its stored articles, read
   * one event at a time (a large store's articles do not fit in memory at once), counted by the source
   * groups the articles were given when consolidated.
   */
  private addOrganizations(): void {
    const members = this.db.prepare('SELECT id, copy_group, data, sentences, event_id FROM articles WHERE event_id = ? ORDER BY published_sort, id');
    const updates: [string, string][] = [];
    this.eachStoredEvent((event) => {
      if (event.organizations) return;
      const rows = members.all(event.id) as Row[];
      const groupOf = new Map(rows.map((r) => [String(r.id), String(r.copy_group) || String(r.id)]));
      let updated: NewsEvent;
      try {
        updated = { ...event, organizations: organizationsOf(rows.map(toArticle), (id) => groupOf.get(id) ?? id) };
      } catch {
        // Articles too old or damaged to read: the event lists none rather than stopping the upgrade.
        updated = { ...event, organizations: [] };
      }
      updates.push([JSON.stringify(updated), event.id]);
    });
    const write = this.db.prepare('UPDATE events SET data = ? WHERE id = ?');
    for (const [data, id] of updates) write.run(data, id);
  }

  /** Every stored event, read in pages: SQLite cannot write on a connection while one of its statements still reads. */
  private eachStoredEvent(visit: (event: NewsEvent) => void): void {
    const page = this.db.prepare('SELECT rowid, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT 500');
    for (let after = 0, rows = page.all(after) as Row[]; rows.length > 0; rows = page.all(after) as Row[]) {
      for (const row of rows) visit(JSON.parse(String(row.data)) as NewsEvent);
      after = Number(rows[rows.length - 1]!.rowid);
    }
  }

  /**
   * The values the event feed filters on, indexed (see queryEvents); names and aliases lower-cased.
   * Only the tags that changed are written: an event is rewritten with every
   * article it gains, and deleting and inserting all its rows dirtied pages across the whole index.
   */
  private writeTags(event: NewsEvent): void {
    const want = eventTags(event);
    const old = this.sql('SELECT kind, value, date FROM event_tags WHERE event_id = ?').all(event.id) as Row[];
    if (old.some((r) => r.date !== event.date)) this.sql('UPDATE event_tags SET date = ? WHERE event_id = ?').run(event.date, event.id);
    const remove = this.sql('DELETE FROM event_tags WHERE kind = ? AND value = ? AND event_id = ?');
    for (const row of old) {
      const key = `${String(row.kind)}\u0000${String(row.value)}`;
      if (want.has(key)) want.delete(key);
      else remove.run(row.kind, row.value, event.id);
    }
    const rows = [...want.values()];
    if (rows.length === 0) return;
    if (carriedByJson(rows.flat())) {
      // Kinds and values as two arrays paired by index: json_extract may fail, and a statement that may
      // fail part way opens a savepoint, at which FTS5 writes out the transaction's pending index (carriedByJson).
      this.sql('INSERT OR IGNORE INTO event_tags (kind, value, event_id, date) SELECT k.value, v.value, ?, ? FROM json_each(?) k JOIN json_each(?) v ON v.key = k.key').run(event.id, event.date, JSON.stringify(rows.map((r) => r[0])), JSON.stringify(rows.map((r) => r[1])));
      return;
    }
    const insert = this.sql('INSERT OR IGNORE INTO event_tags (kind, value, event_id, date) VALUES (?, ?, ?, ?)');
    for (const [kind, value] of rows) insert.run(kind, value, event.id, event.date);
  }

  /**
   * The event's candidate keys with its date range (`before`: its row as it was). As with tags, only
   * what changed is written; a new date range moves every key (the range is part of the key's order).
   */
  private writeKeys(eventId: string, keys: readonly string[], dateMin: string | null, dateMax: string | null, before: Row | undefined): void {
    const want = new Set(keys);
    const newMax = dateMax ?? '';
    const oldKeys = before?.key_list ? (JSON.parse(String(before.key_list)) as string[]) : [];
    const oldMax = before ? String(before.date_max ?? '') : '';
    const oldMin = before?.date_min === undefined || before.date_min === null ? null : String(before.date_min);
    const moved = before !== undefined && (oldMax !== newMax || oldMin !== dateMin);
    const remove = this.sql(`DELETE FROM ${keyTable(oldMin, oldMax || null)} WHERE key = ? AND date_max = ? AND event_id = ?`);
    for (const key of oldKeys) {
      if (!moved && want.has(key)) want.delete(key);
      else remove.run(key, oldMax, eventId);
    }
    if (want.size === 0) return;
    const table = keyTable(dateMin, dateMax);
    if (carriedByJson([...want])) {
      this.sql(`INSERT OR IGNORE INTO ${table} (key, date_max, event_id, date_min) SELECT value, ?, ?, ? FROM json_each(?)`).run(newMax, eventId, dateMin, JSON.stringify([...want]));
      return;
    }
    const insert = this.sql(`INSERT OR IGNORE INTO ${table} (key, date_max, event_id, date_min) VALUES (?, ?, ?, ?)`);
    for (const key of want) insert.run(key, newMax, eventId, dateMin);
  }

  /**
   * Before schema 19 every event's keys were in event_keys: those of events longer than
   * SHORT_EVENT_DAYS move to event_keys_long (a few in a hundred; found by the events' own columns).
   */
  private moveLongEventKeys(): void {
    const long = this.db.prepare('SELECT id, key_list, date_min, date_max FROM events WHERE key_list IS NOT NULL AND julianday(date_max) - julianday(date_min) > ?').all(SHORT_EVENT_DAYS - 1) as Row[];
    const copy = this.db.prepare('INSERT OR IGNORE INTO event_keys_long (key, date_max, event_id, date_min) SELECT key, date_max, event_id, date_min FROM event_keys WHERE key = ? AND date_max = ? AND event_id = ?');
    const remove = this.db.prepare('DELETE FROM event_keys WHERE key = ? AND date_max = ? AND event_id = ?');
    for (const row of long) {
      if (keyTable(String(row.date_min), String(row.date_max)) !== 'event_keys_long') continue;
      for (const key of JSON.parse(String(row.key_list)) as string[]) {
        copy.run(key, String(row.date_max), String(row.id));
        remove.run(key, String(row.date_max), String(row.id));
      }
    }
  }

  /** Every key row of an event about to be deleted. */
  private deleteKeys(eventId: string): void {
    const row = this.sql('SELECT key_list, date_min, date_max FROM events WHERE id = ?').get(eventId) as Row | undefined;
    if (!row?.key_list) return;
    const dateMin = row.date_min === null ? null : String(row.date_min);
    const dateMax = row.date_max === null ? null : String(row.date_max);
    const remove = this.sql(`DELETE FROM ${keyTable(dateMin, dateMax)} WHERE key = ? AND date_max = ? AND event_id = ?`);
    for (const key of JSON.parse(String(row.key_list)) as string[]) remove.run(key, dateMax ?? '', eventId);
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const row = this.sql('SELECT id FROM articles WHERE content_hash = ?').get(hash) as Row | undefined;
    return row ? String(row.id) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.sql('SELECT data, event_id, sentences FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  async listArticles(options: ListOptions = {}): Promise<Article[]> {
    const rows = (
      options.afterId === undefined
        ? this.sql('SELECT data, event_id, sentences FROM articles ORDER BY seq LIMIT ? OFFSET ?').all(options.limit ?? -1, options.offset ?? 0)
        : // An unknown id gives nothing after it (coalesce to past the end), never the whole table again.
          this.sql("SELECT data, event_id, sentences FROM articles WHERE seq > coalesce((SELECT seq FROM articles WHERE id = ?), 9e18) ORDER BY seq LIMIT ? OFFSET ?").all(options.afterId, options.limit ?? -1, options.offset ?? 0)
    ) as Row[];
    return rows.map(toArticle);
  }

  async articlesOfEvent(eventId: string, options: { sample?: number } = {}): Promise<Article[]> {
    if (options.sample === undefined) {
      const rows = this.sql('SELECT data, event_id, sentences FROM articles WHERE event_id = ? ORDER BY published_sort, id').all(eventId) as Row[];
      return rows.map(toArticle);
    }
    return this.sampleOfEvent(eventId, options.sample, 'data, event_id, sentences').map(toArticle);
  }

  /**
   * The first and latest `sample` articles of an event (half each), in publication order, with the
   * given columns: both ends are read through the (event_id, published_sort, id) index.
   */
  private sampleOfEvent(eventId: string, sample: number, columns: string): Row[] {
    return this.batched(() => this.readSample(eventId, sample, columns));
  }

  private readSample(eventId: string, sample: number, columns: string): Row[] {
    // Row numbers first, from the (event, publication) index alone; the columns (JSON made by SQLite,
    // for pages) only for the rows chosen, once each: an event no larger than the sample was read twice.
    const head = this.sql('SELECT seq FROM articles WHERE event_id = ? ORDER BY published_sort, id LIMIT ?').pluck().all(eventId, sample + 1) as number[];
    let chosen = head;
    if (head.length > sample) {
      const first = Math.ceil(sample / 2);
      const tail = this.sql('SELECT seq FROM articles WHERE event_id = ? ORDER BY published_sort DESC, id DESC LIMIT ?').pluck().all(eventId, sample - first) as number[];
      chosen = [...head.slice(0, first), ...tail.reverse()];
    }
    const read = this.sql(`SELECT seq, ${columns} FROM articles WHERE seq = ?`);
    return chosen.map((seq) => read.get(seq) as Row);
  }

  async eventPage(id: string, sample: number): Promise<EventPageParts | null> {
    await this.builds.settle();
    const row = this.sql('SELECT data, passages FROM events WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    // The articles as the API shows them: the stored JSON (no sentence offsets, no event id) with the
    // event id from its column put in front, so none is parsed or rewritten.
    const articles = this.sampleOfEvent(id, sample, 'id, event_id, data').map((r) => ({ id: String(r.id), json: withEventId(String(r.data), r.event_id) }));
    return { event: String(row.data), articles, passages: typeof row.passages === 'string' ? (JSON.parse(row.passages) as SharedPassage[]) : null };
  }

  async eventMembers(eventId: string): Promise<EventMember[]> {
    const rows = this.sql('SELECT id, published_at, outlet_key, copy_group, published_sort FROM articles WHERE event_id = ? ORDER BY published_sort, id').raw().all(eventId) as [string, string | null, string, string, string][];
    return rows.map(([id, publishedAt, outletKey, copyGroup, sortKey]) => ({ id, publishedAt, outletKey, copyGroup, sortKey }));
  }

  async sourceArticles(eventIds: readonly string[]): Promise<Map<string, SourceArticle[]>> {
    await this.builds.settle();
    const read = this.sql(`SELECT ${ARTICLE_SUMMARY_COLUMNS} FROM articles x WHERE x.event_id = ? ORDER BY x.published_sort, x.id`);
    return this.snapshot(() => new Map(eventIds.map((id) => [id, (read.all(id) as Row[]).map((row) => toSourceArticle(JSON.parse(articleSummaryText(row)) as ArticleSummary))])));
  }

  async getEvent(id: string): Promise<NewsEvent | null> {
    await this.builds.settle();
    const row = this.sql('SELECT data FROM events WHERE id = ?').get(id) as Row | undefined;
    return row ? (JSON.parse(String(row.data)) as NewsEvent) : null;
  }

  async eventPassages(id: string): Promise<SharedPassage[] | null> {
    await this.builds.settle();
    const text = this.sql('SELECT passages FROM events WHERE id = ?').pluck().get(id) as string | null | undefined;
    return typeof text === 'string' ? (JSON.parse(text) as SharedPassage[]) : null;
  }

  async survivorOf(id: string): Promise<string | null> {
    const row = this.sql('SELECT into_id FROM event_merges WHERE merged_id = ?').get(id) as Row | undefined;
    return row ? String(row.into_id) : null;
  }

  async eventRedirects(): Promise<EventRedirect[]> {
    const rows = this.sql('SELECT merged_id, into_id FROM event_merges ORDER BY merged_id').raw().all() as [string, string][];
    return rows.map(([from, to]) => ({ from, to }));
  }

  async addRedirects(redirects: readonly EventRedirect[], at: string): Promise<number> {
    await this.flushAll();
    const isEvent = this.sql('SELECT 1 FROM events WHERE id = ?').pluck();
    const record = this.sql('INSERT OR REPLACE INTO event_merges (merged_id, into_id, merged_at) VALUES (?, ?, ?)');
    const added = this.db.transaction((): number => {
      let n = 0;
      for (const { from, to } of redirects) {
        if (from === to || isEvent.get(from) !== undefined || isEvent.get(to) === undefined) continue;
        record.run(from, to, at);
        n++;
      }
      return n;
    }).immediate();
    this.commits++;
    return added;
  }

  async eventHistory(id: string): Promise<EventChange[]> {
    const merges = this.sql('SELECT merged_id, merged_at FROM event_merges WHERE into_id = ?').all(id) as Row[];
    const splits = this.sql('SELECT from_id, to_id, split_at, moved FROM event_splits WHERE from_id = ? OR to_id = ?').all(id, id) as Row[];
    const changes: EventChange[] = [
      ...merges.map((r): EventChange => ({ kind: 'merged-in', eventId: String(r.merged_id), at: String(r.merged_at) })),
      ...splits.map((r): EventChange => {
        const off = String(r.from_id) === id;
        return { kind: off ? 'split-off' : 'split-from', eventId: String(off ? r.to_id : r.from_id), at: String(r.split_at), articles: Number(r.moved) };
      }),
    ];
    return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.eventId < b.eventId ? -1 : 1));
  }

  async listEvents(options: ListOptions = {}): Promise<NewsEvent[]> {
    await this.builds.settle();
    const rows = this.sql('SELECT data FROM events ORDER BY date DESC, id LIMIT ? OFFSET ?').all(options.limit ?? -1, options.offset ?? 0) as Row[];
    return rows.map((r) => JSON.parse(String(r.data)) as NewsEvent);
  }

  async eventsByDatePrefix(prefix: string, limit: number): Promise<EventHeadline[]> {
    await this.builds.settle();
    this.writeEventText();
    // A range, not LIKE: LIKE cannot use the date index, so the scan walked every later event (a cost
    // that grew with the store). Dates are ASCII, so every date starting with the prefix sorts below prefix + U+FFFF.
    // Title and summary from the search index's columns by rowid, not by parsing each event's JSON:
    // a month of a large store has hundreds of events (2,000 read in 6 to 9 ms on bench:api's store).
    // From the index's content table (c1, c2: title, summary), not through FTS5, which reads every
    // column of a row (an event's facts run to 100,000 characters): 2,000 in 17 ms that way, 8 ms this.
    const rows = this
      .sql('SELECT e.id AS id, e.date AS date, f.c1 AS title, f.c2 AS summary, e.answers AS answers FROM events e JOIN event_fts_content f ON f.id = e.rowid WHERE e.date >= ? AND e.date < ? ORDER BY e.date DESC, e.id LIMIT ?')
      .all(prefix, `${prefix}\uffff`, limit) as Row[];
    return rows.map((r) => ({ id: String(r.id), date: String(r.date), title: String(r.title ?? ''), summary: String(r.summary ?? ''), answers: String(r.answers ?? '') }));
  }

  async eventsAwaitingEarlier(keys: readonly string[], limit: number): Promise<NewsEvent[]> {
    await this.builds.settle();
    if (keys.length === 0) return [];
    // The keys as one JSON array: one prepared statement whatever their number (a statement per count
    // of keys was prepared anew on most calls). Those sharing the most keys first, then the newest: in a
    // large store a common key ("2024 shoot") is waited on by more events than the limit, and taken in
    // the index's order the same first ones would fill it at every write, hiding the rest for good.
    // Each key's latest AWAITING_PER_KEY only (a key's waiting events grow with the store): those dated
    // after the day of the key's next one, read as a range of its (kind, value, date) index. Undated
    // ones only while the key has no more than that many. CROSS JOIN keeps the keys the outer loop (the
    // planner otherwise walks every waiting tag and runs the cut-off subquery for each).
    // Most keys are waited on by no event: one look each finds those that are, and the query below
    // (three looks a key) reads only them, or is not run at all.
    const waitedOn = this.sql('SELECT DISTINCT value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM event_tags t WHERE t.kind = ? AND t.value = j.value)').pluck().all(JSON.stringify(keys), AWAITING_TAG) as string[];
    if (waitedOn.length === 0) return [];
    const cut = `(SELECT coalesce(s.date, '') FROM event_tags s WHERE s.kind = @kind AND s.value = j.value ORDER BY s.date DESC, s.event_id LIMIT 1 OFFSET ${AWAITING_PER_KEY})`;
    const rows = this
      .sql(
        `WITH j AS (SELECT DISTINCT value FROM json_each(@keys))
        SELECT e.data AS data FROM (SELECT id, count(*) AS shared, max(date) AS date FROM (
            SELECT t.event_id AS id, t.date AS date FROM j CROSS JOIN event_tags t ON t.kind = @kind AND t.value = j.value AND t.date > coalesce(${cut}, '')
            UNION ALL
            SELECT t.event_id, t.date FROM j CROSS JOIN event_tags t ON t.kind = @kind AND t.value = j.value AND t.date IS NULL WHERE ${cut} IS NULL)
          GROUP BY id ORDER BY shared DESC, date DESC, id LIMIT @limit) m
        JOIN events e ON e.id = m.id ORDER BY m.shared DESC, m.date DESC, m.id`,
      )
      .all({ kind: AWAITING_TAG, keys: JSON.stringify(waitedOn), limit }) as Row[];
    return rows.map((row) => JSON.parse(String(row.data)) as NewsEvent);
  }

  async eventsToRelink(limit: number): Promise<NewsEvent[]> {
    await this.builds.settle();
    const after = this.sql("SELECT value FROM meta WHERE key = 'relink_after'").pluck().get() as string | undefined;
    if (after === undefined) return [];
    const rows = this.sql('SELECT data FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?').all(Number(after), limit) as Row[];
    // Every event has looked: the upgrade's work is done.
    if (rows.length === 0) this.sql("DELETE FROM meta WHERE key = 'relink_after'").run();
    return rows.map((row) => JSON.parse(String(row.data)) as NewsEvent);
  }

  async relinked(looked: string, events: readonly NewsEvent[]): Promise<void> {
    await this.flushAll();
    this.db.transaction(() => {
      for (const event of events) this.writeLinks(event);
      // The cursor only moves on: an event deleted or merged away since it was read is passed over.
      this.sql("UPDATE meta SET value = max(CAST(value AS INTEGER), coalesce((SELECT rowid FROM events WHERE id = ?), 0)) WHERE key = 'relink_after'").run(looked);
    }).immediate();
    this.commits++;
  }

  async candidateEvents(query: CandidateQuery): Promise<CandidateEvent[]> {
    if (query.keys.length === 0) return [];
    return this.batched(() => this.readCandidates(query));
  }

  private readCandidates(query: CandidateQuery): CandidateEvent[] {
    const placeholders = query.keys.map(() => '?').join(',');
    // Keys carry their event's date range and are indexed by (key, date_max): a windowed lookup reads
    // the keys of events that end inside or after the window, not every event that ever shared a word.
    // Events with no date at all stay candidates (second branch), at most UNDATED_CANDIDATES_PER_KEY of
    // each key: those up to the key's that-many-th by event id, a range of its index.
    const shared = new Map<string, number>();
    const tally = (rows: Row[]): void => {
      for (const r of rows) shared.set(String(r.event_id), (shared.get(String(r.event_id)) ?? 0) + Number(r.n));
    };
    this.syncCaches();
    // Long events' keys are read only when some event has run longer than a month.
    const tables = this.longestEventDays > SHORT_EVENT_DAYS ? (['event_keys', 'event_keys_long'] as const) : (['event_keys'] as const);
    if (query.date) {
      const from = shiftDays(query.date, -query.windowDays);
      const to = shiftDays(query.date, query.windowDays);
      for (const table of tables) {
        // An event that overlaps the window ends no later than its table's longest span after the
        // window's end: without that bound an old article (a backfill) read every later event of its keys.
        const longest = table === 'event_keys' ? SHORT_EVENT_DAYS : this.longestEventDays;
        const endsBefore = Number.isFinite(longest) ? shiftDays(to, longest + 1) : '\uffff';
        tally(this.sql(`SELECT event_id, count(*) AS n FROM ${table} WHERE key IN (${placeholders}) AND date_max >= ? AND date_max < ? AND date_min <= ? GROUP BY event_id`).all(...query.keys, from, endsBefore, to) as Row[]);
      }
      // Undated events have no span: their keys are all in event_keys.
      tally(
        this.sql(
          `SELECT k.event_id AS event_id, count(*) AS n FROM (SELECT DISTINCT value FROM json_each(?)) j CROSS JOIN event_keys k ON k.key = j.value AND k.date_max = ''
            AND k.event_id <= coalesce((SELECT u.event_id FROM event_keys u WHERE u.key = j.value AND u.date_max = '' ORDER BY u.event_id LIMIT 1 OFFSET ${UNDATED_CANDIDATES_PER_KEY - 1}), '\uffff')
          GROUP BY k.event_id`,
        ).all(JSON.stringify(query.keys)) as Row[],
      );
    } else if (query.latestPerKey !== undefined) {
      // Walks each table's (key, date_max) index backwards from the latest event, then keeps the latest
      // latestPerKey of both: at most twice that many rows read a key.
      const n = query.latestPerKey;
      const since = query.startedSince;
      // An event that began on or after the day also ends on or after it: the bound on date_max keeps
      // the walk to the index's recent part (a filter on date_min alone read every row of the key).
      // Undated events (date_max '') are read apart.
      const latest = tables.map((table) =>
        since
          ? this.sql(`SELECT event_id, date_max FROM ${table} WHERE key = ? AND date_max >= ? AND (date_min IS NULL OR date_min = '' OR date_min >= ?) ORDER BY date_max DESC LIMIT ?`)
          : this.sql(`SELECT event_id, date_max FROM ${table} WHERE key = ? ORDER BY date_max DESC LIMIT ?`),
      );
      const undated = this.sql("SELECT event_id, 1 AS n FROM event_keys WHERE key = ? AND date_max = '' LIMIT ?");
      for (const key of new Set(query.keys)) {
        const rows = latest.flatMap((statement) => (since ? statement.all(key, since, since, n) : statement.all(key, n)) as Row[]);
        if (tables.length > 1) rows.sort(latestFirst);
        tally(rows.slice(0, n).map((r) => ({ event_id: r.event_id, n: 1 })));
        if (since) tally(undated.all(key, n) as Row[]);
      }
    } else {
      for (const table of tables) tally(this.sql(`SELECT event_id, count(*) AS n FROM ${table} WHERE key IN (${placeholders}) GROUP BY event_id`).all(...query.keys) as Row[]);
    }
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, query.limit);
    const read = this.sql('SELECT profile FROM events WHERE id = ?').pluck();
    return best.map(([eventId]) => ({ eventId, profile: this.profiles.get(eventId) ?? this.profiles.set(eventId, JSON.parse(String(read.get(eventId))) as EventProfile) }));
  }

  async termStats(terms: readonly string[]): Promise<{ documents: number; df: Map<string, number> }> {
    const stats = this.batched(() => this.readTermStats(terms));
    const building = this.builds.current();
    return building ? this.countsBefore(stats, building) : stats;
  }

  /** Document frequencies as a put-off build's commit found them: its own article's words not yet counted. */
  private countsBefore(stats: { documents: number; df: Map<string, number> }, building: HeldBuild): { documents: number; df: Map<string, number> } {
    if (building.seq === null) return stats;
    for (const term of building.counted) {
      const n = stats.df.get(term);
      if (n === undefined) continue;
      if (n > 1) stats.df.set(term, n - 1);
      else stats.df.delete(term);
    }
    // The highest row number before the article's (a rolled-back group leaves gaps in the numbers).
    const documents = Number(this.sql('SELECT coalesce(max(seq), 0) FROM articles WHERE seq < ?').pluck().get(building.seq));
    return { documents, df: stats.df };
  }

  private readTermStats(terms: readonly string[]): { documents: number; df: Map<string, number> } {
    // The highest row number, not count(*): articles are never deleted, and count(*) walks the whole
    // table on every arriving article (the cost would grow with the store).
    const documents = Number((this.sql('SELECT coalesce(max(seq), 0) AS n FROM articles').get() as Row).n);
    this.syncCaches();
    const df = new Map<string, number>();
    const select = this.sql('SELECT df FROM term_df WHERE term = ?').pluck();
    for (const term of terms) {
      let n = this.df.get(term);
      if (n === undefined) {
        // Counts the open transaction has not yet written are added (term-count-queue.ts).
        n = Number(select.get(term) ?? 0) + this.termCounts.pending(term);
        this.df.set(term, n);
      }
      if (n > 0) df.set(term, n);
    }
    return { documents, df };
  }

  /** Another connection's commit may have changed anything: the caches start again. */
  private syncCaches(): void {
    const version = this.sql('PRAGMA data_version').pluck().get();
    if (version === this.cachesVersion) return;
    this.profiles.clear();
    this.df.clear();
    this.readLongestEventDays();
    this.cachesVersion = version;
  }

  private readLongestEventDays(): void {
    const value = this.sql(`SELECT value FROM meta WHERE key = '${LONGEST_EVENT_DAYS}'`).pluck().get() as string | undefined;
    this.longestEventDays = value === undefined ? Number.POSITIVE_INFINITY : Number(value);
  }

  /** A SQLite store is written by one pipeline, one article at a time (docs/postgres.md: several writers are PostgreSQL's), so nothing to hold. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async commit(change: Commit): Promise<void> {
    const eventId = change.event?.id ?? change.deferred?.eventId;
    if (eventId === undefined) throw new Error(`article ${change.article.id}: a commit needs its event or its put-off build`);
    // A build held back is run before anything else is written, unless this commit rebuilds (or puts
    // off again) the same event: its record would be overwritten unread.
    while (!this.builds.settled && this.builds.heldFor !== eventId) await this.builds.settle();
    const group = this.group;
    if (change.deferred && !group) {
      // Each commit its own transaction: nothing may wait for a later write, so the build is run now,
      // before the commit's article is counted, and written with it.
      const built = await change.deferred.build();
      this.transact(() => this.applyCommitWith(change, built));
      return;
    }
    const supersedes = this.builds.heldFor !== null;
    this.transact(() => (group ? group.add(change) : this.applyCommit(change)));
    if (supersedes) this.builds.drop();
    if (change.deferred) this.builds.hold({ build: change.deferred, counted: this.lastCounted.terms, seq: this.lastCounted.seq });
    if (group?.due) await this.flushAll();
  }

  async commitWithoutEvent(change: EventlessCommit): Promise<void> {
    if (change.article.eventId !== null) throw new Error(`article ${change.article.id}: a commit without an event is for an article with no event id`);
    // As a commit of another event: a build held back is written first (its term counts are of the store before this article).
    while (!this.builds.settled) await this.builds.settle();
    const group = this.group;
    this.transact(() => (group ? group.add({ eventless: change }) : this.applyEventless(change)));
    if (group?.due) await this.flushAll();
  }

  groupCommits(windowMs: number): number {
    // Called with no time to build (an interrupted batch): a commit whose build is still put off is
    // taken back whole, and the rest of the group committed.
    const takenBack = this.builds.abandon() ? (this.group?.withdrawOpenChain() ?? 0) : 0;
    this.flushGroup();
    this.group = windowMs > 0 ? new CommitGroup(this.groupWrites(), windowMs, undefined, this.groupSettling()) : null;
    return takenBack;
  }

  async flush(): Promise<void> {
    await this.flushAll();
  }

  /** The put-off build run and written, then the open group committed (with nothing put off, in the same turn). */
  private async flushAll(): Promise<void> {
    while (!this.builds.settled) await this.builds.settle();
    this.flushGroup();
  }

  /**
   * Commits an open group of commits: every other write is a transaction of its own, after the group's.
   * Also throws what a commit of the group's timer failed with (it had no caller to throw to).
   */
  private flushGroup(): void {
    if (this.group && this.db.open) this.group.flush();
  }

  /**
   * A group waits for the put-off build before it commits; a commit whose build is put off is
   * incomplete until its event's record is written (by its build, or by the next commit of the same
   * event, which dropped that build), so the two are written in one transaction if the group's fails.
   */
  private groupSettling(): GroupSettling<GroupChange> {
    return {
      settle: () => this.builds.settle(),
      settled: () => this.builds.settled,
      awaitsLater: (change) => !('rewrite' in change) && !('eventless' in change) && change.event === undefined,
    };
  }

  private groupWrites(): GroupWrites<GroupChange> {
    const begin = this.db.prepare('BEGIN IMMEDIATE');
    const commit = this.db.prepare('COMMIT');
    const rollback = this.db.prepare('ROLLBACK');
    return {
      begin: () => void begin.run(),
      // A change mark of its own: what another connection (a search thread) answered before it is out of date.
      commit: () => {
        this.writeEventText();
        this.termCounts.write();
        commit.run();
        this.commits++;
      },
      rollback: () => void rollback.run(),
      inTransaction: () => this.db.inTransaction,
      write: (change: GroupChange) => ('rewrite' in change ? this.writeRewrite(change.rewrite) : 'eventless' in change ? this.writeEventless(change.eventless) : this.write(change)),
      // Rolled back: the caches may hold what was never committed. Emptied, they are read again.
      forget: () => {
        this.eventText.clear();
        this.termCounts.clear();
        this.profiles.clear();
        this.df.clear();
        this.readLongestEventDays();
      },
    };
  }

  async splitEvent(change: EventSplit): Promise<void> {
    await this.flushAll();
    const kept = this.sql('SELECT 1 FROM events WHERE id = ?').get(change.event.id);
    if (!kept) throw new Error(`cannot split event ${change.event.id}: no such event`);
    this.transact(() => this.applySplit(change));
  }

  /** Runs one write transaction; the caches take its changes only once it has committed. */
  private transact(apply: () => void): void {
    this.pendingProfiles = [];
    this.pendingTerms = [];
    try {
      apply();
      for (const [id, profile] of this.pendingProfiles) {
        if (profile) this.profiles.set(id, profile);
        else this.profiles.delete(id);
      }
      for (const term of this.pendingTerms) {
        const n = this.df.peek(term);
        if (n !== undefined) this.df.set(term, n + 1);
      }
    } finally {
      this.pendingProfiles = [];
      this.pendingTerms = [];
      // Counted even when the commit fails: a mark may change without a change, never the reverse.
      this.commits++;
    }
  }

  async changeMark(): Promise<string> {
    await this.builds.settle();
    return this.mark();
  }

  private mark(): string {
    // data_version moves when another connection commits; this connection's own commits are counted.
    return `${String(this.sql('PRAGMA data_version').pluck().get())}.${this.commits}`;
  }

  private write(change: Commit): void {
    const { article, event, profile, mergedEventIds } = change;
    const eventId = event?.id ?? change.deferred?.eventId;
    if (eventId === undefined) throw new Error(`article ${article.id}: a commit needs its event or its put-off build`);
    // A put-off build is for an event joined with nothing else changed (consolidate/index.ts).
    if (!event && (mergedEventIds.length > 0 || change.splitOff || change.relinked?.length)) throw new Error(`event ${eventId}: a merge, a split or relinked events cannot wait for a put-off build`);
    this.lastCounted = { terms: new Set(), seq: null };
    for (const merged of mergedEventIds) {
      if (!event || merged === event.id) continue;
      this.sql('UPDATE articles SET event_id = ? WHERE event_id = ?').run(event.id, merged);
      // The merge is recorded so the old id still leads somewhere; earlier merges into it now lead here.
      this.sql('UPDATE event_merges SET into_id = ? WHERE into_id = ?').run(event.id, merged);
      this.sql('INSERT OR REPLACE INTO event_merges (merged_id, into_id, merged_at) VALUES (?, ?, ?)').run(merged, event.id, event.updatedAt);
      this.deleteEventText(merged);
      this.deleteKeys(merged);
      this.sql('DELETE FROM events WHERE id = ?').run(merged);
      this.sql('DELETE FROM event_tags WHERE event_id = ?').run(merged);
      this.pendingProfiles.push([merged, null]);
    }
    this.writeArticle(article, eventId, change.outletKey, change.copyGroup, change.articleTerms);
    if (!event) {
      this.writeProfile(eventId, profile, change.keys);
      return;
    }
    this.writeEvent(event, profile, change.keys, change.passages);
    if (change.splitOff) this.writeSplitOff(event.id, change.splitOff);
    for (const other of change.relinked ?? []) this.writeLinks(other);
  }

  /** An article without an event: its rows alone, in its own independent-source group. */
  private writeEventless(change: EventlessCommit): void {
    this.lastCounted = { terms: new Set(), seq: null };
    this.writeArticle(change.article, null, change.outletKey, change.article.id, change.articleTerms);
  }

  /** The article's row and search row, and its terms counted, unless it is stored already. */
  private writeArticle(article: Article, eventId: string | null, outletKey: string, copyGroup: string, articleTerms: readonly string[]): void {
    const inserted = this
      .sql('INSERT OR IGNORE INTO articles (id, content_hash, event_id, published_at, published_sort, outlet_key, copy_group, card, data, sentences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(article.id, article.contentHash, article.eventId ?? eventId, article.publishedAt, utcSortKey(article.publishedAt), outletKey, copyGroup, articleCard(article), articleData(article), JSON.stringify(article.sentences));
    if (inserted.changes === 1) {
      // The search row takes the article's sequence as its rowid, so a hit finds its article by the
      // table's own key (see articleHits); rows written before this may differ, and are found by id.
      this.sql('INSERT INTO article_fts (rowid, article_id, headline, body) VALUES (?, ?, ?, ?)').run(inserted.lastInsertRowid, article.id, article.headline ?? '', article.body);
      // Queued and written before the transaction commits, a statement a term: an upsert of several
      // rows opens a statement journal, whose savepoint makes FTS5 write out what the transaction has
      // indexed so far as a segment of its own (more segments, and a search index other than one
      // statement a row makes).
      const terms = new Set(articleTerms);
      for (const term of terms) {
        this.termCounts.count(term);
        this.pendingTerms.push(term);
      }
      this.lastCounted = { terms, seq: Number(inserted.lastInsertRowid) };
    }
  }

  /** What a put-off build writes: the event's record (with its profile and keys again) and the events it relinked. */
  private writeRewrite(rewrite: EventRewrite): void {
    this.writeEvent(rewrite.event, rewrite.profile, rewrite.keys, rewrite.passages);
    for (const other of rewrite.relinked ?? []) this.writeLinks(other);
  }

  /**
   * A commit whose event's build is put off: the event's profile, date range and candidate keys, what
   * clustering the next article reads, as writeEvent writes them; the record's own columns, tags and
   * search row stay as they were until the build is written.
   */
  private writeProfile(eventId: string, profile: EventProfile, keys: readonly string[]): void {
    const dates = [...profile.dates].sort();
    const before = this.sql('SELECT key_list, date_min, date_max FROM events WHERE id = ?').get(eventId) as Row | undefined;
    if (!before) throw new Error(`cannot put off the build of event ${eventId}: no such event`);
    this.pendingProfiles.push([eventId, profile]);
    this.sql('UPDATE events SET date_min = ?, date_max = ?, profile = ?, key_list = ? WHERE id = ?').run(dates[0] ?? null, dates[dates.length - 1] ?? null, JSON.stringify(profile), JSON.stringify([...new Set(keys)]), eventId);
    this.writeKeys(eventId, keys, dates[0] ?? null, dates[dates.length - 1] ?? null, before);
    this.noteSpan(dates);
  }

  /** The longest event's span in days, raised by an event's dates (LONGEST_EVENT_DAYS). */
  private noteSpan(dates: readonly string[]): void {
    const span = eventSpanDays(dates[0] ?? null, dates[dates.length - 1] ?? null);
    if (span > this.longestEventDays) {
      this.sql(`UPDATE meta SET value = max(CAST(value AS INTEGER), CAST(? AS INTEGER)) WHERE key = '${LONGEST_EVENT_DAYS}'`).run(String(span));
      this.longestEventDays = span;
    }
  }

  /** An event whose record changed only in its links to earlier events: its row and tags (its keys and search row stay). */
  private writeLinks(event: NewsEvent): void {
    const written = this.sql('UPDATE events SET updated_at = ?, card = ?, data = ? WHERE id = ?').run(event.updatedAt, JSON.stringify(summarizeEvent(event)), JSON.stringify(event), event.id);
    if (written.changes === 1) this.writeTags(event);
  }

  private writeSplitOff(keptId: string, splitOff: SplitOff): void {
    const { event: other, profile: otherProfile, keys, articleIds, passages } = splitOff;
    // A new event, never one that is there: writing over a live event would leave its articles pointing at another story.
    if (other.id === keptId || this.sql('SELECT 1 FROM events WHERE id = ?').get(other.id)) throw new Error(`a split of event ${keptId} must make a new event, and ${other.id} is already an event`);
    // An id once merged away and now made again is an event of its own: it no longer leads elsewhere.
    this.sql('DELETE FROM event_merges WHERE merged_id = ?').run(other.id);
    this.writeEvent(other, otherProfile, keys, passages);
    this.sql('INSERT OR REPLACE INTO event_splits (from_id, to_id, split_at, moved) VALUES (?, ?, ?, ?)').run(keptId, other.id, other.updatedAt, other.articles.length);
    const move = this.sql('UPDATE articles SET event_id = ? WHERE id = ?');
    for (const id of articleIds) move.run(other.id, id);
  }

  /** An event's row, filter tags, candidate keys (with its date range) and search row. */
  private writeEvent(event: NewsEvent, profile: EventProfile, keys: readonly string[], passages: readonly SharedPassage[] | undefined): void {
    const dates = [...profile.dates].sort();
    this.pendingProfiles.push([event.id, profile]);
    const before = this.sql('SELECT key_list, date_min, date_max FROM events WHERE id = ?').get(event.id) as Row | undefined;
    this.sql(
      `INSERT INTO events (id, date, date_min, date_max, updated_at, outlets, article_count, card, data, profile, passages, key_list, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET date = excluded.date, date_min = excluded.date_min, date_max = excluded.date_max, updated_at = excluded.updated_at,
       outlets = excluded.outlets, article_count = excluded.article_count, card = excluded.card, data = excluded.data, profile = excluded.profile, passages = excluded.passages,
       key_list = excluded.key_list, answers = excluded.answers`,
    ).run(event.id, event.date, dates[0] ?? null, dates[dates.length - 1] ?? null, event.updatedAt, event.outlets, event.articles.length, JSON.stringify(summarizeEvent(event)), JSON.stringify(event), JSON.stringify(profile), passages ? JSON.stringify(passages) : null, JSON.stringify([...new Set(keys)]), answerWords(event));
    this.writeTags(event);
    this.writeKeys(event.id, keys, dates[0] ?? null, dates[dates.length - 1] ?? null, before);
    this.noteSpan(dates);
    this.putEventText(event);
  }

  /**
   * The event's search row shares the event's rowid, so replacing it is a lookup by key; a DELETE on
   * an FTS5 column would read every row of the table (a cost that grows with the store). Queued, and
   * written with the transaction's others in rowid order (event-text-queue.ts).
   */
  private deleteEventText(eventId: string): void {
    const rowid = this.sql('SELECT rowid FROM events WHERE id = ?').pluck().get(eventId) as number | bigint | undefined;
    if (rowid !== undefined) this.eventText.delete(Number(rowid));
  }

  /**
   * The event's row (written just before) and its search row, queued by the event's rowid. Written by
   * VALUES, not INSERT ... SELECT: a statement that may write several rows opens a statement journal,
   * at whose savepoint FTS5 writes out what the transaction has indexed as a segment of its own
   * (replaying 1,000 GVA pages' commits, 1,585 event index segments against 1,228, the forty-sixth session).
   */
  private putEventText(event: NewsEvent, text = eventSearchText(event)): void {
    const rowid = this.sql('SELECT rowid FROM events WHERE id = ?').pluck().get(event.id) as number | bigint | undefined;
    if (rowid !== undefined) this.eventText.put(Number(rowid), [event.id, ...text]);
  }

  /** The queued search rows written, before a read of event_fts or a commit; a change of its own to the change mark. */
  private writeEventText(): void {
    if (this.eventText.write()) this.commits++;
  }

  /** A transaction of its own that queues search rows: what it queued is dropped if it fails (rolled back). */
  private queueing(apply: () => void): void {
    try {
      apply();
    } catch (error) {
      this.eventText.clear();
      this.termCounts.clear();
      throw error;
    }
  }

  /**
   * Reads that must see one state of the database: a search ranks, then reads its hits' rows, and on a
   * connection of its own (a search thread) another connection may commit in between.
   */
  private snapshot<T>(read: () => T): T {
    return this.db.inTransaction ? read() : this.db.transaction(read)();
  }

  /**
   * Many small reads in one read transaction: a statement run alone begins and ends a read transaction
   * of its own (the database's and its WAL index's locks taken and let go), about 5 µs a statement on
   * this machine against 1 µs inside one, and the lookups of one arriving article ran some 35 (its
   * terms' counts, its candidate keys, its event's sample).
   */
  private batched<T>(read: () => T): T {
    return this.db.inTransaction ? read() : (this.readTransaction(read) as T);
  }

  /**
   * The best hits are chosen on the search index alone, then only those rows are read: joining first
   * would read every matching row's JSON before the sort (seven times slower on a store of 100,000
   * articles). SQLite's own sorter over bm25() keeps the page's rows as it goes; FTS5's ORDER BY rank
   * gave the same order on the bench's 100 queries at 2.3 times the cost. The page's rows are then read
   * in one statement, what the hit shows (`item`, of the row `join` adds as `x`) with the short columns
   * (one statement cost 35% less than a few per hit); snippets are made for the page's hits alone, from
   * their indexed text (see snippet.ts for why not with snippet()).
   */
  private topHits(table: 'event_fts' | 'article_fts', text: { short: string; long: string; weights: string }, query: SearchQuery, options: ListOptions, item: { join: string; fallbackJoin?: string; columns: string }): { rank: number; snippet: Snippet; row: Row }[] {
    this.writeEventText();
    const ranked = this.ranked((stock) => {
      const rank = this.rankExpression(table, text.weights, query.words, stock);
      if (!query.names) {
        return this.sql(`SELECT rowid, ${rank.sql} AS rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?`).raw().all(...rank.params, query.match, options.limit ?? 50, options.offset ?? 0) as [number, number][];
      }
      // Name words: ranked on the index alone, then the texts read in rank order up to the page's last hit.
      const all = this.sql(`SELECT rowid, ${rank.sql} AS rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank, rowid DESC`).raw().iterate(...rank.params, query.match) as IterableIterator<[number, number]>;
      return firstHoldingNames(all, (rows) => this.holdingNames(table, text, query.names!, rows.map(([rowid]) => rowid)), options.limit ?? 50, options.offset ?? 0);
    });
    if (ranked.length === 0) return [];
    // The indexed text is read from the index's own content table (column cN is the table's Nth column,
    // the id first), not through the index: a row read through FTS5 brings every column of it along,
    // and a 100,000-character body cost 0.45 ms to read that way against 0.1 ms from the table.
    const content = `${table}_content`;
    const shortNames = text.short.split(', ');
    const longNames = text.long.split(', ');
    const split = shortNames.length;
    // The page's rowids as one JSON array: one statement whatever the page's size.
    const read = (join: string, rowids: number[]): Row[] => this.sql(`SELECT f.id AS rowid, ${shortNames.map((_, i) => `f.c${1 + i} AS s${i}`).join(', ')}, ${item.columns} FROM json_each(?) j JOIN ${content} f ON f.id = j.value ${join}`).all(JSON.stringify(rowids)) as Row[];
    const page = read(item.join, ranked.map(([rowid]) => rowid));
    if (item.fallbackJoin && page.length < ranked.length) {
      const found = new Set(page.map((row) => Number(row.rowid)));
      page.push(...read(item.fallbackJoin, ranked.map(([rowid]) => rowid).filter((rowid) => !found.has(rowid))));
    }
    const byRowid = new Map(page.map((row) => [Number(row.rowid), row]));
    // The long columns (an event's facts, up to 100,000 characters; an article's body) only when the
    // short ones lack a window with every query word, and then their first part.
    // substr() counts a text's characters to cut it, which cost more than reading a short one whole:
    // a value of at most SNIPPET_PREFIX bytes (nearly all: a body is 1,600 characters on average) is
    // its own first part. 20% less time for these reads on the bench's searches.
    const long = this.sql(`SELECT ${longNames.map((_, i) => `CASE WHEN octet_length(c${1 + split + i}) > ${SNIPPET_PREFIX} THEN substr(c${1 + split + i}, 1, ${SNIPPET_PREFIX}) ELSE c${1 + split + i} END`).join(', ')} FROM ${content} WHERE id = ?`).raw();
    const from = (i: number, rowid: number): LongColumnPart => this.longColumnPart(table, 1 + i, rowid, query);
    return ranked.flatMap(([rowid, rank]) => {
      const row = byRowid.get(rowid);
      if (!row) return [];
      let rest: unknown[] | undefined;
      const lazy = { length: split + longNames.length, get: (i: number, whole = false): string | LongColumnPart => {
        if (whole && i >= split) return from(i, rowid);
        const value = i < split ? row[`s${i}`] : (rest ??= (long.get(rowid) as unknown[] | undefined) ?? [])[i - split];
        return typeof value === 'string' ? value : '';
      } };
      return [{ rank, row, snippet: makeSnippet(lazy, query.matcher, SNIPPET_TOKENS) }];
    });
  }

  /** The query's possible name words the store has as people's names (person-named.ts): a lookup each, few queries have one. */
  private readonly people = (parsed: ParsedQuery): ReadonlySet<string> => {
    const candidates = nameCandidates(parsed);
    if (candidates.length === 0) return new Set();
    const named = this.sql(PERSON_NAMED_SQL.replace(/\$\d/g, '?')).pluck();
    return this.batched(() => new Set(candidates.filter(({ plain }) => named.get(...personNamedParams(plain)) !== undefined).map(({ plain }) => plain)));
  };

  /**
   * Which of the rows (by rowid) hold a search's name words, as positions in `rowids`: their text read
   * from the index's content table, checked by holds_names, in one statement.
   */
  private holdingNames(table: 'event_fts' | 'article_fts', text: { short: string; long: string }, names: string, rowids: readonly number[]): Set<number> {
    const columns = `${text.short}, ${text.long}`.split(', ').map((_, i) => `c.c${1 + i}`).join(', ');
    const found = this.sql(`SELECT j.key FROM json_each(?) j JOIN ${table}_content c ON c.id = j.value WHERE holds_names(?, ${columns})`).pluck().all(JSON.stringify(rowids), names) as number[];
    return new Set(found.map(Number));
  }

  /**
   * A long column's part from a little before its best match (hit_offset, native/fts-hit.c, finds it
   * from the index's positions without reading the text before it), or the whole column when the
   * extension is not loaded, or null when the index shows the column holds no query word. Asked for
   * only when the column's first part has no match.
   */
  private longColumnPart(table: 'event_fts' | 'article_fts', column: number, rowid: number, query: SearchQuery): LongColumnPart {
    const read = (): string => {
      const whole = this.sql(`SELECT c${column} FROM ${table}_content WHERE id = ?`).pluck().get(rowid);
      return typeof whole === 'string' ? whole : '';
    };
    if (!this.phraseCounts) return read();
    // The rowid goes in as an integer: FTS5 ignores a rowid bound as a number with a fraction part,
    // and a JavaScript number is bound as one.
    const at = this.sql(`SELECT hit_offset(${table}, ?, ?) FROM ${table} WHERE ${table} MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck().get(column, SNIPPET_SPAN, query.match, rowid);
    // NULL: the row matched, but not in this column.
    if (at === null) return null;
    if ((typeof at !== 'number' && typeof at !== 'bigint') || at < 0) return read();
    const start = Math.max(0, Number(at) - SNIPPET_BEFORE);
    const text = this.sql(`SELECT substr(c${column}, ?, ?) FROM ${table}_content WHERE id = ?`).pluck().get(start + 1, SNIPPET_PREFIX, rowid);
    if (typeof text !== 'string') return read();
    // From the first whole word: the part may begin inside one.
    const space = start > 0 ? text.search(/\s/) : 0;
    return space < 0 ? { text, from: start } : { text: text.slice(space), from: start + space };
  }

  /** The search hits' stored column (`data`: whole events; `card`: summaries), as stored. */
  private eventHits(search: SearchQuery | null, options: ListOptions, column: 'data' | 'card'): SearchHit<string>[] {
    if (!search) return [];
    return this.snapshot(() =>
      // An empty card (a record an old schema could not summarise) is no hit, as before: it is no JSON.
      this.topHits('event_fts', EVENT_TEXT, search, options, { join: 'JOIN events x ON x.rowid = f.rowid', columns: `x.${column} AS item` }).flatMap((hit) => (typeof hit.row.item === 'string' && hit.row.item !== '' ? [{ item: hit.row.item, score: -hit.rank, snippet: hit.snippet }] : [])),
    );
  }

  async searchEvents(query: string, options: ListOptions = {}): Promise<SearchHit<NewsEvent>[]> {
    await this.builds.settle();
    return this.eventHits(searchQuery(query, this.people), options, 'data').map((hit) => ({ ...hit, item: JSON.parse(hit.item) as NewsEvent }));
  }

  async searchEventSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    await this.builds.settle();
    return this.eventHits(searchQuery(query, this.people), options, 'card');
  }

  async searchSummaries(query: string, options: ListOptions = {}): Promise<{ events: SearchHit<string>[]; articles: SearchHit<string>[] }> {
    await this.builds.settle();
    // One transaction for both (the inner snapshots join it): one state, and one BEGIN and COMMIT
    // where two cost 2% of an answer. The query is parsed once, its snippet patterns built once.
    const search = searchQuery(query, this.people);
    return this.snapshot(() => ({ events: this.eventHits(search, options, 'card'), articles: this.articleHits(search, options, ARTICLE_SUMMARY_COLUMNS, articleSummaryText) }));
  }

  /** `columns`: what `read` needs of each hit's article row `x` (a summary reads no whole article). */
  private articleHits<T>(search: SearchQuery | null, options: ListOptions, columns: string, read: (row: Row) => T): SearchHit<T>[] {
    if (!search) return [];
    return this.snapshot(() =>
      // By the article's key where the search row's rowid is its sequence (as the store writes them
      // now), by its id where not (rows of older stores): one B-tree search instead of two.
      this.topHits('article_fts', ARTICLE_TEXT, search, options, { join: 'JOIN articles x ON x.seq = f.id AND x.id = f.c0', fallbackJoin: 'JOIN articles x ON x.id = f.c0', columns }).map((hit) => ({ item: read(hit.row), score: -hit.rank, snippet: hit.snippet })),
    );
  }

  async searchArticles(query: string, options: ListOptions = {}): Promise<SearchHit<Article>[]> {
    return this.articleHits(searchQuery(query, this.people), options, 'x.data, x.event_id, x.sentences', toArticle);
  }

  async searchArticleSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    // A summary is its card (always filled since schema 8); the whole article only if the card is empty.
    return this.articleHits(searchQuery(query, this.people), options, ARTICLE_SUMMARY_COLUMNS, articleSummaryText);
  }

  /**
   * Whether a filter value is common enough that walking the feed's order and testing each event finds
   * a page sooner than reading all the value's events and sorting them. Walking costs about
   * limit * events / n probes, reading about n: walk when n * n > limit * events. SQLite's planner
   * cannot tell a value on 80% of events from one on 0.1%, so this counts (at most sqrt(limit * events)).
   */
  private commonTag(kind: string, value: string, limit: number): boolean {
    if (limit < 0) return false;
    const events = Number(this.sql('SELECT max(rowid) FROM events').pluck().get() ?? 0);
    const threshold = Math.ceil(Math.sqrt(limit * events));
    const n = Number(this.sql('SELECT count(*) FROM (SELECT 1 FROM event_tags WHERE kind = ? AND value = ? LIMIT ?)').pluck().get(kind, value, threshold + 1));
    return n > threshold;
  }

  async queryEvents(query: EventQuery): Promise<NewsEvent[]> {
    await this.builds.settle();
    return this.ranked((stock) => this.selectEvents(query, 'data', stock)).map((text) => JSON.parse(text) as NewsEvent);
  }

  async queryEventSummaries(query: EventQuery): Promise<string[]> {
    await this.builds.settle();
    return this.ranked((stock) => this.selectEvents(query, 'card', stock));
  }

  /** The stored JSON (`data`: whole events; `card`: summaries) of the events a query selects, in order. */
  private selectEvents(asked: EventQuery, column: 'data' | 'card', stock = false): string[] {
    // A name a spelling table knows is looked for in both forms (event-order.ts).
    const query = withNameVariants(asked);
    // A search or its word counts read event_fts: what the open group queued is written first.
    this.writeEventText();
    const where: string[] = [];
    const params: unknown[] = [];
    let from = 'events e';
    let rank = '';
    let names: string | null = null;
    const parsed = query.text === undefined ? null : parseQuery(query.text);
    const words = parsed && matchPhrases(parsed);
    const match = parsed && matchExpression(parsed);
    // Words that only leave out ("-ransomware"): the filters' events, by date, less those that match them.
    const leftOut = query.text === undefined || parsed ? null : leftOutExpression(query.text);
    if (leftOut) {
      where.push('e.rowid NOT IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)');
      params.push(leftOut);
    } else if (query.text !== undefined) {
      if (!words || !match) return [];
      from = 'event_fts JOIN events e ON e.rowid = event_fts.rowid';
      const ranked = this.rankExpression('event_fts', EVENT_TEXT.weights, words, stock);
      rank = `, ${ranked.sql} AS rank`;
      // The rank's parameters come first: the select list precedes the WHERE clause.
      params.push(...ranked.params);
      where.push('event_fts MATCH ?');
      params.push(match);
      // Checked below, over the rows in the page's order up to its last hit, not for every match.
      names = namesParam(nameWords(parsed, this.people(parsed)));
    }
    if (namesNoOne(query)) return [];
    // Filters go through the event_tags index, not through the events' JSON (which would be parsed per row).
    const tagFilters = eventTagFilters(query);
    const sort: EventSort = query.sort ?? (match ? 'relevance' : 'date-desc');
    // In the feed's date order, the first tag filter's (kind, value, date) index hands the events over in
    // order: a page reads a page of index entries, however many events carry the tag.
    const driving = !match && sort === 'date-desc' ? tagFilters.find(([, value]) => !!value) : undefined;
    if (driving) {
      from = 'event_tags d JOIN events e ON e.id = d.event_id';
      where.push('d.kind = ? AND d.value = ?');
      params.push(driving[0], driving[1]);
    }
    for (const [kind, value] of tagFilters) {
      if (!value || (driving && kind === driving[0] && value === driving[1])) continue;
      where.push(this.commonTag(kind, value, query.limit ?? -1) && !match
        ? 'EXISTS (SELECT 1 FROM event_tags t WHERE t.kind = ? AND t.value = ? AND t.event_id = e.id)'
        : 'e.id IN (SELECT event_id FROM event_tags WHERE kind = ? AND value = ?)');
      params.push(kind, value);
    }
    if (query.entityAny) {
      const keys = entityAnyKeys(query.entityAny);
      where.push(`e.id IN (SELECT event_id FROM event_tags WHERE kind = 'entity' AND value IN (${keys.map(() => '?').join(', ')}))`);
      params.push(...keys);
    }
    const dateColumn = driving ? 'd.date' : 'e.date';
    if (query.from) {
      where.push(`${dateColumn} >= ?`);
      params.push(query.from);
    }
    if (query.to) {
      where.push(`${dateColumn} <= ?`);
      params.push(query.to);
    }
    const terms = sort === 'relevance' ? null : driving ? TAGGED_DATE_DESC : EVENT_ORDER[sort];
    if (query.after) {
      if (!terms) throw new Error('the relevance order has no positions to page after (use an offset)');
      const after = afterCondition(terms, query.after);
      where.push(after.sql);
      params.push(...after.params);
    }
    const order = terms ? orderBy(terms) : match ? 'rank, e.id' : orderBy(EVENT_ORDER['date-desc']);
    params.push(query.limit ?? -1, query.offset ?? 0);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    let texts: { rid: unknown; text: string | undefined }[];
    if (rank) {
      // Ranked: rowids first, the page's JSON after, or the sort would carry every match's JSON.
      // Name words: the rows in order, each checked (its indexed text read) until the page is full, as
      // a search's hits are (first-holding-names.ts); asked in SQL, the check read every match's text.
      const rows = names
        ? this.snapshot(() => {
            const all = this.sql(`SELECT e.rowid AS rid${rank} FROM ${from} ${filter} ORDER BY ${order}`).pluck().iterate(...params.slice(0, -2)) as IterableIterator<number>;
            return firstHoldingNames(all, (batch) => this.holdingNames('event_fts', EVENT_TEXT, names!, batch), query.limit ?? -1, query.offset ?? 0).map((rid) => ({ rid }));
          })
        : (this.sql(`SELECT e.rowid AS rid${rank} FROM ${from} ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params) as Row[]);
      const read = this.sql(`SELECT ${column} FROM events WHERE rowid = ?`).pluck();
      texts = rows.map((r) => ({ rid: r.rid, text: read.get(r.rid) as string | undefined }));
    } else {
      // An order with its index: the rows come in order and only the page's are read.
      const rows = this.sql(`SELECT e.rowid AS rid, e.${column} AS text FROM ${from} ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params) as Row[];
      texts = rows.map((r) => ({ rid: r.rid, text: r.text as string }));
    }
    return texts.flatMap(({ rid, text }) => {
      if (text === undefined) return [];
      if (text !== '') return [text];
      // A card left empty by an upgrade (its record could not be summarised then) is made from the record.
      try {
        return [JSON.stringify(summarizeEvent(JSON.parse(this.sql('SELECT data FROM events WHERE rowid = ?').pluck().get(rid) as string) as NewsEvent))];
      } catch {
        return [];
      }
    });
  }

  async eventFacets(): Promise<EventFacets> {
    await this.builds.settle();
    const tally = (sql: string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const row of this.sql(sql).all() as Row[]) out[String(row.k)] = Number(row.n);
      return out;
    };
    return {
      countries: tally("SELECT json_extract(data, '$.location.country') AS k, count(*) AS n FROM events WHERE k IS NOT NULL GROUP BY k ORDER BY k"),
      months: tally('SELECT substr(date, 1, 7) AS k, count(*) AS n FROM events WHERE date IS NOT NULL GROUP BY k ORDER BY k'),
      themes: tally("SELECT t.value AS k, count(*) AS n FROM events e, json_each(e.data, '$.themes') t GROUP BY k ORDER BY k"),
    };
  }

  async entityNames(kind: EntityKind): Promise<ParticipantCount[]> {
    await this.builds.settle();
    const rows = this.sql('SELECT value AS name, count(*) AS n FROM event_tags WHERE kind = ? GROUP BY value ORDER BY n DESC, value').all(ENTITY_TAG[kind]) as Row[];
    const tagged = (tag: string): Map<string, string[]> => namesByEntryTag(kind === 'organization' ? (this.sql('SELECT DISTINCT value FROM event_tags WHERE kind = ? ORDER BY value').pluck().all(tag) as string[]) : []);
    const aliases = tagged(ALIAS_TAG);
    const units = tagged(UNIT_TAG);
    return rows.map((r) => {
      const [name, country] = String(r.name).split('\t');
      const known = aliases.get(String(r.name));
      const parts = units.get(String(r.name));
      return { name: name!, events: Number(r.n), ...(country ? { country } : {}), ...(known ? { aliases: known } : {}), ...(parts ? { units: parts } : {}) };
    });
  }

  async entityCountries(kind: 'person' | 'place' | 'vessel'): Promise<Map<string, string[]>> {
    await this.builds.settle();
    return countriesByName(this.sql('SELECT DISTINCT value FROM event_tags WHERE kind = ?').pluck().all(COUNTRY_TAG[kind]) as string[]);
  }

  async entityEventIds(kind: EntityKind, names: readonly { name: string; country?: string }[]): Promise<string[][]> {
    await this.builds.settle();
    const tags = names.map((n) => (kind === 'organization' ? organizationTag(n.name, n.country ?? null) : n.name));
    const rows = this.sql('SELECT value, event_id FROM event_tags WHERE kind = ? AND value IN (SELECT value FROM json_each(?))').all(ENTITY_TAG[kind], JSON.stringify(tags)) as Row[];
    return eventIdsByTag(tags, rows);
  }

  async personAliasEventIds(names: readonly string[]): Promise<string[][]> {
    await this.builds.settle();
    const rows = this.sql('SELECT value, event_id FROM event_tags WHERE kind = ? AND value IN (SELECT value FROM json_each(?))').all(PERSON_ALIAS_TAG, JSON.stringify(names)) as Row[];
    return eventIdsByTag(names, rows);
  }

  async counts(): Promise<{ articles: number; events: number }> {
    const articles = Number((this.sql('SELECT count(*) AS n FROM articles').get() as Row).n);
    const events = Number((this.sql('SELECT count(*) AS n FROM events').get() as Row).n);
    return { articles, events };
  }

  async maintain(options: { force?: boolean } = {}): Promise<Maintenance> {
    const started = performance.now();
    // A server may have a step queued when it stops: a closed store has nothing left to do.
    if (!this.db.open) return { searchIndexMerged: false, more: false, ms: 0 };
    if (this.unwritable) throw new Error(this.unwritable);
    await this.flushAll();
    // The articles' sequence is the store's clock: it only grows, and copies and deletions do not move it back.
    const clock = Number(this.sql('SELECT coalesce(max(seq), 0) FROM articles').pluck().get());
    const setMeta = this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    const finished = (): void => {
      setMeta.run('search_merged_at', String(clock));
      this.sql("DELETE FROM meta WHERE key = 'search_merge_under_way'").run();
    };
    if (options.force) {
      // All at once: FTS5's 'optimize' (nothing to do for an index already in one piece).
      this.db.transaction(() => {
        for (const table of ['event_fts', 'article_fts']) this.sql(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
        finished();
      }).immediate();
      this.commits++;
      return { searchIndexMerged: true, more: false, ms: performance.now() - started };
    }
    const meta = (key: string): string | undefined => this.sql('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
    const last = Number(meta('search_merged_at') ?? 0);
    const due = meta('search_merge_under_way') !== undefined || clock - last >= Math.max(MERGE_AFTER_ARTICLES, last * MERGE_GROWTH);
    if (!due) return { searchIndexMerged: false, more: false, ms: performance.now() - started };
    // One step: FTS5's 'merge' with a negative count merges every piece towards one, writing about
    // that many pages; it did work when total_changes() moved by 2 or more (FTS5's documentation).
    const worked = this.db.transaction((): boolean => {
      const changes = this.sql('SELECT total_changes()').pluck();
      let any = false;
      for (const table of ['event_fts', 'article_fts']) {
        const before = Number(changes.get());
        this.sql(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ${-MERGE_STEP_PAGES})`).run();
        if (Number(changes.get()) - before >= 2) any = true;
      }
      if (any) setMeta.run('search_merge_under_way', '1');
      else finished();
      return any;
    }).immediate();
    this.commits++;
    return { searchIndexMerged: !worked, more: worked, ms: performance.now() - started };
  }

  async close(): Promise<void> {
    try {
      if (this.db.open) await this.flushAll();
    } finally {
      this.group = null;
      if (this.db.open) this.db.close();
    }
  }
}

/**
 * The feed's orders, as terms (undated events last in every order); the id last so that pages never
 * overlap or skip between equal keys. Each order has its index (schema.ts).
 */

/** The date order read through a tag's date index (`d`: the tag row; its date and event id are the event's). */
const TAGGED_DATE_DESC: OrderTerm[] = [{ column: 'd.date', desc: true, nullable: true }, { column: 'd.event_id', desc: false, nullable: false }];

function orderBy(terms: readonly OrderTerm[]): string {
  // SQLite sorts NULL first ascending and last descending; ascending needs the IS NULL term to put it last.
  return terms.map((t) => (t.desc ? `${t.column} DESC` : t.nullable ? `${t.column} IS NULL, ${t.column}` : t.column)).join(', ');
}

/** The WHERE condition for "after `position` in this order" (keyset paging), with its parameters. */
function afterCondition(terms: readonly OrderTerm[], position: EventPosition): { sql: string; params: unknown[] } {
  if (position.length !== terms.length) throw new Error(`a position in this order has ${terms.length} values, not ${position.length}`);
  const params: unknown[] = [];
  const build = (i: number): string => {
    const t = terms[i]!;
    const v = position[i]!;
    const parts: string[] = [];
    if (v !== null) {
      parts.push(`${t.column} ${t.desc ? '<' : '>'} ?`);
      params.push(v);
      if (t.nullable) parts.push(`${t.column} IS NULL`);
    }
    if (i + 1 < terms.length) {
      if (v === null) parts.push(`(${t.column} IS NULL AND ${build(i + 1)})`);
      else {
        params.push(v);
        parts.push(`(${t.column} = ? AND ${build(i + 1)})`);
      }
    }
    return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
  };
  // Parameters are pushed in the order the placeholders appear, which build() keeps by construction.
  return { sql: build(0), params };
}

/** Key rows latest first, as a backward walk of the (key, date_max, event_id) index gives them. */
function latestFirst(x: Row, y: Row): number {
  const a = `${String(x.date_max)}\u0000${String(x.event_id)}`;
  const b = `${String(y.date_max)}\u0000${String(y.event_id)}`;
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * Whether strings go through a JSON array and SQLite's json_each unchanged, so that one statement over
 * the array writes what one statement per string would: an event's keys and tags were a statement
 * each. Not with a control character (JSON escapes it) or half a surrogate pair (a bound string has it
 * replaced, json_each would not): those are written one by one. Such a statement must not be one that
 * may fail part way (an upsert, a function that may raise): SQLite then opens a statement savepoint,
 * and FTS5 writes out its pending index at every savepoint, so the search index would be written in
 * other segments than one statement a row writes it.
 */
function carriedByJson(values: readonly string[]): boolean {
  return !values.some((v) => NOT_CARRIED.test(v));
}

const NOT_CARRIED = /[\u0000-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
