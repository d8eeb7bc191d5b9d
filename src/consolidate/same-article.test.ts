import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.js';
import { ingestPaths } from '../ingest/batch.js';
import type { Article } from '../model/types.js';
import { createStages } from '../pipeline.js';
import { sampleArticle } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { publisherOf, sameArticle, storedSameArticle } from './same-article.js';

const story = 'A ferry ran aground on a sandbank outside Port Alder on Thursday, the coastguard said. All forty passengers were taken off by lifeboat.';

describe('publisherOf and sameArticle', () => {
  it('should know a publisher by its outlet name, else by its site with a mobile or AMP host as the site itself', () => {
    assert.equal(publisherOf({ outlet: 'The  Harbour Gazette', source: {} }), 'outlet:the harbour gazette');
    assert.equal(publisherOf({ outlet: null, source: { url: 'https://amp.harbourgazette.example/a/1' } }), 'site:harbourgazette.example');
    assert.equal(publisherOf({ outlet: null, source: { url: 'https://www.harbourgazette.example/a/1' } }), 'site:harbourgazette.example');
    assert.equal(publisherOf({ outlet: null, source: { file: 'page.txt' } }), null);
  });

  it('should take the same headline and body from the same outlet under two addresses for one article', () => {
    const first = sampleArticle(1, { outlet: 'Harbour Gazette', body: story, source: { url: 'https://harbourgazette.example/news/ferry' } });
    const amp = sampleArticle(2, { outlet: 'Harbour Gazette', headline: first.headline, body: `${story}\n`, source: { url: 'https://m.harbourgazette.example/amp/ferry' } });
    assert.ok(sameArticle(first, amp));
  });

  it('should keep another outlet\'s copy of the same text, an edited body, and text of no known publisher apart', () => {
    const first = sampleArticle(1, { outlet: 'Harbour Gazette', body: story });
    assert.ok(!sameArticle(first, { ...first, outlet: 'Coast Weekly' }));
    assert.ok(!sameArticle(first, { ...first, body: `${story} The harbour master opened an inquiry.` }));
    assert.ok(!sameArticle({ ...first, outlet: null }, { ...first, outlet: null }));
  });
});

describe('storedSameArticle', () => {
  const original = sampleArticle(1, { outlet: 'Harbour Gazette', body: story, source: { url: 'https://harbourgazette.example/news/ferry' } });
  const member = (a: Article, outletKey: string) => ({ id: a.id, publishedAt: a.publishedAt, outletKey, copyGroup: a.id });

  it('should find the stored article among the event\'s loaded ones, or read it when it is not loaded', async () => {
    const again = sampleArticle(2, { outlet: 'Harbour Gazette', headline: original.headline, body: story, source: { url: 'https://harbourgazette.example/amp/ferry' } });
    const members = [member(original, 'outlet:harbour gazette\nsite:harbourgazette.example')];
    assert.equal(await storedSameArticle(again, members, [original], async () => null), original.id);
    const reads: string[] = [];
    const read = async (id: string): Promise<Article | null> => {
      reads.push(id);
      return id === original.id ? original : null;
    };
    assert.equal(await storedSameArticle(again, members, [], read), original.id);
    assert.deepEqual(reads, [original.id]);
  });

  it('should not read members of other outlets', async () => {
    const other = sampleArticle(3, { outlet: 'Coast Weekly', body: story });
    const again = sampleArticle(2, { outlet: 'Harbour Gazette', headline: original.headline, body: story });
    const read = async (): Promise<Article | null> => assert.fail('no member shares an outlet key');
    assert.equal(await storedSameArticle(again, [member(other, 'outlet:coast weekly')], [], read), null);
  });
});

describe('ingestPaths: one outlet\'s page saved under two addresses', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  const page = (address: string): string =>
    `<!doctype html><html><head><meta property="og:url" content="${address}"><meta property="og:site_name" content="Harbour Gazette">` +
    '<title>Ferry runs aground off Port Alder</title>' +
    '<meta property="article:published_time" content="2025-04-03T10:00:00Z"></head><body><article><h1>Ferry runs aground off Port Alder</h1>' +
    '<p>A ferry ran aground on a sandbank outside Port Alder on Thursday morning, the coastguard said.</p>' +
    '<p>All forty passengers were taken off by lifeboat and nobody was hurt, a coastguard officer told reporters at the quay.</p>' +
    '<p>The harbour master said the channel would stay closed until the ferry was towed off at high tide.</p></article></body></html>';
  const first = join(dir.path, 'ferry.html');
  const amp = join(dir.path, 'ferry-amp.html');
  writeFileSync(first, page('https://www.harbourgazette.example/news/ferry-aground'));
  writeFileSync(amp, page('https://m.harbourgazette.example/amp/ferry-aground'));

  it('should store the page once and report the other address as already stored, in one batch or in two', async () => {
    for (const batches of [[[first, amp]], [[first], [amp]]]) {
      const store = new SqliteStore(':memory:');
      try {
        let stored = 0;
        let duplicates = 0;
        for (const files of batches) {
          const report = await ingestPaths(files, createStages(), { store, now: () => '2025-04-04T12:00:00Z' }, { maintain: false });
          stored += report.stored;
          duplicates += report.duplicates;
        }
        assert.deepEqual([stored, duplicates], [1, 1]);
        assert.equal((await store.counts()).articles, 1);
      } finally {
        await store.close();
      }
    }
  });
});
