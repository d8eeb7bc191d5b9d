/** A search thread (see search-pool.ts): its own read-only connection, answering one search at a time. */
import { workerData } from 'node:worker_threads';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { serveThread } from '../util/thread-pool.js';
import { searchAnswer } from './search-answer.js';
import type { SearchReply, SearchRequest } from './search-pool.js';

const store = new SqliteStore((workerData as { db: string }).db, { readOnly: true });

serveThread<SearchRequest, SearchReply>(async (request) => {
  if (request.kind === 'feed') return { result: await store.queryEventSummaries(request.query) };
  if (request.kind === 'answer') return { result: await searchAnswer(store, request.query, request.limit) };
  const { kind, query, options } = request;
  return { result: kind === 'events' ? await store.searchEventSummaries(query, options) : await store.searchArticleSummaries(query, options) };
});
