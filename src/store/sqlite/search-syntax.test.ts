import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../contract.js';
import { SqliteStore } from './sqlite-store.js';

/** Three events told in sentences written for this test: two cyber stories and a flood. */
async function store(): Promise<SqliteStore> {
  const s = new SqliteStore(':memory:');
  const profile = { terms: {}, names: [], dates: [], size: 1 };
  const stories = [
    ['evt_00000000000000d1', 'Lazarus hackers rob a crypto exchange', 'Hackers of the Lazarus Group stole coins from an exchange in Seoul.'],
    ['evt_00000000000000d2', 'Ransomware hits a hospital', 'A ransomware gang that researchers tie to Lazarus encrypted hospital records in Dublin.'],
    ['evt_00000000000000d3', 'River floods a market town', 'The river burst its banks and flooded the market square overnight.'],
  ] as const;
  for (const [i, [id, title, summary]] of stories.entries()) {
    const a = sampleArticle(200 + i, { headline: title, body: summary });
    await s.commit({ article: a, event: sampleEvent(id, [a], { title, summary, facts: [] }), profile, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
  }
  return s;
}

const ids = (hits: { item: { id: string } }[]): string[] => hits.map((h) => h.item.id).sort();

describe('search syntax in the store', () => {
  it('should leave out the hits that hold a word or phrase after a minus, in search and in the filtered feed', async () => {
    const s = await store();
    try {
      assert.deepEqual(ids(await s.searchEvents('lazarus')), ['evt_00000000000000d1', 'evt_00000000000000d2']);
      assert.deepEqual(ids(await s.searchEvents('lazarus -ransomware')), ['evt_00000000000000d1']);
      assert.deepEqual(ids(await s.searchEvents('lazarus -"hospital records"')), ['evt_00000000000000d1']);
      assert.deepEqual((await s.queryEvents({ text: 'lazarus -ransomware' })).map((e) => e.id), ['evt_00000000000000d1']);
      assert.deepEqual(await s.searchEvents('-ransomware'), []);
      // In the feed, words that only leave out narrow the filters' events, newest first.
      assert.deepEqual((await s.queryEvents({ text: '-ransomware -flooded', country: 'IE' })).map((e) => e.id), ['evt_00000000000000d1']);
      assert.deepEqual((await s.queryEvents({ text: '-ransomware' })).map((e) => e.id).sort(), ['evt_00000000000000d1', 'evt_00000000000000d3']);
      // The snippet marks what was found, never the word left out.
      const [hit] = await s.searchEvents('lazarus -ransomware');
      assert.ok(hit!.snippet.highlights.every(([from, to]) => /lazarus/i.test(hit!.snippet.text.slice(from, to))));
    } finally {
      await s.close();
    }
  });

  it('should match a quoted phrase only as written, and either side of an OR', async () => {
    const s = await store();
    try {
      assert.deepEqual(ids(await s.searchEvents('"crypto exchange"')), ['evt_00000000000000d1']);
      assert.deepEqual(await s.searchEvents('"exchange crypto"'), []);
      assert.deepEqual(ids(await s.searchEvents('flood OR ransomware')), ['evt_00000000000000d2', 'evt_00000000000000d3']);
      assert.deepEqual(ids(await s.searchEvents('exchange OR records -hospital')), ['evt_00000000000000d1']);
      assert.deepEqual(ids((await s.searchSummaries('flood OR ransomware')).articles.map((h) => ({ item: JSON.parse(h.item) as { id: string } }))).length, 2);
    } finally {
      await s.close();
    }
  });
});
