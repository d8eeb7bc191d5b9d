/**
 * Searches answered on threads of their own, each with its own read connection to the database file:
 * ranking a common word's thousands of matches takes milliseconds that would otherwise hold up every
 * other request, and a search of one thread uses one core. SQLite's WAL lets these connections read
 * while the server's own connection writes; each sees what was committed when its query began.
 */
import { availableParallelism } from 'node:os';
import type { ArticleSummary } from '../model/article-summary.js';
import type { EventSummary } from '../model/event-summary.js';
import type { ListOptions, SearchHit, Store } from '../store/store.js';
import { ThreadPool } from '../util/thread-pool.js';

/** What the search route needs: a store, or this pool in front of one. */
export type SearchSource = Pick<Store, 'searchEventSummaries' | 'searchArticleSummaries'>;

export interface SearchRequest {
  kind: 'events' | 'articles';
  query: string;
  options: ListOptions;
}

export type SearchReply = { hits: SearchHit<EventSummary>[] | SearchHit<ArticleSummary>[] } | { error: string };

/** Threads when not told: one per core (the main thread mostly waits while they search), at most four. */
export function defaultSearchThreads(): number {
  return Math.min(4, availableParallelism());
}

export class SearchPool implements SearchSource {
  private readonly pool: ThreadPool<SearchRequest, SearchReply>;

  /** `db`: the database file the server's store has open (and has brought to the current schema). */
  constructor(db: string, threads: number) {
    this.pool = new ThreadPool<SearchRequest, SearchReply>(new URL('./search-worker.js', import.meta.url), threads, { db }, (_request, why) => ({ error: why }));
  }

  async searchEventSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<EventSummary>[]> {
    return (await this.search('events', query, options)) as SearchHit<EventSummary>[];
  }

  async searchArticleSummaries(query: string, options: ListOptions = {}): Promise<SearchHit<ArticleSummary>[]> {
    return (await this.search('articles', query, options)) as SearchHit<ArticleSummary>[];
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async search(kind: SearchRequest['kind'], query: string, options: ListOptions): Promise<SearchHit<EventSummary>[] | SearchHit<ArticleSummary>[]> {
    const reply = await this.pool.run({ kind, query, options });
    if ('error' in reply) throw new Error(`search failed: ${reply.error}`);
    return reply.hits;
  }
}
