import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { emptyReport, ingestDocument, ingestPaths } from '../ingest/batch.js';
import { rawDocument } from '../ingest/read-input.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { searchAnswer } from './search-answer.js';
import { SearchPool } from './search-pool.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

describe('SearchPool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-search-'));
  const db = join(dir, 'search.db');
  let store: SqliteStore;
  let pool: SearchPool;

  before(async () => {
    store = new SqliteStore(db);
    await ingestPaths([EXAMPLES], createStages(), { store, now: () => '2026-11-29T12:00:00.000Z' });
    pool = new SearchPool(db, 2);
  });
  after(async () => {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should answer as the store does, hits, scores and snippets alike', async () => {
    for (const query of ['ransomware', 'hospital Dublin', 'earthquake', 'of the', 'nothing-matches-this']) {
      for (const options of [{}, { limit: 1 }, { limit: 2, offset: 1 }]) {
        assert.deepEqual(await pool.searchEventSummaries(query, options), await store.searchEventSummaries(query, options), `events: ${query}`);
        assert.deepEqual(await pool.searchArticleSummaries(query, options), await store.searchArticleSummaries(query, options), `articles: ${query}`);
      }
    }
    assert.ok((await pool.searchEventSummaries('ransomware')).length > 0);
  });

  it('should make the whole search answer on a thread as the main thread makes it', async () => {
    for (const query of ['ransomware', 'hospital Dublin', 'nothing-matches-this']) {
      const bytes = await pool.searchAnswer(query, 3);
      // Handed over as bytes the response is written with (see search-worker.ts).
      assert.ok(bytes instanceof Uint8Array);
      const text = new TextDecoder().decode(bytes);
      assert.equal(text, await searchAnswer(store, query, 3), query);
      const answer = JSON.parse(text) as { query: string; events: { event: { id: string } }[]; articles: unknown[] };
      assert.equal(answer.query, query);
      assert.ok(answer.events.length <= 3 && answer.articles.length <= 3);
    }
    assert.ok((JSON.parse(new TextDecoder().decode(await pool.searchAnswer('ransomware', 5))) as { events: unknown[] }).events.length > 0);
  });

  it('should page the event feed with words to search for as the store does', async () => {
    for (const query of [{ text: 'ransomware', sort: 'relevance' as const, limit: 3 }, { text: 'ransomware', sort: 'relevance' as const, limit: 3, offset: 1 }, { text: 'water', country: 'CA', sort: 'date-desc' as const, limit: 10 }]) {
      assert.deepEqual(await pool.queryEventSummaries(query), await store.queryEventSummaries(query), JSON.stringify(query));
    }
    assert.ok((await pool.queryEventSummaries({ text: 'ransomware', limit: 5 })).length > 0);
  });

  it('should see what the server commits after the threads opened the database', async () => {
    const before = (await pool.searchArticleSummaries('Zanzibar')).length;
    const text = 'ZANZIBAR CITY (Harbour Wire) — A ferry ran aground off Zanzibar on Tuesday, the port authority said. All 212 passengers were brought ashore.';
    await ingestDocument(rawDocument(text, 'text', { file: 'ferry.txt' }, { publishedAt: '2026-11-24T09:00:00Z' }), [], createStages(), { store, now: () => '2026-11-29T12:00:00.000Z' }, emptyReport(1));
    assert.equal(before, 0);
    assert.equal((await pool.searchArticleSummaries('Zanzibar')).length, 1);
  });
});
