import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from './http-error.js';
import { decodeCursor, decodeEventCursor, encodeCursor, encodeEventCursor, Query } from './params.js';

const query = (text: string): Query => new Query(new URLSearchParams(text));
const refused = (fn: () => unknown, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof HttpError && e.status === 400 && message.test(e.message));
};

describe('query parameters', () => {
  it('should read typed values and fall back to defaults', () => {
    const q = query('limit=5&from=2024-02-29&country=kr&sort=date-asc');
    assert.equal(q.integer('limit', 20, 1, 100), 5);
    assert.equal(q.date('from'), '2024-02-29');
    assert.equal(q.country('country'), 'KR');
    assert.equal(q.choice('sort', ['date-asc', 'date-desc']), 'date-asc');
    assert.equal(q.string('q'), undefined);
    q.done();
  });

  it('should name the parameter and the problem', () => {
    refused(() => query('limit=1.5').integer('limit', 20, 1, 100), /'limit' must be a whole number from 1 to 100, got '1.5'/);
    refused(() => query('from=29-02-2024').date('from'), /'from' must be a date written YYYY-MM-DD, got '29-02-2024'/);
    refused(() => query('q=%20%20').string('q'), /'q' is empty/);
    refused(() => query('q=a&q=b').string('q'), /given 2 times/);
    refused(() => {
      const q = query('limt=3');
      q.integer('limit', 20, 1, 100);
      q.done();
    }, /unknown query parameter 'limt' \(known here: limit\)/);
  });

  it('should say a date written right does not exist, naming the parameter and why', () => {
    refused(() => query('from=2025-02-30').date('from'), /^query parameter 'from': the date '2025-02-30' does not exist \(February 2025 has 28 days\)$/);
    refused(() => query('to=2023-02-29').date('to'), /'to': the date '2023-02-29' does not exist \(February 2023 has 28 days\)/);
    refused(() => query('to=2024-13-01').date('to'), /'to': the date '2024-13-01' does not exist \(month 13; months run from 01 to 12\)/);
    assert.equal(query('to=2024-02-29').date('to'), '2024-02-29');
  });

  it('should refuse a country code the gazetteer does not know, naming the parameter and what is accepted', () => {
    refused(() => query('country=XX').country('country'), /^query parameter 'country': 'XX' is not an ISO 3166-1 alpha-2 country code; accepted are the \d+ codes the gazetteer \(world-countries\) knows, such as US, GB/);
    refused(() => query('country=uk').country('country'), /'uk' is not an ISO 3166-1 alpha-2 country code \(the code for what you mean is GB\)/);
    assert.equal(query('country=gb').country('country'), 'GB');
  });

  it('should give out cursors it can read back, and refuse any other', () => {
    assert.equal(decodeCursor(encodeCursor(40)), 40);
    assert.equal(decodeCursor(undefined), 0);
    refused(() => decodeCursor('bm9wZQ'), /not a cursor this server gave out/);
    refused(() => decodeCursor(Buffer.from('{"o":-1}').toString('base64url')), /not a cursor/);
  });

  it('should give the event feed keyset cursors tied to their order', () => {
    const cursor = encodeEventCursor({ sort: 'date-desc', after: ['2025-03-01', 'evt_0000000000000001'] });
    assert.deepEqual(decodeEventCursor(cursor, 'date-desc'), { sort: 'date-desc', after: ['2025-03-01', 'evt_0000000000000001'] });
    assert.deepEqual(decodeEventCursor(encodeEventCursor({ offset: 20 }), 'relevance'), { offset: 20 });
    assert.equal(decodeEventCursor(undefined, 'date-desc'), null);
    refused(() => decodeEventCursor(cursor, 'sources'), /belongs to the 'date-desc' order, not 'sources'/);
    refused(() => decodeEventCursor(Buffer.from('{"s":"date-desc","k":[{}]}').toString('base64url'), 'date-desc'), /not a cursor/);
    refused(() => decodeEventCursor('%%%', 'date-desc'), /not a cursor/);
  });

  it('should refuse a hand-made event cursor whose values do not fit its order, which PostgreSQL would fail on', () => {
    const made = (k: unknown[], s = 'sources'): string => Buffer.from(JSON.stringify({ s, k })).toString('base64url');
    assert.deepEqual(decodeEventCursor(made([3, 5, null, 'evt_1']), 'sources'), { sort: 'sources', after: [3, 5, null, 'evt_1'] });
    assert.deepEqual(decodeEventCursor(made([null, 'evt_1'], 'date-asc'), 'date-asc'), { sort: 'date-asc', after: [null, 'evt_1'] });
    refused(() => decodeEventCursor(made(['x', 1, null, 'evt_1']), 'sources'), /not a cursor/);
    refused(() => decodeEventCursor(made([1.5, 1, null, 'evt_1']), 'sources'), /not a cursor/);
    refused(() => decodeEventCursor(made([99999999999, 1, null, 'evt_1']), 'sources'), /not a cursor/);
    refused(() => decodeEventCursor(made([1, 1, null, null]), 'sources'), /not a cursor/);
    refused(() => decodeEventCursor(made(['2025-10-20\u0000', 'evt_1'], 'date-desc'), 'date-desc'), /not a cursor/);
    refused(() => decodeEventCursor(made([7, 'evt_1'], 'date-desc'), 'date-desc'), /not a cursor/);
    refused(() => decodeEventCursor(made([null, 'evt_1'], 'updated'), 'updated'), /not a cursor/);
    refused(() => decodeEventCursor(made(['2025-10-20', 'evt_1'], 'relevance'), 'relevance'), /not a cursor/);
  });
});
