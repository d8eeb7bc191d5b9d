/**
 * Searches answered on threads of their own, each with its own read-only connection to the database
 * file: ranking a common word's thousands of matches takes milliseconds that would otherwise hold up
 * every other request, and a search of one thread uses one core. SQLite's WAL lets these connections
 * read while the server's own connection writes; each search reads one committed state.
 */
import { availableParallelism } from 'node:os';
import type { EventQuery, ListOptions, SearchHit, Store } from '../store/store.js';
import { ThreadPool } from '../util/thread-pool.js';

/** What the search routes need: this pool, or a store answering itself (storeSearch in search-answer.ts). */
export interface SearchSource extends Pick<Store, 'queryEventSummaries'> {
  /** The answer of GET /api/search, as JSON text or its UTF-8 bytes (see search-answer.ts). */
  searchAnswer(query: string, limit: number): Promise<string | Uint8Array>;
}

/** `feed`: the event feed with its filters (sent here when it has words to search for); `answer`: a whole GET /api/search. */
export type SearchRequest = { kind: 'events' | 'articles'; query: string; options: ListOptions } | { kind: 'feed'; query: EventQuery } | { kind: 'answer'; query: string; limit: number };

/**
 * Summaries travel as the JSON text they are stored as: a string crosses threads by a copy, an object
 * by a clone. A whole answer comes back as its UTF-8 bytes, handed over (see search-worker.ts).
 */
type SearchResult = SearchHit<string>[] | string[] | Uint8Array;

export type SearchReply = { result: SearchResult } | { error: string };

/** Threads when not told: one per core (the main thread mostly waits while they search), at most four. */
export function defaultSearchThreads(): number {
  return Math.min(4, availableParallelism());
}

export class SearchPool implements SearchSource {
  private readonly pool: ThreadPool<SearchRequest, SearchReply>;

  /** `db`: the database file the server's store has open (and has brought to the current schema). */
  constructor(db: string, threads: number) {
    this.pool = new ThreadPool<SearchRequest, SearchReply>(new URL('./search-worker.js', import.meta.url), threads, { db }, (_request, why) => ({ error: why }), { dispatch: 'first-free' });
  }

  async searchEventSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    return (await this.ask({ kind: 'events', query, options })) as SearchHit<string>[];
  }

  async searchArticleSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<string>[]> {
    return (await this.ask({ kind: 'articles', query, options })) as SearchHit<string>[];
  }

  async searchAnswer(query: string, limit: number): Promise<Uint8Array> {
    return (await this.ask({ kind: 'answer', query, limit })) as Uint8Array;
  }

  async queryEventSummaries(query: EventQuery): Promise<string[]> {
    return (await this.ask({ kind: 'feed', query })) as string[];
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async ask(request: SearchRequest): Promise<SearchResult> {
    const reply = await this.pool.run(request);
    if ('error' in reply) throw new Error(`search failed: ${reply.error}`);
    return reply.result;
  }
}
