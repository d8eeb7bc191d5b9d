/** A search thread (see search-pool.ts): its own read-only connection, answering one search at a time. */
import { workerData } from 'node:worker_threads';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { serveThread } from '../util/thread-pool.js';
import { searchAnswer } from './search-answer.js';
import type { SearchReply, SearchRequest } from './search-pool.js';

const store = new SqliteStore((workerData as { db: string }).db, { readOnly: true });

const utf8 = new TextEncoder();

serveThread<SearchRequest, SearchReply>(
  async (request) => {
    if (request.kind === 'feed') return { result: await store.queryEventSummaries(request.query) };
    // The answer goes back as the bytes the response is written with, handed over without a copy: a
    // string would be copied across and then encoded on the main thread, which every request shares.
    if (request.kind === 'answer') return { result: utf8.encode(await searchAnswer(store, request.query, request.limit)) };
    const { kind, query, options } = request;
    return { result: kind === 'events' ? await store.searchEventSummaries(query, options) : await store.searchArticleSummaries(query, options) };
  },
  (reply) => ('result' in reply && reply.result instanceof Uint8Array ? [reply.result.buffer as ArrayBuffer] : []),
);
