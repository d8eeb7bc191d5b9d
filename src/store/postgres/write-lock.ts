/**
 * The locks several writers of one PostgreSQL store take around each article's clustering reads and
 * commit (Store.exclusive): session advisory locks, held on a connection of their own while the
 * section's reads run on the pool's others. Its commit runs on the lock connection (onSection), so it
 * can succeed only while the session holding the locks lives. Extract and enrich, most of an article's
 * CPU, run outside them, in parallel across processes.
 *
 * Two kinds of section. A keyed section (an article's, with SectionKeys) takes the store's lock shared,
 * then each of its keys, exclusive or shared as the keys say. A whole-store section (a review's split,
 * an undated article's, a section without keys) takes the store's lock exclusive, so it waits for every
 * keyed section to end and none begins while it runs. All of a section's locks are taken in one
 * statement, the store's first and then the keys in the order of their hashes: every section asks for
 * locks in one global order, so no two wait on each other in a cycle. PostgreSQL would still find such
 * a cycle and fail one statement with a deadlock error; that statement is tried again, never the
 * article failed.
 *
 * What the keys guarantee (the cluster stage's lock-keys.ts chooses them): two articles one of which
 * could find the new event the other makes by a name or a term that is not common (its lookup keys
 * meet the other's own index keys, in a date bucket both windows touch, or a person's name at any
 * date) never run their sections at once. For the events an article joins, merges or relinks, which
 * the keys do not cover, the commit's stale-read check (Commit.readEvents, stale-read.ts) stands:
 * another writer that changed one meanwhile makes the commit fail whole, and the article is clustered
 * again (pipeline.ts). Not covered by either: a new event found by common terms alone, keys an event
 * gains when an article joins it, and candidates an article read but did not join (decided as if it
 * came first). See docs/postgres.md.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type * as Pg from 'pg';
import { SectionLost } from '../stale-read.js';
import type { SectionKeys } from '../store.js';
import { answeredWithin, noAnswer } from './deadline.js';
import { pooledConnection } from './pool-wait.js';
import { DEFAULT_LOCK_TIMEOUT_MS, LOCK_TIMEOUT_ENV, secondsText, type StoreTimeouts } from './timeouts.js';

/** The store lock's key, hashed by the server with the schema: stores in other schemas of a database never wait on each other. */
export const WRITE_LOCK = 'triangulate writers';
/** What a section's keys are hashed with (and the schema), apart from the store lock's key. */
const KEY_PREFIX = 'triangulate key ';
/** PostgreSQL's deadlock_detected. */
const DEADLOCK = '40P01';
/**
 * PostgreSQL's out_of_memory, which a lock statement meets as "out of shared memory": the server's lock
 * table is full (its size is max_locks_per_transaction × max_connections). The section then runs
 * whole-store, one lock.
 */
const LOCK_TABLE_FULL = new Set(['53200']);
/** PostgreSQL's lock_not_available: the lock statement waited lock_timeout. */
const LOCK_TIMED_OUT = '55P03';
/** Tries of a lock statement that timed out before the section fails (a failure that may pass: a queue job is retried). */
export const LOCK_TIMEOUT_ATTEMPTS = 5;
/**
 * The lock connection's settings. lock_timeout: how long a lock statement waits before it lets go of
 * what it took and tries again (timeouts.ts; it bounds a commit's row-lock waits as well). TCP
 * keepalives: the server probes an idle client after 30 s and gives up after three probes 10 s apart,
 * so a writer whose machine died or was cut off lets its locks go in about a minute, not after the
 * system's two hours. (Over a Unix socket these settings do nothing, and need nothing.)
 */
function sessionSettings(lockMs: number): string {
  return `SET lock_timeout = ${Math.round(lockMs)}; SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3; ${idleTimeouts("'0'")}`;
}
/**
 * The server's idle timeouts (idle_session_timeout since PostgreSQL 14, which some managed services
 * set; idle_in_transaction_session_timeout) set to `value` on this session: the lock connection sits
 * idle while the section's reads run on other connections, and a server that ended it for that would
 * take the section's locks and refuse its commit (review65c). Read from pg_settings so that a server
 * without one of them (idle_session_timeout before 14) sets only the other, rather than failing.
 */
function idleTimeouts(value: string): string {
  return `SELECT set_config(name, ${value}, false) FROM pg_settings WHERE name IN ('idle_session_timeout', 'idle_in_transaction_session_timeout')`;
}
/** What the lock connection's settings go back to before the pool has it again. */
const SESSION_RESET = `SELECT pg_advisory_unlock_all(); RESET lock_timeout; ${idleTimeouts('reset_val')}`;

/**
 * Thrown by onSection(): the section's locks went with their connection before its commit was sent,
 * so nothing of the commit was written (had the transaction begun, the server undid it with the
 * session). Only the session may be gone (the server's idle timeout, an administrator, a pooler), so
 * the pipeline tries the article again in a new section, on a new connection, as for a stale read;
 * a server really gone fails that section's connection, which stops the batch.
 */
export class LocksLost extends SectionLost {
  /** `why`: what is known of the loss (the deadline's NoAnswer), else the usual causes. */
  constructor(why = 'the server ended the session, or the network dropped') {
    super(`the connection holding the section's locks was lost before its commit (${why}): nothing of the commit was written`);
    this.name = 'LocksLost';
  }
}

/**
 * Thrown by onSection(): the connection was lost while the commit was being sent or answered, so the
 * server may have made it (under the locks) or not. The batch or worker stops as for a server it lost
 * (a connection failure's class, 08, store/write-failure.ts); the same input run again finds the
 * article "already stored" if the commit was made, and stores it if not.
 */
export class LocksLostInCommit extends Error {
  readonly code = '08006';
  constructor(why = 'the server ended the session, or the network dropped') {
    super(`the connection holding the section's locks was lost during its commit (${why}): the commit may or may not have been made; run the same input again, and the article is reported "already stored" if it was`);
    this.name = 'LocksLostInCommit';
  }
}

/**
 * A section whose lock statement waited lock_timeout LOCK_TIMEOUT_ATTEMPTS times: another writer held
 * its locks all that while (a long section, or one stuck). Nothing of the article was written; it
 * fails alone (the batch goes on) and a queue worker retries its job. Keeps the SQLSTATE it came with.
 */
export class LocksNotGranted extends Error {
  readonly code = LOCK_TIMED_OUT;
  constructor(where: string, lockMs: number) {
    super(`the section's locks on the PostgreSQL store ${where} were not granted in ${LOCK_TIMEOUT_ATTEMPTS} waits of ${secondsText(lockMs)} each (another writer held them: a long section, or one stuck); nothing of this article was written: run the same input again to store it, as a queue worker does (${LOCK_TIMEOUT_ENV} sets each wait)`);
    this.name = 'LocksNotGranted';
  }
}

/** What a WriteLock needs to know of its store: its address for messages, and the timeouts (timeouts.ts). */
export interface LockSettings extends StoreTimeouts {
  where: string;
}

/**
 * Thrown by onSection() for a use asked for after its section ended: a callback the section's work left
 * behind (a timer, a promise it did not wait for) still finds the section by its async context, but its
 * locks were let go and its connection given back to the pool, where another section may be using it
 * (review65c finding 3). Nothing is run; a section's writes must be made before its work ends.
 */
export class SectionEnded extends Error {
  constructor() {
    super('a write of a section was asked for after the section ended (its locks were let go and its connection given back): refused, nothing written; a section\'s writes must be waited for inside its work');
    this.name = 'SectionEnded';
  }
}

/** The running section, as its work sees it (AsyncLocalStorage): its lock connection, and whether that failed. */
interface Section {
  client: Pg.PoolClient;
  lost: boolean;
  /** Whether the work has ended: from then on no new use may start (the connection is about to go back to the pool). */
  ended: boolean;
  /** Whether the running use has sent its commit (or its one statement): a loss from then on may have come after the server made it. */
  committing: boolean;
  /** Whether it holds keys (not the whole store). */
  keyed: boolean;
  /** Uses of the connection one after another: a transaction's statements must not interleave with another's. */
  turn: Promise<unknown>;
}

/** Tries of a lock statement that PostgreSQL failed as a deadlock; they cannot happen in the global order, so this is a guard. */
const LOCK_ATTEMPTS = 20;

/**
 * What this process's sections met, counted so that a bench can tell where several writers lose time
 * (bench/pg-writers.ts): whether they wait for each other's keys, or take the whole store.
 */
export interface LockCounts {
  /** Sections run on their keys. */
  keyed: number;
  /** Whole-store sections asked for without keys: the review's, an article's third try, a worker's relink. */
  wholeAsked: number;
  /** Whole-store sections of an article whose keys came back null: no date, or more than MAX_SECTION_KEYS. */
  wholeNoKeys: number;
  /** Keyed sections run whole-store because the server's lock table was full. */
  wholeTableFull: number;
  /** Sections whose locks were not all free when first asked for: they waited for another writer. */
  waited: number;
  /** Milliseconds those sections spent from their first ask to holding their locks. */
  waitedMs: number;
  /** Lock statements that waited lock_timeout, and that PostgreSQL failed as deadlocks. */
  timeouts: number;
  deadlocks: number;
  /** Commits refused as stale reads (counted by the store): each sends its article to be clustered again. */
  staleCommits: number;
  /** Commits of a keyed section that split a stored event, sent to a whole-store section (counted by the store). */
  wholeForSplit: number;
}

export function noLockCounts(): LockCounts {
  return { keyed: 0, wholeAsked: 0, wholeNoKeys: 0, wholeTableFull: 0, waited: 0, waitedMs: 0, timeouts: 0, deadlocks: 0, staleCommits: 0, wholeForSplit: 0 };
}

export class WriteLock {
  /**
   * Sections of this process, one after another: sections of one process waiting on the server would
   * each hold a pool connection while the one running needs some for its statements.
   */
  private queue: Promise<unknown> = Promise.resolve();

  /** The section the caller runs in, if any: its work's statements reach it by their async context. */
  private readonly current = new AsyncLocalStorage<Section>();

  /** Counted since the lock was made (see LockCounts). */
  readonly counts: LockCounts = noLockCounts();

  constructor(
    private readonly pool: Pg.Pool,
    /** Waited for before the lock is taken (the store's schema creation). */
    private readonly ready: Promise<void>,
    private readonly settings: LockSettings = { where: 'the store', queryMs: 0, lockMs: DEFAULT_LOCK_TIMEOUT_MS },
  ) {}

  /**
   * A statement on the lock connection with the store's deadline on its answer. A lock statement that
   * may wait on `waits` locks in turn gets lock_timeout more for each: the server's lock_timeout bounds
   * each lock's wait, not the statement, so a healthy wait on several keys released one after another
   * may last that long (review66b finding 3). None when the lock wait is unbounded: a long wait cannot
   * be told from a cut.
   */
  private ask(client: Pg.PoolClient, sql: string, params?: unknown[], waits = 0): Promise<Pg.QueryResult> {
    const { queryMs, lockMs, where } = this.settings;
    const ms = waits === 0 ? queryMs : queryMs > 0 && lockMs > 0 ? queryMs + lockMs * waits : 0;
    return answeredWithin(client, ms, where, () => client.query(sql, params));
  }

  run<T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> {
    const turn = this.queue.then(() => this.holding(work, keys));
    // The next section waits for this one to end, however it ends.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Runs `use` on the lock connection of the section the caller is in (the store's commits), one use at
   * a time; null outside any section. Why on that connection: its session holds the section's locks
   * from the lock statement until they are let go after the work, and a session never comes back once
   * it ended, so a commit that succeeds on it was made while the locks were held; if the connection was
   * lost before COMMIT reached the server, the server undid the transaction with the session. `use`
   * calls `committing` just before it sends what makes its writes durable (COMMIT, or a statement
   * run on its own). Rejects, when the connection is known lost, with LocksLost if that was before
   * (nothing written), with LocksLostInCommit if after (made or not, unknown).
   */
  onSection<T>(use: (client: Pg.PoolClient, committing: () => void) => Promise<T>): Promise<T> | null {
    const section = this.current.getStore();
    if (!section) return null;
    // Uses asked for while the work ran are chained on `turn`, which the section waits for before it lets go.
    if (section.ended) return Promise.reject(new SectionEnded());
    const turn = section.turn.then(async () => {
      if (section.lost) throw new LocksLost();
      section.committing = false;
      try {
        return await use(section.client, () => {
          section.committing = true;
        });
      } catch (error) {
        // A statement left unanswered past the deadline: its connection was closed, and the locks went with it.
        const unanswered = noAnswer(error);
        if (!section.lost && !unanswered) throw error;
        section.lost = true;
        const why = unanswered ? error.message : undefined;
        throw section.committing ? new LocksLostInCommit(why) : new LocksLost(why);
      } finally {
        section.committing = false;
      }
    });
    section.turn = turn.catch(() => undefined);
    return turn;
  }

  /**
   * `take` (the session's settings and the lock statements, on the section's connection), with a
   * statement left unanswered past its deadline made a lost section: the connection was closed with
   * whatever it had taken, and the article is tried again in a new section as for a lost commit
   * (SectionLost), rather than failed.
   */
  private async locked(take: () => Promise<void>): Promise<void> {
    try {
      await take();
    } catch (error) {
      if (noAnswer(error)) throw new LocksLost(`before its locks were granted: ${error.message}`);
      throw error;
    }
  }

  /** Statements on `client` through ask(); `waits`: how many locks each may wait for in turn (0: none). */
  private asker(client: Pg.PoolClient, waits: number): Ask {
    return (sql, params) => this.ask(client, sql, params, waits);
  }

  /** Whether the caller runs in a section that holds keys rather than the whole store. */
  inKeyedSection(): boolean {
    const section = this.current.getStore();
    // An ended section is none: its late write is refused by onSection, as SectionEnded.
    return section?.keyed === true && !section.ended;
  }

  private async holding<T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> {
    await this.ready;
    // Computed before any lock is held: they read the store (term statistics), and the locks wait for no read.
    const wanted = keys ? await keys() : null;
    const client = await pooledConnection(this.pool, this.settings.where);
    const section: Section = { client, lost: false, ended: false, committing: false, keyed: false, turn: Promise.resolve() };
    const lose = (): void => {
      section.lost = true;
    };
    client.on('error', lose);
    client.on('end', lose);
    let locking = wanted;
    let tried = false;
    let broken = false;
    let timeouts = 0;
    try {
      tried = true;
      await this.locked(async () => {
        await this.ask(client, sessionSettings(this.settings.lockMs));
        const asked = performance.now();
        let waited = false;
        for (let attempt = 1; ; attempt++) {
          try {
            // First without waiting: when all are free (most sections) that is the one statement; when
            // not, what it took is let go and the waiting statement asked, in the global order.
            if (waited || !(await lockAll(this.asker(client, 0), locking, false))) {
              if (!waited) await this.ask(client, 'SELECT pg_advisory_unlock_all()');
              waited = true;
              await lockAll(this.asker(client, lockCount(locking)), locking, true);
            }
            break;
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            if (code === LOCK_TIMED_OUT) this.counts.timeouts++;
            if (code === DEADLOCK) this.counts.deadlocks++;
            if (code === LOCK_TIMED_OUT && ++timeouts < LOCK_TIMEOUT_ATTEMPTS) {
              // Waited lock_timeout: what was taken is let go (a whole-store request queued behind this one
              // may then run) and the statement asked again.
              await this.ask(client, 'SELECT pg_advisory_unlock_all()');
              await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
              continue;
            }
            if (code === LOCK_TIMED_OUT) throw new LocksNotGranted(this.settings.where, this.settings.lockMs);
            if (typeof code === 'string' && LOCK_TABLE_FULL.has(code) && locking !== null) {
              // Too many keys for the lock table at this moment: one lock, the whole store's, instead.
              await this.ask(client, 'SELECT pg_advisory_unlock_all()');
              locking = null;
              this.counts.wholeTableFull++;
              continue;
            }
            if (code !== DEADLOCK || attempt >= LOCK_ATTEMPTS) throw error;
            // Session locks taken before the statement failed stay held: all let go before the next try.
            await this.ask(client, 'SELECT pg_advisory_unlock_all()');
            await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
          }
        }
        if (waited) {
          this.counts.waited++;
          this.counts.waitedMs += performance.now() - asked;
        }
      });
      if (locking) this.counts.keyed++;
      else if (!keys) this.counts.wholeAsked++;
      else if (!wanted) this.counts.wholeNoKeys++;
      section.keyed = locking !== null;
      return await this.current.run(section, work);
    } finally {
      section.ended = true;
      // A use of the connection still running (the work gave up waiting for it) ends before the unlock.
      await section.turn;
      if (tried) {
        // A connection whose unlock failed may still hold locks: it is closed, which lets them go.
        await this.ask(client, SESSION_RESET).catch(() => {
          broken = true;
        });
      }
      client.off('error', lose);
      client.off('end', lose);
      client.release(broken || section.lost);
    }
  }
}

/** How many locks a lock statement takes for `keys`: the store's and each key's (whole-store: the store's alone). */
export function lockCount(keys: SectionKeys | null): number {
  return keys ? 1 + new Set([...keys.exclusive, ...keys.shared]).size : 1;
}

/** A statement on the lock connection (WriteLock.asker). */
type Ask = (sql: string, params?: unknown[]) => Promise<Pg.QueryResult>;

/**
 * One statement that takes the section's locks: the store's (exclusive without keys, shared with them),
 * then the keys by their hashes, each exclusive if any of its keys is (two keys may share a hash: then
 * they are one lock, which only makes two sections wait that need not).
 */
async function lockAll(ask: Ask, keys: SectionKeys | null, wait: boolean): Promise<boolean> {
  // current_schema() in every key: the tests' stores share one database, a schema each.
  if (!keys) {
    const fn = wait ? 'pg_advisory_lock' : 'pg_try_advisory_lock';
    const rows = await ask(`SELECT ${fn}(hashtextextended($1 || current_schema(), 0))::text AS got`, [WRITE_LOCK]);
    return wait || rows.rows?.[0]?.got !== 'false';
  }
  // Without waiting, every lock is still tried (an aggregate reads all its rows): the caller lets all go when one was not free.
  const take = wait
    ? "count(CASE WHEN o.shared THEN pg_advisory_lock_shared(o.h) ELSE pg_advisory_lock(o.h) END)::text"
    : "bool_and(CASE WHEN o.shared THEN pg_try_advisory_lock_shared(o.h) ELSE pg_try_advisory_lock(o.h) END)::text";
  const rows = await ask(
    `SELECT ${take} AS got FROM (
       SELECT h, min(rank) AS rank, bool_and(shared) AS shared FROM (
         SELECT hashtextextended($1 || current_schema(), 0) AS h, 0 AS rank, true AS shared
         UNION ALL SELECT hashtextextended($2 || current_schema() || k, 0), 1, false FROM unnest($3::text[]) k
         UNION ALL SELECT hashtextextended($2 || current_schema() || k, 0), 1, true FROM unnest($4::text[]) k) a
       GROUP BY h ORDER BY min(rank), h OFFSET 0) o`,
    [WRITE_LOCK, KEY_PREFIX, [...keys.exclusive], [...keys.shared]],
  );
  return wait || rows.rows?.[0]?.got !== 'false';
}
