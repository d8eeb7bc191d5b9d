import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPageDate } from './page-date-check.js';
import { createExtract } from './index.js';
import { NewsDocument } from '../model/document.js';
import { rawDocument } from '../ingest/read-input.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('checkPageDate', () => {
  it('should keep a date of the past and one a few hours ahead of the clock', () => {
    assert.deepEqual(checkPageDate('2025-11-02T08:00:00Z', NOW), { publishedAt: '2025-11-02T08:00:00Z', refused: null });
    assert.equal(checkPageDate('2026-03-02T01:00:00+04:00', NOW).refused, null);
  });

  it('should refuse a date of next year and say why', () => {
    const checked = checkPageDate('2027-02-09T10:00:00Z', NOW);
    assert.equal(checked.publishedAt, null);
    assert.match(checked.refused ?? '', /later than the time of ingest/);
  });
});

describe('extract: a page dated after the clock', () => {
  it('should leave out an HTML page date later than the ingest, as a record\'s is', () => {
    const html = '<html><head><meta property="article:published_time" content="2027-05-04T09:00:00Z"><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>'
      + '<p>The island ferry sailed again on Tuesday after three weeks of repairs to its ramp, the operator said in a short notice to passengers.</p>'
      + '<p>Timetables return to the winter pattern, with four crossings a day until the spring schedule begins, and fares are unchanged.</p></article></body></html>';
    const doc = new NewsDocument(rawDocument(html, 'html', { file: 'ferry.html' }, {}));
    createExtract({ now: NOW })(doc);
    assert.equal(doc.article.publishedAt, null);
    assert.ok(doc.messages.some((m) => m.rule === 'implausible-published-at'));
  });
});

describe('extract: dates the caller gives', () => {
  it('should keep a date the input gives for a page, however far ahead, as the caller set it', () => {
    const html = '<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>'
      + '<p>The island ferry sailed again on Tuesday after three weeks of repairs to its ramp, the operator said in a short notice to passengers.</p>'
      + '<p>Timetables return to the winter pattern, with four crossings a day until the spring schedule begins, and fares are unchanged.</p></article></body></html>';
    const doc = new NewsDocument(rawDocument(html, 'html', { file: 'ferry.html' }, { publishedAt: '2031-05-04' }));
    createExtract({ now: NOW })(doc);
    assert.equal(doc.article.publishedAt?.slice(0, 10), '2031-05-04');
  });
});
