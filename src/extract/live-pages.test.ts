/** Live pages written for these tests (test/fixtures/live), HTML and scraped text, through the whole extract stage. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../test/helpers.js';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import type { Article } from '../model/types.js';
import { createExtract } from './index.js';

function extracted(name: string): Article {
  const file = join(ROOT, 'test', 'fixtures', 'live', name);
  const doc = new NewsDocument(rawDocument(readFileSync(file, 'utf8'), name.endsWith('.html') ? 'html' : 'text', { file: name }, {}));
  createExtract()(doc);
  return doc.article;
}

describe('live pages', () => {
  it('should keep each entry of an HTML page, newest first, with its time and the text under it, and no greeting or sign-off', () => {
    const a = extracted('harbour-storm-live.html');
    assert.deepEqual(a.liveEntries?.map((e) => [e.stamp, e.time]), [
      ['14:20 GMT', '2026-11-14T14:20:00Z'],
      ['11:55 GMT', '2026-11-14T11:55:00Z'],
      ['09:20 GMT', '2026-11-14T09:20:00Z'],
      ['07:05 GMT', '2026-11-14T07:05:00Z'],
    ]);
    const first = a.liveEntries![0]!;
    assert.equal(a.body.slice(first.start, first.end), 'Hampshire fire service said six people had been injured across the county by falling trees and debris since the morning.\n\nCrews attended more than 200 calls, the service said.');
    assert.doesNotMatch(a.body, /GMT|Good morning|welcome|pausing our live|Thanks for/i);
    assert.ok(a.body.endsWith('The Met Office has an amber wind warning in force for the Solent coast until 18:00.'));
  });

  it('should do the same for scraped text written oldest first', () => {
    const a = extracted('harbour-storm-live.txt');
    assert.deepEqual(a.liveEntries?.map((e) => e.time), ['2026-11-14T07:32:00Z', '2026-11-14T09:15:00Z', '2026-11-14T11:48:00Z', '2026-11-14T14:05:00Z']);
    assert.ok(a.body.startsWith('The Met Office has issued an amber wind warning'));
    assert.doesNotMatch(a.body, /Good morning|Welcome to our live|That's all from us|Thanks for following/);
  });

  it('should drop a stamp alone on a page that is no live page, and give it no entries', () => {
    const doc = new NewsDocument(rawDocument('Harbour crane collapses in Cork\nBy Test Reporter\nPublished: March 4, 2025 09:00\nA crane collapsed at the port of Cork on Monday, injuring four dock workers, the port authority said.\n10:42 GMT\nEngineers said the crane had passed an inspection last month and the cause was not yet known.', 'text', { file: 'cork.txt' }, {}));
    createExtract()(doc);
    assert.equal(doc.article.liveEntries, undefined);
    assert.doesNotMatch(doc.article.body, /10:42/);
  });

  it('should keep the times of a timeline in a report that is no live page', () => {
    const text = 'Gunman held after Lakeside school siege\nBy Test Reporter\nPublished: March 2, 2026 18:00\nA man with a rifle held pupils at Lakeside High School for twenty minutes on Monday before officers arrested him, police said.\nPolice gave this account of the morning:\n8:10 a.m. A man with a rifle entered the school by a side door.\n8:14 a.m. A teacher called 911 from a locked classroom.\n8:31 a.m. Officers arrested the man in the gym.';
    const doc = new NewsDocument(rawDocument(text, 'text', { file: 'lakeside.txt' }, {}));
    createExtract()(doc);
    assert.equal(doc.article.liveEntries, undefined);
    assert.match(doc.article.body, /8:10 a\.m\. A man with a rifle entered the school by a side door\.\n\n8:14 a\.m\. A teacher called 911/);
  });

  it('should take an article beside a "latest news" list of times and headlines for no live page', () => {
    const text = 'Harbour crane collapses in Cork\nBy Test Reporter\nPublished: March 4, 2025 09:00\nLatest news\n08:55\nRail strike called off after talks\n08:40\nStorm closes Cork bridge\n08:15\nWill rates rise again?\nA crane collapsed at the port of Cork on Monday, injuring four dock workers, the port authority said.\nEngineers said the crane had passed an inspection last month and the cause was not yet known.';
    const doc = new NewsDocument(rawDocument(text, 'text', { file: 'cork.txt' }, {}));
    createExtract()(doc);
    assert.equal(doc.article.liveEntries, undefined);
    assert.ok(doc.article.body.startsWith('A crane collapsed at the port of Cork'));
  });

  it('should count "minutes ago" from the fetch time the input gives, and warn where it gives none', () => {
    const page = '<html><head><title>Live: port strike</title><meta property="article:published_time" content="2026-05-01T08:00:00Z"></head><body><article><h1>Live: port strike</h1><p>Updated 10 minutes ago</p><p>Dock workers voted to end the strike on Friday.</p><p>Updated 2 hours ago</p><p>Talks resumed at the port after a week.</p></article></body></html>';
    const read = (hints: { fetchedAt?: string }): NewsDocument => {
      const doc = new NewsDocument(rawDocument(page, 'html', { file: 'strike.html' }, hints));
      createExtract()(doc);
      return doc;
    };
    const fetched = read({ fetchedAt: '2026-05-01T15:00:00Z' });
    assert.deepEqual(fetched.article.liveEntries?.map((e) => e.time), ['2026-05-01T14:50:00Z', '2026-05-01T13:00:00Z']);
    assert.ok(!fetched.article.warnings.some((w) => w.rule === 'live-ago-unplaced'));
    const unknown = read({});
    assert.deepEqual(unknown.article.liveEntries?.map((e) => e.time), [null, null]);
    assert.match(unknown.article.warnings.find((w) => w.rule === 'live-ago-unplaced')!.message, /^2 live entries are stamped/);
  });
});
