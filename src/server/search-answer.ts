/**
 * The answer of `GET /api/search` as JSON text, made where the search runs: on a search thread the
 * thread formats it and sends one string, which crosses to the main thread as a copy, where a list of
 * hit objects had to be cloned (twice the cost) and formatted there, on the one thread every request
 * shares.
 */
import type { Snippet } from '../store/snippet.js';
import type { SearchHit, Store } from '../store/store.js';
import type { SearchSource } from './search-pool.js';

type Searchable = Pick<Store, 'searchSummaries'>;

/** `{"query", "events": [{score, event, snippet}], "articles": [{score, article, snippet}]}`: the summaries put in as stored, not parsed and serialised again. */
export async function searchAnswer(store: Searchable, query: string, limit: number): Promise<string> {
  const { events, articles } = await store.searchSummaries(query, { limit });
  const hits = (list: SearchHit<string>[], key: string): string => list.map((h) => `{"score":${JSON.stringify(h.score)},"${key}":${h.item},"snippet":${snippetJson(h.snippet)}}`).join(',');
  return `{"query":${JSON.stringify(query)},"events":[${hits(events, 'event')}],"articles":[${hits(articles, 'article')}]}`;
}

/** A snippet as JSON.stringify writes it, in half the time (its highlights are pairs of integers). */
function snippetJson(snippet: Snippet): string {
  let highlights = '';
  for (const [from, to] of snippet.highlights) highlights += `${highlights ? ',' : ''}[${from},${to}]`;
  return `{"text":${JSON.stringify(snippet.text)},"highlights":[${highlights}]}`;
}

/** A store answering searches itself, on the main thread (a server without search threads, the tests). */
export function storeSearch(store: Searchable & Pick<Store, 'queryEventSummaries'>): SearchSource {
  return {
    searchAnswer: (query, limit) => searchAnswer(store, query, limit),
    queryEventSummaries: (query) => store.queryEventSummaries(query),
  };
}
