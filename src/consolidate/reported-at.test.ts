import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { figureReportedAt, reportedAt, textReportedAt } from './reported-at.js';

const BODY = 'Two people were hurt when a wall fell.\n\nThe toll rose: 12 people were hurt, medics said.\n\nMedics said twelve were still in hospital.';
const live = sampleArticle(1, {
  publishedAt: '2026-02-10T08:00:00Z',
  body: BODY,
  liveEntries: [
    { start: 0, end: 38, stamp: '09:00 GMT', time: '2026-02-10T09:00:00Z' },
    { start: 40, end: 88, stamp: '13:30 CET', time: '2026-02-10T13:30:00+01:00' },
    { start: 90, end: BODY.length, stamp: '15:00 GMT', time: '2026-02-10T15:00:00Z' },
  ],
});

describe('reportedAt', () => {
  it("should date what a live entry tells by the entry, and other text by the page's publication", () => {
    assert.equal(reportedAt(live, 45), Date.parse('2026-02-10T12:30:00Z'));
    assert.equal(textReportedAt(live, 'Two people were hurt when a wall fell.'), Date.parse('2026-02-10T09:00:00Z'));
    assert.equal(textReportedAt(live, 'Not in the body.'), Date.parse('2026-02-10T08:00:00Z'));
    assert.equal(textReportedAt(sampleArticle(2, { publishedAt: '2026-02-10T07:00:00Z' }), 'Crane'), Date.parse('2026-02-10T07:00:00Z'));
  });

  it('should date a figure by every entry that gives it, in digits or in words', () => {
    assert.deepEqual(figureReportedAt(live, '12'), [Date.parse('2026-02-10T12:30:00Z'), Date.parse('2026-02-10T15:00:00Z')]);
    assert.deepEqual(figureReportedAt(live, '2'), [Date.parse('2026-02-10T09:00:00Z')]);
    assert.deepEqual(figureReportedAt(live, '40'), [Date.parse('2026-02-10T08:00:00Z')]);
  });

  it('should not take a clock time in an entry for the figure', () => {
    // The hour of "a briefing at 12:30" once dated the toll of 12 by the entry that gave 15.
    const body = 'Police said 12 people were killed.\n\nThe toll rose to 15, the governor told a briefing at 12:30. She will speak again at 12 pm.';
    const page = sampleArticle(3, {
      publishedAt: '2026-02-10T08:00:00Z',
      body,
      liveEntries: [
        { start: 0, end: 34, stamp: '09:00 GMT', time: '2026-02-10T09:00:00Z' },
        { start: 36, end: body.length, stamp: '12:40 GMT', time: '2026-02-10T12:40:00Z' },
      ],
    });
    assert.deepEqual(figureReportedAt(page, '12'), [Date.parse('2026-02-10T09:00:00Z')]);
    assert.deepEqual(figureReportedAt(page, '30'), [Date.parse('2026-02-10T08:00:00Z')]);
    assert.deepEqual(figureReportedAt(page, '15'), [Date.parse('2026-02-10T12:40:00Z')]);
  });
});
