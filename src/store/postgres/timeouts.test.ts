import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_QUERY_TIMEOUT_MS, secondsText, storeTimeouts } from './timeouts.js';

describe("a PostgreSQL store's timeouts", () => {
  it('should wait 120 s for an answer and 60 s for locks when nothing sets them', () => {
    assert.deepEqual(storeTimeouts({}, {}), { queryMs: DEFAULT_QUERY_TIMEOUT_MS, lockMs: DEFAULT_LOCK_TIMEOUT_MS });
    assert.deepEqual([DEFAULT_QUERY_TIMEOUT_MS, DEFAULT_LOCK_TIMEOUT_MS], [120_000, 60_000]);
  });

  it('should take seconds from the environment, fractions and 0 (no limit) included, and let the options win over them', () => {
    const env = { TRIANGULATE_PG_QUERY_TIMEOUT: ' 2.5 ', TRIANGULATE_PG_LOCK_TIMEOUT: '0' };
    assert.deepEqual(storeTimeouts({}, env), { queryMs: 2500, lockMs: 0 });
    assert.deepEqual(storeTimeouts({ queryMs: 700 }, env), { queryMs: 700, lockMs: 0 });
    assert.deepEqual(storeTimeouts({}, { TRIANGULATE_PG_QUERY_TIMEOUT: '' }), { queryMs: DEFAULT_QUERY_TIMEOUT_MS, lockMs: DEFAULT_LOCK_TIMEOUT_MS });
  });

  it('should refuse in words a value that is no number of seconds, or too long for a timer', () => {
    for (const bad of ['2m', '-1', 'soon', '9999999']) {
      assert.throws(() => storeTimeouts({}, { TRIANGULATE_PG_LOCK_TIMEOUT: bad }), new RegExp(`^Error: TRIANGULATE_PG_LOCK_TIMEOUT must be a number of seconds \\(0 for no limit, at most 2147483\\), got '${bad}'$`));
    }
  });

  it('should refuse a wait asked for that is too short to be counted in milliseconds, rather than make it no limit', () => {
    assert.throws(() => storeTimeouts({}, { TRIANGULATE_PG_QUERY_TIMEOUT: '0.0001' }), /^Error: TRIANGULATE_PG_QUERY_TIMEOUT must be 0 \(no limit\) or at least 0\.001 seconds, got '0\.0001'$/);
    assert.equal(storeTimeouts({}, { TRIANGULATE_PG_QUERY_TIMEOUT: '0.000' }).queryMs, 0);
    assert.equal(storeTimeouts({}, { TRIANGULATE_PG_LOCK_TIMEOUT: '0.001' }).lockMs, 1);
  });

  it('should say milliseconds as seconds without trailing zeros', () => {
    assert.deepEqual([secondsText(120_000), secondsText(400), secondsText(1250)], ['120 s', '0.4 s', '1.25 s']);
  });
});
