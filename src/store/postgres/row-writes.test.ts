import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../contract.js';
import { articleParts, keyParts, noNul, statementOf } from './row-writes.js';
import { SqlParams } from './sql-params.js';

describe('PostgreSQL row writes as parts of one statement', () => {
  it('should join the parts into one statement that returns nothing of them', () => {
    assert.equal(statementOf(['a AS (DELETE FROM t)', 'b AS (DELETE FROM u)']), 'WITH a AS (DELETE FROM t),\nb AS (DELETE FROM u) SELECT 1');
  });

  it('should count an article\'s terms once each, in one sorted order, with no NUL in them', () => {
    const params = new SqlParams();
    articleParts(params, sampleArticle(1), 'evt_1', 'outlet', 'group', ['harbour', 'crane', 'harbour', 'cr\u0000ane']);
    assert.deepEqual(params.values.at(-1), ['crane', 'harbour']);
    assert.equal(noNul('a\u0000b'), 'ab');
  });

  it('should give an undated event\'s keys an empty last date and no first date', () => {
    const params = new SqlParams();
    const parts = keyParts(params, 'evt_1', ['t:crane', 't:crane'], []);
    assert.equal(parts.length, 5);
    assert.deepEqual(params.values, ['evt_1', '', null, 0, ['t:crane']]);
  });
});
