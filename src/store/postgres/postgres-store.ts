/**
 * The Store on PostgreSQL, for more than one machine's worth of data or writers: the same calls and
 * results as the SQLite store (the contract suite checks both), through a pg.Pool. Each commit is one
 * transaction; a read that must see one state of the store (a search and its rows, an event's page)
 * runs in one REPEATABLE READ transaction. Search is PostgreSQL's full-text search (text-search.ts).
 */
import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import { summarizeEvent } from '../../model/event-summary.js';
import { type SourceArticle, toSourceArticle } from '../../model/source-article.js';
import type { ArticleSummary } from '../../model/article-summary.js';
import type { Article, NewsEvent, SharedPassage } from '../../model/types.js';
import { shiftDays } from '../../util/dates.js';
import { foundWords, leftOutPhrases, parseQuery, type ParsedQuery } from '../query-syntax.js';
import { nameCandidates, nameWords } from '../name-words.js';
import { PERSON_NAMED_SQL, personNamedParams } from '../person-named.js';
import { namePatterns, namesCondition, rankedWithNames } from './name-condition.js';
import { makeSnippet, QueryMatcher, type Snippet } from '../snippet.js';
import type { CandidateEvent, CandidateQuery, Commit, EventlessCommit, ReadEvent, EntityKind, EventChange, EventFacets, EventHeadline, EventMember, EventPageParts, EventProfile, EventQuery, EventRedirect, EventSort, EventSplit, ListOptions, Maintenance, ParticipantCount, SearchHit, SectionKeys, SplitOff, Store } from '../store.js';
import { AWAITING_PER_KEY, UNDATED_CANDIDATES_PER_KEY } from '../store.js';
import { ALIAS_TAG, UNIT_TAG, PERSON_ALIAS_TAG, COUNTRY_TAG, countriesByName, namesByEntryTag, articleSummaryText, AWAITING_TAG, ENTITY_TAG, eventIdsByTag, organizationTag, type StoredRow, toArticle, withEventId } from '../stored-records.js';
import { displayUrl } from './address-label.js';
import { connectionProblem } from './connection-problem.js';
import { afterCondition, EVENT_ORDER, orderBy } from './feed-order.js';
import { entityAnyKeys, eventTagFilters, namesNoOne, withNameVariants } from '../event-order.js';
import { SCHEMA, SCHEMA_VERSION, SEARCH_CONFIG_SQL } from './schema.js';
import { articleParts, eventParts, LONGEST_EVENT_DAYS, noNul, statementOf, tagParts } from './row-writes.js';
import { SqlParams } from './sql-params.js';
import { NeedsWholeStore, StaleRead, isStaleRead } from '../stale-read.js';
import { appendLockCounts } from './lock-counts.js';
import { markAfterExit } from './mark-after-exit.js';
import { type LockCounts, WriteLock } from './write-lock.js';
import { answeredWithin, noAnswer } from './deadline.js';
import { pooledConnection } from './pool-wait.js';
import { holdersText, LOCK_HOLDERS_SQL, type LockHolder, openLockWaitMs, openWaitMessage } from './open-wait.js';
import { type StoreTimeouts, storeTimeouts } from './timeouts.js';
import { anyPhraseText, RANK_WEIGHTS, SEARCH_CONFIG, tsQueryText } from './text-search.js';
import { ARTICLE_TEXT_COLUMNS, EVENT_TEXT_COLUMNS, searchPageSql } from './search-page.js';

type Row = StoredRow;
/** A statement run on one connection (a transaction's) or on any of the pool's. */
type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** Words in a search snippet, as the SQLite store's: about a line of text around the matches. */
const SNIPPET_TOKENS = 24;
/** GET /api/search's statement (search-page.ts), prepared on each connection that runs it. */
const SEARCH_PAGE = { name: 'triangulate_search_page', text: searchPageSql(false) };
const SEARCH_PAGE_NAMES = { name: 'triangulate_search_page_names', text: searchPageSql(true) };
/** When maintain() does its work without being forced: as the SQLite store's search index merge. */
const MERGE_GROWTH = 0.25;
const MERGE_AFTER_ARTICLES = 200;
/** Serialises schema creation between processes opening one database at once (any constant key would do). */
const SCHEMA_LOCK = 'triangulate schema';
/** PostgreSQL's lock_not_available: a statement waited lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * node-postgres, loaded when the first PostgreSQL store opens: the CLI imports this module for every
 * command, and loading pg took 0.14 s, which a command on a SQLite file would pay for nothing.
 */
let pgModule: typeof Pg | null = null;
function loadPg(): typeof Pg {
  return (pgModule ??= createRequire(import.meta.url)('pg') as typeof Pg);
}

export { displayUrl };

/** Whether a database option names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

export interface PostgresStoreOptions {
  /**
   * A schema of its own (created when missing) instead of the connection's search_path: several stores
   * in one database (the tests' one per store). Lower-case letters, digits and underscores.
   */
  schema?: string;
  /** Most connections the pool opens (pg.Pool's default: 10). */
  maxConnections?: number;
  /**
   * For commands that only read: a database with no Triangulate store in it is an error, as a missing
   * file is for SQLite, rather than a store made there (a mistyped database name would otherwise get one).
   * A store already at this version is opened without any statement that writes, so a role that may
   * only read its tables can use it.
   */
  mustExist?: boolean;
  /**
   * Milliseconds to wait for the server's answer to one statement before the connection is closed and
   * the call fails (NoAnswer, deadline.ts); 0 waits for ever. Default: $TRIANGULATE_PG_QUERY_TIMEOUT
   * seconds, else 120 s (timeouts.ts).
   */
  queryTimeoutMs?: number;
  /** Milliseconds a section's lock statement waits for another writer's locks; 0 for ever. Default: $TRIANGULATE_PG_LOCK_TIMEOUT seconds, else 60 s. */
  lockTimeoutMs?: number;
  /**
   * Told while opening waits for a lock another session holds (a VACUUM, another open; open-wait.ts),
   * once per holder. Default: a line on stderr.
   */
  onWait?: (message: string) => void;
}

/** A user's query as the index takes it, and what its snippets mark. */
interface SearchQuery {
  tsquery: string;
  matcher: QueryMatcher;
  /** Patterns of the capitalised words a hit must hold as written (name-condition.ts), or null. */
  names: string[] | null;
}

/**
 * `people`: which folded words the store has as people's names (PostgresStore.people), asked only of a
 * query with a possible name word: without one the answer is at hand, and the search's statement is
 * sent in the caller's tick (a call made before close() is one close() lets finish).
 */
function searchQuery(query: string, people: (parsed: ParsedQuery) => Promise<ReadonlySet<string>>): SearchQuery | null | Promise<SearchQuery | null> {
  const parsed = parseQuery(query);
  const tsquery = parsed && tsQueryText(parsed);
  if (!parsed || !tsquery) return null;
  const make = (known: ReadonlySet<string>): SearchQuery => {
    const names = nameWords(parsed, known);
    return { tsquery, matcher: new QueryMatcher(foundWords(parsed), names), names: namePatterns(names) };
  };
  return nameCandidates(parsed).length === 0 ? make(new Set()) : people(parsed).then(make);
}

/** `run` given the search, in this tick when it is at hand. */
function withSearch<R>(search: SearchQuery | null | Promise<SearchQuery | null>, run: (search: SearchQuery | null) => Promise<R>): Promise<R> {
  return search instanceof Promise ? search.then(run) : run(search);
}

export class PostgresStore implements Store {
  private readonly pool: Pg.Pool;
  /** Schema creation, started by the constructor; every call waits for it (and fails as it failed). */
  private readonly ready: Promise<void>;
  private closed = false;
  private readonly where: string;
  private readonly writeLock: WriteLock;
  private readonly timeouts: StoreTimeouts;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.where = displayUrl(url);
    this.timeouts = storeTimeouts({ queryMs: options.queryTimeoutMs, lockMs: options.lockTimeoutMs });
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema '${schema}' must be lower-case letters, digits and underscores`);
    // TCP keepalive on every connection: a server that died or was cut off is noticed (a lock connection's too).
    this.pool = new (loadPg().Pool)({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
      ...(options.maxConnections ? { max: options.maxConnections } : {}),
      // A connection made during a cut would wait as long as a statement: its opening has the same
      // deadline (pg-pool: also a wait for a free connection of the pool). Failing, it stops a batch as
      // a server that cannot be reached (write-failure.ts: "Connection terminated due to connection timeout").
      ...(this.timeouts.queryMs > 0 ? { connectionTimeoutMillis: this.timeouts.queryMs } : {}),
      // The schema set on a new connection before the pool hands it out (pg-pool waits for onConnect).
      // Sent from the pool's 'connect' event instead, it went out beside the query the connection was
      // made for, which pg 8.23 warns of as a second query on a busy client ("Calling client.query()
      // when the client is already executing a query is deprecated"), and a failure went unseen.
      ...(schema === undefined ? {} : { onConnect: async (client: Pg.ClientBase) => void (await this.ask(client, `SET search_path TO "${schema}"`)) }),
    });
    // An idle connection the server dropped is replaced on the next query; unhandled, the event would end the process.
    this.pool.on('error', () => undefined);
    // So is a connection the server drops while it is checked out but between queries (the write lock's,
    // held while the section runs on others): its next query fails instead, as a store that cannot be
    // written (store/write-failure.ts), where a queue worker puts its job back rather than dying.
    this.pool.on('connect', (client) => void client.on('error', () => undefined));
    this.ready = this.init(schema, options.mustExist === true, options.onWait ?? ((message) => void process.stderr.write(`triangulate: ${message}\n`)));
    // Handled here as well, so a store that fails to open and is never used again is no unhandled rejection.
    this.ready.catch(() => undefined);
    this.writeLock = new WriteLock(this.pool, this.ready, { where: this.where, ...this.timeouts });
  }

  /**
   * Opens the store: tries again for as long as another session holds a lock the open needs (open-wait.ts),
   * telling the user who holds it (each holder once).
   */
  private async init(schema: string | undefined, mustExist: boolean, onWait: (message: string) => void): Promise<void> {
    const told = new Set<string>();
    for (;;) {
      const holders = await this.initOnce(schema, mustExist);
      if (holders === null) return;
      const message = openWaitMessage(this.where, holders);
      const who = holdersText(holders);
      if (holders.length > 0 && !told.has(who)) {
        told.add(who);
        onWait(message);
      }
      // The lock wait itself paced this loop; a holder already gone is asked again at once.
    }
  }

  /** One try at opening: null once open, else the sessions holding a lock the open waited for past its lock wait. */
  private async initOnce(schema: string | undefined, mustExist: boolean): Promise<LockHolder[] | null> {
    let client: Pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      // Its code kept, so that a batch knows the server cannot be reached (write-failure.ts).
      const { code, syscall } = error as { code?: unknown; syscall?: unknown };
      throw Object.assign(new Error(`cannot open database ${this.where}: ${connectionProblem(error)}`), { code, syscall });
    }
    const ask = (sql: string, params?: readonly unknown[]): Promise<Pg.QueryResult> => this.ask(client, sql, params);
    let broken = false;
    try {
      await ask('BEGIN');
      const lockWait = openLockWaitMs(this.timeouts.queryMs);
      if (lockWait > 0) await ask(`SET LOCAL lock_timeout = ${lockWait}`);
      // A store already at this version is opened for reading without the schema lock: an open that
      // writes (or one abandoned, waiting on a VACUUM) never holds a reader up.
      if (mustExist && (await this.versionOn(ask)) === SCHEMA_VERSION) {
        await ask('COMMIT');
        return null;
      }
      await ask('SELECT pg_advisory_xact_lock(hashtext($1))', [SCHEMA_LOCK]);
      if (schema !== undefined && !mustExist) await ask(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const version = await this.versionOn(ask);
      if (version === null && mustExist) throw new Error(`no Triangulate store in database ${this.where}${schema === undefined ? '' : ` (schema ${schema})`} (ingest articles first, or pass --db)`);
      if (version !== null && version > SCHEMA_VERSION) throw new Error(`database ${this.where} was written by a newer Triangulate (schema ${version}); upgrade to read it`);
      if (!(mustExist && version === SCHEMA_VERSION)) {
        const config = await ask('SELECT 1 FROM pg_ts_config WHERE cfgname = $1 AND cfgnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())', [SEARCH_CONFIG]);
        if (config.rowCount === 0) await ask(SEARCH_CONFIG_SQL);
        await ask(SCHEMA);
        await ask("INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(SCHEMA_VERSION)]);
        await ask('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [LONGEST_EVENT_DAYS, '0']);
      }
      await ask('COMMIT');
      return null;
    } catch (error) {
      broken = noAnswer(error);
      await ask('ROLLBACK').catch(() => undefined);
      if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) {
        // Asked once the transaction let go of what it held: whoever holds the lock still holds it.
        return (await ask(LOCK_HOLDERS_SQL, [SCHEMA_LOCK])).rows as LockHolder[];
      }
      const message = (error as Error).message;
      throw new Error(/^(database |cannot open|no Triangulate store)/.test(message) ? message : `cannot open database ${this.where}: ${message}`);
    } finally {
      client.release(broken);
    }
  }

  /** The store's schema version on a connection, null when it has no meta table. */
  private async versionOn(ask: (sql: string) => Promise<Pg.QueryResult>): Promise<number | null> {
    const meta = await ask("SELECT to_regclass('meta') IS NOT NULL AS present");
    if (!meta.rows[0]?.present) return null;
    const row = (await ask("SELECT value FROM meta WHERE key = 'schema_version'")).rows[0] as Row | undefined;
    return row ? Number(row.value) : 0;
  }

  /**
   * Resolves once the store is open (its tables found or made), or rejects as opening failed: for a
   * command to fail before it prints or listens, rather than at its first read.
   */
  opened(): Promise<void> {
    return this.ready;
  }

  /**
   * Calls begun and not yet settled: close() waits for them before it ends the pool. Ended first, the
   * pool dropped a request queued on it without ever answering, and a call made in the same tick as
   * close() never settled.
   */
  private readonly running = new Set<Promise<unknown>>();

  /** `work` counted in `running`; refused in words once close() has begun. */
  private counted<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`the store ${this.where} is closed`));
    // A failure names the database it came from (masked), for messages that stop a batch (write-failure.ts).
    const call = work().catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && !('database' in error)) Object.assign(error, { database: this.where });
      throw error;
    });
    this.running.add(call);
    void call.then(() => this.running.delete(call), () => this.running.delete(call));
    return call;
  }

  /** A statement on any of the pool's connections. */
  private readonly q: Query = (sql, params = []) =>
    this.counted(async () => {
      await this.ready;
      return (await this.onPool({ text: sql, values: params as unknown[] })).rows as Row[];
    });

  /** As q, with no deadline on the answer: housekeeping (VACUUM, ANALYZE) may take long on a big store. */
  private readonly slow: Query = (sql, params = []) =>
    this.counted(async () => {
      await this.ready;
      return (await this.onPool({ text: sql, values: params as unknown[] }, 0)).rows as Row[];
    });

  /** One statement on `client`, answered within the query timeout (`ms`) or failed as NoAnswer with the connection closed (deadline.ts). */
  private ask(client: Pg.ClientBase, sql: string | Pg.QueryConfig, params: readonly unknown[] = [], ms = this.timeouts.queryMs): Promise<Pg.QueryResult> {
    return answeredWithin(client, ms, this.where, () => (typeof sql === 'string' ? client.query(sql, params as unknown[]) : client.query(sql)));
  }

  /** Statements on `client` in a transaction's form (transactionOn), each with the deadline. */
  private queryOn(client: Pg.ClientBase): Query {
    return async (sql, params = []) => (await this.ask(client, sql, params)).rows as Row[];
  }

  /**
   * One statement on a pool connection, as pool.query runs it (a connection whose statement failed is
   * dropped rather than given back), with the deadline on its answer (`ms`, 0: none).
   */
  private async onPool(statement: Pg.QueryConfig, ms = this.timeouts.queryMs): Promise<Pg.QueryResult> {
    const client = await pooledConnection(this.pool, this.where);
    let failed = false;
    try {
      return await this.ask(client, statement, [], ms);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      client.release(failed);
    }
  }

  /**
   * A statement prepared once on each connection of the pool (by its name), then only bound and run:
   * PostgreSQL parses and plans it again for every call otherwise, a fifth of a search's time on the
   * server. Its plan may become a generic one after a few calls; the rows and their order are the
   * statement's whatever the plan.
   */
  private prepared(statement: { name: string; text: string }, params: readonly unknown[]): Promise<Row[]> {
    return this.counted(async () => {
      await this.ready;
      return (await this.onPool({ ...statement, values: params as unknown[] })).rows as Row[];
    });
  }

  /** Statements on one connection, in one transaction (`mode`: how it begins), released afterwards. */
  private onOne<T>(begin: string, run: (query: Query) => Promise<T>): Promise<T> {
    return this.counted(() => this.onOneConnection(begin, run));
  }

  private async onOneConnection<T>(begin: string, run: (query: Query) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await pooledConnection(this.pool, this.where);
    try {
      return await transactionOn(this.queryOn(client), begin, run);
    } finally {
      client.release();
    }
  }

  /**
   * A write transaction of a section's commit: on the section's lock connection when the caller is in
   * one (write-lock.ts onSection: a commit made there was made under the locks), else on the pool. The
   * change mark moves after it as transact's does, on that connection too (the section holds it anyway).
   */
  private sectionTransact<T>(run: (query: Query) => Promise<T>): Promise<T> {
    return this.counted(async () => {
      await this.ready;
      const onLock = this.writeLock.onSection(async (client, committing) => {
        try {
          return await transactionOn(this.queryOn(client), 'BEGIN', run, committing);
        } finally {
          await this.markOn(client);
        }
      });
      return onLock ? await onLock : await this.transact(run);
    });
  }

  /** One write statement of a section's commit, atomic on its own: on the section's lock connection as sectionTransact. */
  private sectionStatement(sql: string, params: readonly unknown[]): Promise<Row[]> {
    return this.counted(async () => {
      await this.ready;
      const onLock = this.writeLock.onSection(async (client, committing) => {
        try {
          // On its own, the statement is its commit.
          committing();
          return (await this.ask(client, sql, params)).rows as Row[];
        } finally {
          await this.markOn(client);
        }
      });
      return onLock ? await onLock : await this.marking(() => this.q(sql, params));
    });
  }

  /**
   * The change mark moved on `client`, or on the pool when that fails (the write may have committed:
   * the mark must move), and once more when the connection's server session has ended, as its
   * abandoned commit may land after the first move (mark-after-exit.ts).
   */
  private async markOn(client: Pg.PoolClient): Promise<void> {
    try {
      await this.ask(client, "SELECT nextval('change_mark')");
    } catch {
      await this.q("SELECT nextval('change_mark')").catch(() => undefined);
      const pid = (client as { processID?: number | null }).processID;
      // On the pool directly, not through q: close() waits for this wait but refuses new calls through q.
      const onPool = async (sql: string, params: readonly unknown[] = []): Promise<Row[]> => (await this.onPool({ text: sql, values: [...params] })).rows as Row[];
      if (typeof pid === 'number' && !this.closed) void this.counted(() => markAfterExit(pid, onPool)).catch(() => undefined);
    }
  }

  /**
   * One write transaction; the change mark moves once it has committed (moved before, a reader could
   * cache an answer from the old rows under the new mark). Moved too when it fails: a mark may change
   * without a change, never the reverse.
   */
  private transact<T>(run: (query: Query) => Promise<T>): Promise<T> {
    return this.marking(() => this.onOne('BEGIN', run));
  }

  /** A write (one statement, or a transaction), the change mark moved once it is done (see transact). */
  private async marking<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      await this.q("SELECT nextval('change_mark')").catch(() => undefined);
    }
  }

  /** Reads that must see one state of the store. */
  private snapshot<T>(run: (query: Query) => Promise<T>): Promise<T> {
    return this.onOne('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', run);
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const [row] = await this.q('SELECT id FROM articles WHERE content_hash = $1', [hash]);
    return row ? String(row.id) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const [row] = await this.q('SELECT data, event_id, sentences FROM articles WHERE id = $1', [id]);
    return row ? toArticle(row) : null;
  }

  async listArticles(options: ListOptions = {}): Promise<Article[]> {
    const rows =
      options.afterId === undefined
        ? await this.q('SELECT data, event_id, sentences FROM articles ORDER BY seq LIMIT $1 OFFSET $2', [options.limit ?? null, options.offset ?? 0])
        : // An unknown id gives nothing after it, never the whole table again.
          await this.q('SELECT data, event_id, sentences FROM articles WHERE seq > coalesce((SELECT seq FROM articles WHERE id = $1), 9223372036854775807) ORDER BY seq LIMIT $2 OFFSET $3', [options.afterId, options.limit ?? null, options.offset ?? 0]);
    return rows.map(toArticle);
  }

  async articlesOfEvent(eventId: string, options: { sample?: number } = {}): Promise<Article[]> {
    if (options.sample === undefined) return (await this.q('SELECT data, event_id, sentences FROM articles WHERE event_id = $1 ORDER BY published_sort, id', [eventId])).map(toArticle);
    const sample = options.sample;
    return (await this.snapshot((query) => this.readSample(query, eventId, sample, 'data, event_id, sentences'))).map(toArticle);
  }

  /** The first and latest `sample` articles of an event (half each), in publication order, with the given columns. */
  private async readSample(query: Query, eventId: string, sample: number, columns: string): Promise<Row[]> {
    const head = await query(`SELECT seq, ${columns} FROM articles WHERE event_id = $1 ORDER BY published_sort, id LIMIT $2`, [eventId, sample + 1]);
    if (head.length <= sample) return head;
    const first = Math.ceil(sample / 2);
    const tail = await query(`SELECT seq, ${columns} FROM articles WHERE event_id = $1 ORDER BY published_sort DESC, id DESC LIMIT $2`, [eventId, sample - first]);
    return [...head.slice(0, first), ...tail.reverse()];
  }

  async eventPage(id: string, sample: number): Promise<EventPageParts | null> {
    return this.snapshot(async (query) => {
      const [row] = await query('SELECT data, passages FROM events WHERE id = $1', [id]);
      if (!row) return null;
      const articles = (await this.readSample(query, id, sample, 'id, event_id, data')).map((r) => ({ id: String(r.id), json: withEventId(String(r.data), r.event_id) }));
      return { event: String(row.data), articles, passages: typeof row.passages === 'string' ? (JSON.parse(row.passages) as SharedPassage[]) : null };
    });
  }

  async eventMembers(eventId: string): Promise<EventMember[]> {
    const rows = await this.q('SELECT id, published_at, outlet_key, copy_group, published_sort FROM articles WHERE event_id = $1 ORDER BY published_sort, id', [eventId]);
    return rows.map((r) => ({ id: String(r.id), publishedAt: r.published_at === null ? null : String(r.published_at), outletKey: String(r.outlet_key), copyGroup: String(r.copy_group), sortKey: String(r.published_sort) }));
  }

  async sourceArticles(eventIds: readonly string[]): Promise<Map<string, SourceArticle[]>> {
    const rows = await this.q('SELECT x.card, x.event_id, CASE WHEN x.card = \'\' THEN x.data END AS data, CASE WHEN x.card = \'\' THEN x.sentences END AS sentences FROM articles x WHERE x.event_id = ANY($1) ORDER BY x.event_id, x.published_sort, x.id', [[...new Set(eventIds)]]);
    const out = new Map<string, SourceArticle[]>(eventIds.map((id) => [id, []]));
    for (const row of rows) out.get(String(row.event_id))?.push(toSourceArticle(JSON.parse(articleSummaryText(row)) as ArticleSummary));
    return out;
  }

  async getEvent(id: string): Promise<NewsEvent | null> {
    const [row] = await this.q('SELECT data FROM events WHERE id = $1', [id]);
    return row ? (JSON.parse(String(row.data)) as NewsEvent) : null;
  }

  async eventPassages(id: string): Promise<SharedPassage[] | null> {
    const [row] = await this.q('SELECT passages FROM events WHERE id = $1', [id]);
    return typeof row?.passages === 'string' ? (JSON.parse(row.passages) as SharedPassage[]) : null;
  }

  async survivorOf(id: string): Promise<string | null> {
    const [row] = await this.q('SELECT into_id FROM event_merges WHERE merged_id = $1', [id]);
    return row ? String(row.into_id) : null;
  }

  async eventRedirects(): Promise<EventRedirect[]> {
    return (await this.q('SELECT merged_id, into_id FROM event_merges ORDER BY merged_id')).map((r) => ({ from: String(r.merged_id), to: String(r.into_id) }));
  }

  async addRedirects(redirects: readonly EventRedirect[], at: string): Promise<number> {
    return this.transact(async (query) => {
      let n = 0;
      for (const { from, to } of redirects) {
        if (from === to) continue;
        const live = await query('SELECT id FROM events WHERE id = ANY($1)', [[from, to]]);
        if (live.some((r) => r.id === from) || !live.some((r) => r.id === to)) continue;
        await query('INSERT INTO event_merges (merged_id, into_id, merged_at) VALUES ($1, $2, $3) ON CONFLICT (merged_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at', [from, to, at]);
        n++;
      }
      return n;
    });
  }

  async eventHistory(id: string): Promise<EventChange[]> {
    const [merges, splits] = await this.snapshot(async (query) => [
      await query('SELECT merged_id, merged_at FROM event_merges WHERE into_id = $1', [id]),
      await query('SELECT from_id, to_id, split_at, moved FROM event_splits WHERE from_id = $1 OR to_id = $1', [id]),
    ]);
    const changes: EventChange[] = [
      ...merges!.map((r): EventChange => ({ kind: 'merged-in', eventId: String(r.merged_id), at: String(r.merged_at) })),
      ...splits!.map((r): EventChange => {
        const off = String(r.from_id) === id;
        return { kind: off ? 'split-off' : 'split-from', eventId: String(off ? r.to_id : r.from_id), at: String(r.split_at), articles: Number(r.moved) };
      }),
    ];
    return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.eventId < b.eventId ? -1 : 1));
  }

  async listEvents(options: ListOptions = {}): Promise<NewsEvent[]> {
    const rows = await this.q(`SELECT data FROM events e ORDER BY ${orderBy(EVENT_ORDER['date-desc'])} LIMIT $1 OFFSET $2`, [options.limit ?? null, options.offset ?? 0]);
    return rows.map((r) => JSON.parse(String(r.data)) as NewsEvent);
  }

  async eventsByDatePrefix(prefix: string, limit: number): Promise<EventHeadline[]> {
    // A range, not LIKE: dates are ASCII, so every date starting with the prefix sorts below prefix + U+FFFF (collation "C").
    const rows = await this.q(`SELECT id, date, title, summary, answers FROM events e WHERE date >= $1 AND date < $2 ORDER BY ${orderBy(EVENT_ORDER['date-desc'])} LIMIT $3`, [prefix, `${prefix}\uffff`, limit]);
    return rows.map((r) => ({ id: String(r.id), date: String(r.date), title: String(r.title ?? ''), summary: String(r.summary ?? ''), answers: String(r.answers ?? '') }));
  }

  async eventsAwaitingEarlier(keys: readonly string[], limit: number): Promise<NewsEvent[]> {
    if (keys.length === 0) return [];
    // As the SQLite store: those sharing the most keys first, then the newest; of each key only its
    // AWAITING_PER_KEY latest (those dated after the key's next one), undated ones only while the key
    // has no more than that many.
    const rows = await this.q(
      `WITH j AS (SELECT DISTINCT unnest($1::text[]) AS value),
      c AS (SELECT j.value, (SELECT coalesce(s.date, '') FROM event_tags s WHERE s.kind = $2 AND s.value = j.value ORDER BY s.date DESC NULLS LAST, s.event_id LIMIT 1 OFFSET ${AWAITING_PER_KEY}) AS cut FROM j),
      m AS (SELECT id, count(*) AS shared, max(date) AS date FROM (
          SELECT t.event_id AS id, t.date AS date FROM c JOIN event_tags t ON t.kind = $2 AND t.value = c.value AND t.date > coalesce(c.cut, '')
          UNION ALL
          SELECT t.event_id, t.date FROM c JOIN event_tags t ON t.kind = $2 AND t.value = c.value AND t.date IS NULL WHERE c.cut IS NULL) w
        GROUP BY id ORDER BY shared DESC, date DESC NULLS LAST, id LIMIT $3)
      SELECT e.data FROM m JOIN events e ON e.id = m.id ORDER BY m.shared DESC, m.date DESC NULLS LAST, m.id`,
      [keys.map(noNul), AWAITING_TAG, limit],
    );
    return rows.map((row) => JSON.parse(String(row.data)) as NewsEvent);
  }

  async eventsToRelink(limit: number): Promise<NewsEvent[]> {
    const [after] = await this.q("SELECT value FROM meta WHERE key = 'relink_after'");
    if (!after) return [];
    const rows = await this.q('SELECT data FROM events WHERE seq > $1 ORDER BY seq LIMIT $2', [Number(after.value), limit]);
    // Every event has looked: the upgrade's work is done.
    if (rows.length === 0) await this.q("DELETE FROM meta WHERE key = 'relink_after'");
    return rows.map((row) => JSON.parse(String(row.data)) as NewsEvent);
  }

  async relinked(looked: string, events: readonly NewsEvent[]): Promise<void> {
    // Its rewritten events' keys are not a keyed section's locks (review65c).
    if (this.writeLock.inKeyedSection()) throw new Error('relinked events are written only outside a keyed section (Store.exclusive without keys)');
    // A worker's relink runs in a whole-store section: written, as a commit, on the lock connection.
    await this.sectionTransact(async (query) => {
      for (const event of events) await this.writeLinks(query, event);
      // The cursor only moves on: an event deleted or merged away since it was read is passed over.
      await query("UPDATE meta SET value = greatest(value::bigint, coalesce((SELECT seq FROM events WHERE id = $1), 0))::text WHERE key = 'relink_after'", [looked]);
    });
  }

  /**
   * One statement (one round trip, one state of the store): each branch's events with the number of
   * keys they share, the best `limit` of them (most keys, then event id), with their profiles.
   */
  async candidateEvents(query: CandidateQuery): Promise<CandidateEvent[]> {
    if (query.keys.length === 0) return [];
    const params = new SqlParams();
    const keys = params.add([...new Set(query.keys.map(noNul))]);
    const branches: string[] = [];
    if (query.date) {
      // Typed: one parameter is both a date (to add days to) and text (to compare with columns).
      const from = `${params.add(shiftDays(query.date, -query.windowDays))}::text`;
      const to = `${params.add(shiftDays(query.date, query.windowDays))}::text`;
      // Keys carry their event's date range, indexed by (key, date_max): the keys of events that end
      // in or after the window, and no later than the longest event's span after it (an old article
      // would otherwise read every later event of its keys).
      const endsBefore = `to_char(${to}::date + (SELECT value::integer FROM meta WHERE key = '${LONGEST_EVENT_DAYS}') + 1, 'YYYY-MM-DD')`;
      branches.push(`SELECT event_id FROM event_keys WHERE key = ANY(${keys}) AND date_max >= ${from} AND date_max < ${endsBefore} AND date_min <= ${to}`);
      // Undated events stay candidates, the first UNDATED_CANDIDATES_PER_KEY of each key by event id.
      branches.push(`SELECT k.event_id FROM unnest(${keys}::text[]) j(value) CROSS JOIN LATERAL (SELECT event_id FROM event_keys u WHERE u.key = j.value AND u.date_max = '' ORDER BY u.event_id LIMIT ${UNDATED_CANDIDATES_PER_KEY}) k`);
    } else if (query.latestPerKey !== undefined) {
      // Each key's latest events by their last date, walking the (key, date_max) index backwards;
      // since a day: only those that began on or after it (and so end on or after it), undated ones apart.
      const n = params.add(query.latestPerKey);
      const since = query.startedSince === undefined ? null : params.add(query.startedSince);
      const latest = since
        ? `SELECT event_id FROM event_keys u WHERE u.key = j.value AND u.date_max >= ${since} AND (u.date_min IS NULL OR u.date_min = '' OR u.date_min >= ${since}) ORDER BY u.date_max DESC, u.event_id DESC LIMIT ${n}`
        : `SELECT event_id FROM event_keys u WHERE u.key = j.value ORDER BY u.date_max DESC, u.event_id DESC LIMIT ${n}`;
      branches.push(`SELECT k.event_id FROM unnest(${keys}::text[]) j(value) CROSS JOIN LATERAL (${latest}) k`);
      if (since) branches.push(`SELECT k.event_id FROM unnest(${keys}::text[]) j(value) CROSS JOIN LATERAL (SELECT event_id FROM event_keys u WHERE u.key = j.value AND u.date_max = '' LIMIT ${n}) k`);
    } else {
      branches.push(`SELECT event_id FROM event_keys WHERE key = ANY(${keys})`);
    }
    const rows = await this.q(
      `SELECT c.event_id, e.profile FROM (SELECT event_id, count(*) AS n FROM (${branches.join(' UNION ALL ')}) b GROUP BY event_id ORDER BY n DESC, event_id LIMIT ${params.add(query.limit)}) c
       JOIN events e ON e.id = c.event_id ORDER BY c.n DESC, c.event_id`,
      params.values,
    );
    return rows.map((r) => ({ eventId: String(r.event_id), profile: JSON.parse(String(r.profile)) as EventProfile }));
  }

  async termStats(terms: readonly string[]): Promise<{ documents: number; df: Map<string, number> }> {
    // One statement, one state of the store: the document count (the highest sequence, not count(*):
    // articles are never deleted, and count(*) reads the whole table) on a row with no term.
    const rows = await this.q('SELECT NULL AS term, coalesce(max(seq), 0) AS df FROM articles UNION ALL SELECT term, df FROM term_df WHERE term = ANY($1) AND df > 0', [[...new Set(terms.map(noNul))]]);
    const df = new Map<string, number>();
    let documents = 0;
    for (const r of rows) {
      if (r.term === null) documents = Number(r.df);
      else df.set(String(r.term), Number(r.df));
    }
    return { documents, df };
  }

  /** Under locks on the server: the section's keys, or the whole store (write-lock.ts). */
  exclusive<T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> {
    return this.writeLock.run(work, keys);
  }

  async commit(change: Commit): Promise<void> {
    try {
      await this.commitOnce(change);
    } catch (error) {
      if (isStaleRead(error)) this.writeLock.counts.staleCommits++;
      throw error;
    }
  }

  private async commitOnce(change: Commit): Promise<void> {
    const { article, event, mergedEventIds } = change;
    const eventId = event?.id ?? change.deferred?.eventId;
    if (eventId === undefined) throw new Error(`article ${article.id}: a commit needs its event or its put-off build`);
    if (change.splitOff && this.writeLock.inKeyedSection()) {
      // The story split off becomes an event found by keys of its own, which this section did not
      // lock: another writer's article of that story would not wait for it. Done again whole-store.
      this.writeLock.counts.wholeForSplit++;
      throw new NeedsWholeStore(eventId);
    }
    // A put-off build is for an event joined with nothing else changed (consolidate/index.ts).
    if (!event && (mergedEventIds.length > 0 || change.splitOff || change.relinked?.length)) throw new Error(`event ${eventId}: a merge, a split or relinked events cannot wait for a put-off build`);
    // Each commit is written whole when made (no group is held open): a put-off build is run now,
    // before the commit's article is counted, as the SQLite store does outside a group, and its record
    // written with the article. The commit's own profile and keys are not written first, as SQLite
    // writes them: the build's, written in the same statement, would replace them.
    const built = event ? null : await change.deferred!.build();
    const record = event ? { event, profile: change.profile, keys: change.keys, passages: change.passages } : built!;
    const params = new SqlParams();
    const statement = statementOf([...articleParts(params, article, eventId, change.outletKey, change.copyGroup, change.articleTerms), ...eventParts(params, record.event, record.profile, record.keys, record.passages)]);
    const merged = mergedEventIds.filter((id) => id !== record.event.id);
    const relinked = [...(change.relinked ?? []), ...(built?.relinked ?? [])];
    const read = change.readEvents ?? [];
    // Most commits with nothing read to check are that one statement, atomic on its own: no transaction around it.
    if (merged.length === 0 && !change.splitOff && relinked.length === 0 && read.length === 0) {
      await conflictsAsStale(eventId, () => this.sectionStatement(statement, params.values));
      return;
    }
    // Relinked events are rewritten whole from the record read: checked as the events decided from
    // are (with a check, another writer's article joining one meanwhile would be lost from its record).
    const rewritten = change.readEvents ? relinked.filter((e) => !read.some((r) => r.eventId === e.id)).map((e) => ({ eventId: e.id, articles: e.articles.length })) : [];
    await conflictsAsStale(eventId, () => this.sectionTransact(async (query) => {
      await checkRead(query, read, rewritten);
      for (const id of merged) {
        await query('UPDATE articles SET event_id = $1 WHERE event_id = $2', [record.event.id, id]);
        // The merge is recorded so the old id still leads somewhere; earlier merges into it now lead here.
        await query('UPDATE event_merges SET into_id = $1 WHERE into_id = $2', [record.event.id, id]);
        await query('INSERT INTO event_merges (merged_id, into_id, merged_at) VALUES ($1, $2, $3) ON CONFLICT (merged_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at', [id, record.event.id, record.event.updatedAt]);
        await query('DELETE FROM event_keys WHERE event_id = $1', [id]);
        await query('DELETE FROM event_tags WHERE event_id = $1', [id]);
        await query('DELETE FROM events WHERE id = $1', [id]);
      }
      await query(statement, params.values);
      if (change.splitOff) await this.writeSplitOff(query, record.event.id, change.splitOff);
      for (const other of relinked) await this.writeLinks(query, other);
    }));
  }

  async commitWithoutEvent(change: EventlessCommit): Promise<void> {
    const { article } = change;
    if (article.eventId !== null) throw new Error(`article ${article.id}: a commit without an event is for an article with no event id`);
    // The article's parts of a commit's one statement, and nothing of an event; it reads no event, so nothing is checked.
    const params = new SqlParams();
    const statement = statementOf(articleParts(params, article, null, change.outletKey, article.id, change.articleTerms));
    await conflictsAsStale(article.id, () => this.sectionStatement(statement, params.values));
  }

  /**
   * Commits are never held back to be written together: each is written when made, a transaction of
   * its own (PostgreSQL's commit is cheap beside SQLite's sync). Nothing is ever taken back.
   */
  groupCommits(_windowMs: number): number {
    return 0;
  }

  async flush(): Promise<void> {
    await this.ready;
  }

  async splitEvent(change: EventSplit): Promise<void> {
    // The split-off event's keys are not a keyed section's locks, as in commitOnce (review65c).
    if (this.writeLock.inKeyedSection()) throw new Error(`cannot split event ${change.event.id} in a keyed section: a split is written only with the whole store (Store.exclusive without keys)`);
    await this.sectionTransact(async (query) => {
      const kept = await query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [change.event.id]);
      if (kept.length === 0) throw new Error(`cannot split event ${change.event.id}: no such event`);
      await this.writeEvent(query, change.event, change.profile, change.keys, change.passages);
      await this.writeSplitOff(query, change.event.id, change.splitOff);
    });
  }

  /** An event whose record changed only in its links to earlier events: its row and tags (its keys and search text stay). */
  private async writeLinks(query: Query, event: NewsEvent): Promise<void> {
    const written = await query('UPDATE events SET updated_at = $1, card = $2, data = $3 WHERE id = $4 RETURNING id', [event.updatedAt, JSON.stringify(summarizeEvent(event)), JSON.stringify(event), event.id]);
    if (written.length === 0) return;
    const params = new SqlParams();
    await query(statementOf(tagParts(params, event)), params.values);
  }

  private async writeSplitOff(query: Query, keptId: string, splitOff: SplitOff): Promise<void> {
    const { event: other, profile, keys, articleIds, passages } = splitOff;
    // A new event, never one that is there: writing over a live event would leave its articles pointing at another story.
    if (other.id === keptId || (await query('SELECT 1 FROM events WHERE id = $1', [other.id])).length > 0) throw new Error(`a split of event ${keptId} must make a new event, and ${other.id} is already an event`);
    // An id once merged away and now made again is an event of its own: it no longer leads elsewhere.
    await query('DELETE FROM event_merges WHERE merged_id = $1', [other.id]);
    await this.writeEvent(query, other, profile, keys, passages);
    await query('INSERT INTO event_splits (from_id, to_id, split_at, moved) VALUES ($1, $2, $3, $4) ON CONFLICT (from_id, to_id) DO UPDATE SET split_at = excluded.split_at, moved = excluded.moved', [keptId, other.id, other.updatedAt, other.articles.length]);
    await query('UPDATE articles SET event_id = $1 WHERE id = ANY($2)', [other.id, [...articleIds]]);
  }

  /** An event's row with its searched text, its filter tags and its candidate keys, in one statement. */
  private async writeEvent(query: Query, event: NewsEvent, profile: EventProfile, keys: readonly string[], passages: readonly SharedPassage[] | undefined): Promise<void> {
    const params = new SqlParams();
    await query(statementOf(eventParts(params, event, profile, keys, passages)), params.values);
  }

  /**
   * The best hits by ts_rank_cd, then the page's snippets from their stored text (snippet.ts, as the
   * SQLite store makes them). `columns`: the searched text columns, in the index's order.
   */
  private async topHits(query: Query, table: 'events' | 'articles', columns: readonly string[], search: SearchQuery, options: ListOptions, item: string): Promise<{ rank: number; snippet: Snippet; row: Row }[]> {
    const select = `SELECT ${item}, ${columns.map((c, i) => `x.${c} AS c${i}`).join(', ')}, x.seq, ts_rank_cd('${RANK_WEIGHTS}', x.search, q) AS rank
       FROM ${table} x, to_tsquery('${SEARCH_CONFIG}', $1) q WHERE x.search @@ q`;
    const rows = search.names
      ? await query(rankedWithNames(select, columns.map((_, i) => `c${i}`), '$4', '$2', '$3'), [search.tsquery, options.limit ?? 50, options.offset ?? 0, search.names])
      : await query(`${select} ORDER BY rank DESC, x.seq DESC LIMIT $2 OFFSET $3`, [search.tsquery, options.limit ?? 50, options.offset ?? 0]);
    return rows.map((row) => ({ row, rank: Number(row.rank), snippet: makeSnippet(columns.map((_, i) => String(row[`c${i}`] ?? '')), search.matcher, SNIPPET_TOKENS) }));
  }

  private async eventHits(query: Query, search: SearchQuery | null, options: ListOptions, column: 'data' | 'card'): Promise<SearchHit<string>[]> {
    if (!search) return [];
    const hits = await this.topHits(query, 'events', EVENT_TEXT_COLUMNS, search, options, `x.${column} AS item`);
    return hits.flatMap((hit) => (typeof hit.row.item === 'string' && hit.row.item !== '' ? [{ item: hit.row.item, score: hit.rank, snippet: hit.snippet }] : []));
  }

  private async articleHits<T>(query: Query, search: SearchQuery | null, options: ListOptions, columns: string, read: (row: Row) => T): Promise<SearchHit<T>[]> {
    if (!search) return [];
    const hits = await this.topHits(query, 'articles', ARTICLE_TEXT_COLUMNS, search, options, columns);
    return hits.map((hit) => ({ item: read(hit.row), score: hit.rank, snippet: hit.snippet }));
  }

  async searchEvents(query: string, options: ListOptions = {}): Promise<SearchHit<NewsEvent>[]> {
    return (await withSearch(searchQuery(query, this.people), (search) => this.eventHits(this.q, search, options, 'data'))).map((hit) => ({ ...hit, item: JSON.parse(hit.item) as NewsEvent }));
  }

  async searchEventSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    return withSearch(searchQuery(query, this.people), (search) => this.eventHits(this.q, search, options, 'card'));
  }

  async searchArticles(query: string, options: ListOptions = {}): Promise<SearchHit<Article>[]> {
    return withSearch(searchQuery(query, this.people), (search) => this.articleHits(this.q, search, options, 'x.data, x.event_id, x.sentences', toArticle));
  }

  async searchArticleSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    return withSearch(searchQuery(query, this.people), (search) => this.articleHits(this.q, search, options, ARTICLE_SUMMARY_COLUMNS, articleSummaryText));
  }

  /** Both lists in one statement (search-page.ts), with the same hits, order and snippets as eventHits and articleHits give. */
  async searchSummaries(query: string, options: ListOptions = {}): Promise<{ events: SearchHit<string>[]; articles: SearchHit<string>[] }> {
    const asked = searchQuery(query, this.people);
    const search = asked instanceof Promise ? await asked : asked;
    if (!search) return { events: [], articles: [] };
    const rows = await this.prepared(search.names ? SEARCH_PAGE_NAMES : SEARCH_PAGE, [search.tsquery, options.limit ?? 50, options.offset ?? 0, search.names]);
    const events: SearchHit<string>[] = [];
    const articles: SearchHit<string>[] = [];
    for (const row of rows) {
      const texts = (count: number): string[] => Array.from({ length: count }, (_, i) => String(row[`c${i}`] ?? ''));
      if (Number(row.list) === 0) {
        // An empty card is no hit, as in eventHits.
        if (typeof row.card === 'string' && row.card !== '') events.push({ item: row.card, score: Number(row.rank), snippet: makeSnippet(texts(EVENT_TEXT_COLUMNS.length), search.matcher, SNIPPET_TOKENS) });
      } else articles.push({ item: articleSummaryText(row), score: Number(row.rank), snippet: makeSnippet(texts(ARTICLE_TEXT_COLUMNS.length), search.matcher, SNIPPET_TOKENS) });
    }
    return { events, articles };
  }

  /** The query's possible name words the store has as people's names (person-named.ts): a lookup each, few queries have one. */
  private readonly people = async (parsed: ParsedQuery): Promise<ReadonlySet<string>> => {
    const out = new Set<string>();
    for (const { plain } of nameCandidates(parsed)) if ((await this.q(PERSON_NAMED_SQL, personNamedParams(plain))).length > 0) out.add(plain);
    return out;
  };

  async queryEvents(query: EventQuery): Promise<NewsEvent[]> {
    return (await this.selectEvents(query, 'data')).map((text) => JSON.parse(text) as NewsEvent);
  }

  async queryEventSummaries(query: EventQuery): Promise<string[]> {
    return this.selectEvents(query, 'card');
  }

  /** The stored JSON (`data`: whole events; `card`: summaries) of the events a query selects, in order. */
  private async selectEvents(asked: EventQuery, column: 'data' | 'card'): Promise<string[]> {
    // A name a spelling table knows is looked for in both forms (event-order.ts).
    const query = withNameVariants(asked);
    const params = new SqlParams();
    const where: string[] = [];
    let rank = '';
    let names: string[] | null = null;
    const parsed = query.text === undefined ? null : parseQuery(query.text);
    const tsquery = parsed && tsQueryText(parsed);
    // Words that only leave out ("-ransomware"): the filters' events, less those that match them.
    const leftOut = query.text === undefined || parsed ? null : leftOutPhrases(query.text);
    const leftOutText = leftOut && anyPhraseText(leftOut);
    if (leftOutText) where.push(`NOT (e.search @@ to_tsquery('${SEARCH_CONFIG}', ${params.add(leftOutText)}))`);
    else if (query.text !== undefined && !leftOut) {
      if (!tsquery) return [];
      const q = `to_tsquery('${SEARCH_CONFIG}', ${params.add(tsquery)})`;
      rank = `ts_rank_cd('${RANK_WEIGHTS}', e.search, ${q})`;
      where.push(`e.search @@ ${q}`);
      // Checked above the sorted matches, up to the page's last hit (below), not beside the index's match.
      names = namePatterns(nameWords(parsed!, nameCandidates(parsed!).length > 0 ? await this.people(parsed!) : new Set()));
    }
    if (namesNoOne(query)) return [];
    const tagFilters = eventTagFilters(query);
    for (const [kind, value] of tagFilters) {
      if (value) where.push(`e.id IN (SELECT event_id FROM event_tags WHERE kind = ${params.add(kind)} AND value = ${params.add(noNul(value))})`);
    }
    if (query.entityAny) {
      const keys = entityAnyKeys(query.entityAny).map((k) => params.add(noNul(k)));
      where.push(`e.id IN (SELECT event_id FROM event_tags WHERE kind = 'entity' AND value IN (${keys.join(', ')}))`);
    }
    if (query.from) where.push(`e.date >= ${params.add(query.from)}`);
    if (query.to) where.push(`e.date <= ${params.add(query.to)}`);
    const sort: EventSort = query.sort ?? (rank ? 'relevance' : 'date-desc');
    const terms = sort === 'relevance' ? null : EVENT_ORDER[sort];
    if (query.after) {
      if (!terms) throw new Error('the relevance order has no positions to page after (use an offset)');
      where.push(afterCondition(terms, query.after, params));
    }
    const order = terms ? orderBy(terms) : rank ? `${rank} DESC, e.id` : orderBy(EVENT_ORDER['date-desc']);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // The whole record only where the card is empty: read beside every card, it was most of a page's time.
    const picked = (alias: string): string => `${alias}.${column} AS text, CASE WHEN ${alias}.${column} = '' THEN ${alias}.data END AS data`;
    const page = `LIMIT ${params.add(query.limit ?? null)} OFFSET ${params.add(query.offset ?? 0)}`;
    // Name words: the matches sorted, fenced by OFFSET 0 so the check stays above the sort, then checked
    // in that order until the page is full (as rankedWithNames does for a search); the outer order is
    // the inner one's, on the subquery's own columns, so it needs no sort of its own.
    const rows = names
      ? await this.q(`SELECT ${picked('h')} FROM (SELECT e.*, ${rank} AS rank FROM events e ${filter} ORDER BY ${order} OFFSET 0) h WHERE ${namesCondition(EVENT_TEXT_COLUMNS, params.add(names), 'h')} ORDER BY ${terms ? orderBy(terms).replace(/\be\./g, 'h.') : 'h.rank DESC, h.id'} ${page}`, params.values)
      : await this.q(`SELECT ${picked('e')} FROM events e ${filter} ORDER BY ${order} ${page}`, params.values);
    return rows.flatMap((r) => {
      const text = String(r.text ?? '');
      if (text !== '') return [text];
      // A card left empty is made from the record.
      try {
        return [JSON.stringify(summarizeEvent(JSON.parse(String(r.data)) as NewsEvent))];
      } catch {
        return [];
      }
    });
  }

  async eventFacets(): Promise<EventFacets> {
    const [countries, months, themes] = await this.snapshot(async (query) => [
      await query("SELECT k, count(*) AS n FROM (SELECT data::json -> 'location' ->> 'country' AS k FROM events) c WHERE k IS NOT NULL GROUP BY k ORDER BY k"),
      await query('SELECT substr(date, 1, 7) AS k, count(*) AS n FROM events WHERE date IS NOT NULL GROUP BY k ORDER BY k'),
      await query("SELECT t.k COLLATE \"C\" AS k, count(*) AS n FROM events e, json_array_elements_text(e.data::json -> 'themes') t(k) GROUP BY 1 ORDER BY 1"),
    ]);
    const tally = (rows: Row[]): Record<string, number> => Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
    return { countries: tally(countries!), months: tally(months!), themes: tally(themes!) };
  }

  async entityNames(kind: EntityKind): Promise<ParticipantCount[]> {
    const [rows, aliasRows, unitRows] = await this.snapshot(async (query) => [
      await query('SELECT value AS name, count(*) AS n FROM event_tags WHERE kind = $1 GROUP BY value ORDER BY n DESC, value', [ENTITY_TAG[kind]]),
      kind === 'organization' ? await query('SELECT DISTINCT value FROM event_tags WHERE kind = $1 ORDER BY value', [ALIAS_TAG]) : [],
      kind === 'organization' ? await query('SELECT DISTINCT value FROM event_tags WHERE kind = $1 ORDER BY value', [UNIT_TAG]) : [],
    ]);
    const aliases = namesByEntryTag(aliasRows!.map((r) => r.value));
    const units = namesByEntryTag(unitRows!.map((r) => r.value));
    return rows!.map((r) => {
      const [name, country] = String(r.name).split('\t');
      const known = aliases.get(String(r.name));
      const parts = units.get(String(r.name));
      return { name: name!, events: Number(r.n), ...(country ? { country } : {}), ...(known ? { aliases: known } : {}), ...(parts ? { units: parts } : {}) };
    });
  }

  async entityCountries(kind: 'person' | 'place' | 'vessel'): Promise<Map<string, string[]>> {
    const rows = await this.q('SELECT DISTINCT value FROM event_tags WHERE kind = $1', [COUNTRY_TAG[kind]]);
    return countriesByName(rows.map((r) => String(r.value)));
  }

  async entityEventIds(kind: EntityKind, names: readonly { name: string; country?: string }[]): Promise<string[][]> {
    const tags = names.map((n) => noNul(kind === 'organization' ? organizationTag(n.name, n.country ?? null) : n.name));
    if (tags.length === 0) return [];
    const rows = await this.q('SELECT value, event_id FROM event_tags WHERE kind = $1 AND value = ANY($2::text[])', [ENTITY_TAG[kind], tags]);
    return eventIdsByTag(tags, rows);
  }

  async personAliasEventIds(names: readonly string[]): Promise<string[][]> {
    const tags = names.map(noNul);
    if (tags.length === 0) return [];
    const rows = await this.q('SELECT value, event_id FROM event_tags WHERE kind = $1 AND value = ANY($2::text[])', [PERSON_ALIAS_TAG, tags]);
    return eventIdsByTag(tags, rows);
  }

  async counts(): Promise<{ articles: number; events: number }> {
    const [row] = await this.q('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events');
    return { articles: Number(row?.articles ?? 0), events: Number(row?.events ?? 0) };
  }

  async changeMark(): Promise<string> {
    const [row] = await this.q('SELECT last_value, is_called FROM change_mark');
    return row?.is_called ? String(row.last_value) : '0';
  }

  /**
   * PostgreSQL's counterpart of merging FTS5's index pieces: GIN indexes take new entries into a pending
   * list (fast inserts) that every search also reads; gin_clean_pending_list moves it into the main
   * index, and ANALYZE refreshes the planner's statistics. Done when as much was written since the last
   * time as the SQLite store waits for; `force` also VACUUMs (`triangulate optimize`).
   */
  async maintain(options: { force?: boolean } = {}): Promise<Maintenance> {
    const started = performance.now();
    if (this.closed) return { searchIndexMerged: false, more: false, ms: 0 };
    const [clockRow] = await this.q('SELECT coalesce(max(seq), 0) AS n FROM articles');
    const clock = Number(clockRow?.n ?? 0);
    const [lastRow] = await this.q("SELECT value FROM meta WHERE key = 'search_merged_at'");
    const last = Number(lastRow?.value ?? 0);
    if (!options.force && clock - last < Math.max(MERGE_AFTER_ARTICLES, last * MERGE_GROWTH)) return { searchIndexMerged: false, more: false, ms: performance.now() - started };
    for (const index of ['events_search', 'articles_search']) await this.slow('SELECT gin_clean_pending_list(to_regclass($1))', [index]);
    for (const table of ['events', 'articles', 'event_keys', 'event_tags', 'term_df']) await this.slow(options.force ? `VACUUM (ANALYZE) ${table}` : `ANALYZE ${table}`);
    await this.q("INSERT INTO meta (key, value) VALUES ('search_merged_at', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(clock)]);
    // A change, as the SQLite store's merge is: answers cached under the old mark are dropped.
    await this.q("SELECT nextval('change_mark')");
    return { searchIndexMerged: true, more: false, ms: performance.now() - started };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    await Promise.allSettled([...this.running]);
    await this.pool.end();
    appendLockCounts(process.env.TRIANGULATE_LOCK_COUNTS, this.writeLock.counts);
  }

  /** What this store's sections met so far (write-lock.ts LockCounts). */
  lockCounts(): LockCounts {
    return { ...this.writeLock.counts };
  }
}

/** What an article's search summary reads of its row: its card; the whole article only if the card is empty. */
const ARTICLE_SUMMARY_COLUMNS = "x.card, x.event_id, CASE WHEN x.card = '' THEN x.data END AS data, CASE WHEN x.card = '' THEN x.sentences END AS sentences";

/**
 * PostgreSQL's deadlock_detected and serialization_failure: the statement or transaction was undone
 * whole, and may be tried again; and lock_not_available, a row lock waited for lock_timeout (set on a
 * section's lock connection, where its commit runs).
 */
const CONFLICTS = new Set(['40P01', '40001', '55P03']);

/**
 * Statements in one transaction on one connection (`query`'s; `begin`: how it begins), undone whole when
 * one fails; `committing` is told just before COMMIT is sent.
 */
async function transactionOn<T>(query: Query, begin: string, run: (query: Query) => Promise<T>, committing?: () => void): Promise<T> {
  try {
    await query(begin);
    const result = await run(query);
    committing?.();
    await query('COMMIT');
    return result;
  } catch (error) {
    // On a connection closed for want of an answer this fails at once; the server undoes the transaction with the session.
    await query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * A commit whose transaction PostgreSQL undid for a conflict with another writer's (two commits
 * waiting on each other's rows) as a stale read: nothing of it was written, and the article is
 * clustered again (pipeline.ts) rather than failed.
 */
async function conflictsAsStale<T>(eventId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (CONFLICTS.has(String((error as { code?: unknown }).code))) throw new StaleRead(eventId, `the commit met another writer's (${(error as Error).message})`);
    throw error;
  }
}

/**
 * Refuses a commit (StaleRead) when an event it was decided from has another number of articles than
 * it had when read, or was merged away (its articles moved: none left); or when an event it rewrites
 * from the record it read (`rewritten`: relinked ones) was written since with another article count.
 * The events' rows are locked first, in one order: a writer joining or merging one of them meanwhile
 * waits for this transaction to end, then counts again and finds this commit's article. Keyed
 * sections (write-lock.ts) let two articles that join one stored event by different keys run at
 * once: this is what keeps the second from being written over the first.
 */
async function checkRead(query: Query, read: readonly ReadEvent[], rewritten: readonly ReadEvent[] = []): Promise<void> {
  if (read.length === 0 && rewritten.length === 0) return;
  const ids = [...new Set([...read, ...rewritten].map((r) => r.eventId))].sort();
  const locked = await query('SELECT id, article_count FROM events WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
  // The record's own count, as the record read was written with it (an event gone is left as it is: the commit skips it).
  const recorded = new Map(locked.map((r) => [String(r.id), Number(r.article_count)]));
  for (const r of rewritten) if (recorded.has(r.eventId) && recorded.get(r.eventId) !== r.articles) throw new StaleRead(r.eventId);
  if (read.length === 0) return;
  const rows = await query('SELECT event_id, count(*) AS n FROM articles WHERE event_id = ANY($1) GROUP BY event_id', [[...new Set(read.map((r) => r.eventId))]]);
  const now = new Map(rows.map((r) => [String(r.event_id), Number(r.n)]));
  for (const r of read) if ((now.get(r.eventId) ?? 0) !== r.articles) throw new StaleRead(r.eventId);
}
