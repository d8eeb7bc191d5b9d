import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.js';
import type { NewsEvent } from '../model/types.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { EventQuery } from '../store/store.js';
import { EXPORT_FORMATS, exportWriter, writeAll } from './index.js';
import { exportChunks, withSources } from './stream.js';

const dir = tempDir();
after(() => dir.cleanup());
let stores = 0;

async function sampleStore(): Promise<SqliteStore> {
  const store = new SqliteStore(join(dir.path, `events-${++stores}.db`));
  // Dates repeat and one is missing, so the pages' seams fall inside runs of one date.
  const dates = ['2025-03-10', '2025-03-10', null, '2024-11-02', '2025-03-10', '2025-06-01', null, '2024-11-02'];
  for (const [i, date] of dates.entries()) {
    const article = sampleArticle(i + 1);
    const event = sampleEvent(`evt_${(i + 1).toString(16).padStart(16, '0')}`, [article], { date, summary: `Crane "${i}", at berth ${i}; workers evacuated.` });
    await store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: { crane: 1 }, names: [], dates: [], size: 1 }, keys: [], outletKey: `o${i}`, copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: [] });
  }
  return store;
}

async function text(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('exportChunks', () => {
  it('should give, page by page, the bytes of the whole-text export of every event, in every format', async () => {
    const store = await sampleStore();
    try {
      const events = await withSources(store, await store.listEvents());
      for (const format of EXPORT_FORMATS) {
        // A STIX bundle's id comes from what it holds: the two must match byte for byte, the id too.
        const writer = (): ReturnType<typeof exportWriter> => exportWriter(format);
        assert.equal((await text(exportChunks(store, writer(), {}, 3))).join(''), writeAll(writer(), events), format);
      }
    } finally {
      await store.close();
    }
  });

  it('should ask the store for one page at a time, never for every event', async () => {
    const store = await sampleStore();
    try {
      const limits: (number | undefined)[] = [];
      const counting = { queryEvents: (query: EventQuery): Promise<NewsEvent[]> => (limits.push(query.limit), store.queryEvents(query)) };
      await text(exportChunks(counting, exportWriter('jsonl'), {}, 3));
      assert.deepEqual(limits, [3, 3, 3]);
    } finally {
      await store.close();
    }
  });

  it('should export only the events the filters select, in the order the store gives them for those filters', async () => {
    const store = await sampleStore();
    try {
      const ids = async (filters: Parameters<typeof exportChunks>[2]): Promise<string[]> =>
        (await text(exportChunks(store, exportWriter('jsonl'), filters, 2))).join('').trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as NewsEvent).id);
      const march = (await store.queryEvents({ sort: 'date-desc', from: '2025-03-01', to: '2025-03-31' })).map((e) => e.id);
      assert.equal(march.length, 3);
      // Pages of two, so the seam falls inside the run of one date.
      assert.deepEqual(await ids({ from: '2025-03-01', to: '2025-03-31' }), march);
      // Words to search for: the search's order, every match once across the pages.
      const matches = (await store.queryEvents({ text: 'crane evacuated' })).map((e) => e.id);
      assert.equal(matches.length, 8);
      assert.deepEqual(await ids({ text: 'crane evacuated' }), matches);
      assert.deepEqual(await ids({ text: 'crane', from: '2026-01-01' }), []);
    } finally {
      await store.close();
    }
  });

  it("should write each event with its articles as sources, read from the store", async () => {
    const store = await sampleStore();
    try {
      const lines = (await text(exportChunks(store, exportWriter('jsonl'), {}, 3))).join('').trim().split('\n');
      const events = lines.map((line) => JSON.parse(line) as NewsEvent & { sourceArticles: { id: string; outlet: string | null; headline: string | null }[] });
      assert.equal(events.length, 8);
      for (const e of events) {
        assert.deepEqual(e.sourceArticles.map((a) => a.id), e.articles);
        const stored = (await store.getArticle(e.articles[0]!))!;
        assert.deepEqual(e.sourceArticles[0], { id: stored.id, outlet: stored.outlet, agency: stored.agency, headline: stored.headline, url: stored.source.url ?? null, publishedAt: stored.publishedAt });
      }
    } finally {
      await store.close();
    }
  });
});
