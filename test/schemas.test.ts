/** The schemas as the tests check them: formats (date, date-time) are checked, not only patterns. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { assertSchema } from './helpers.js';

describe('schema checks in the tests', () => {
  const article = sampleArticle(1);

  it('should refuse a date that matches the pattern but is not on the calendar, and a time that is no time', () => {
    assertSchema('event', sampleEvent('evt_0000000000000001', [article], { date: '2024-02-29' }));
    assert.throws(() => assertSchema('event', sampleEvent('evt_0000000000000001', [article], { date: '2025-02-30' })), /"format": "date"/);
    assert.throws(() => assertSchema('event', sampleEvent('evt_0000000000000001', [article], { updatedAt: 'yesterday' })), /"format": "date-time"/);
  });

  it("should take an article's publication time with or without its UTC offset, or its day alone, and refuse one off the clock", () => {
    for (const publishedAt of ['2025-03-10', '2025-03-10T09:00:00', '2025-03-10T09:00:00+01:00']) assertSchema('article', { ...article, publishedAt });
    assert.throws(() => assertSchema('article', { ...article, publishedAt: '2025-03-10T25:00:00Z' }), /"format": "iso-date-time"/);
  });
});
