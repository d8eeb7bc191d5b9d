import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../contract.js';
import { articleParts } from './row-writes.js';
import { SqlParams } from './sql-params.js';

describe('SqlParams', () => {
  it('should number its placeholders in the order values are added', () => {
    const params = new SqlParams();
    assert.equal(params.add('a'), '$1');
    assert.equal(params.add(2), '$2');
    assert.deepEqual(params.values, ['a', 2]);
  });

  it('should drop NUL characters from text and from lists of text, and leave other values as they are', () => {
    const params = new SqlParams();
    params.add('Out\u0000let');
    params.add(['a\u0000', 'b', null]);
    params.add(7);
    params.add(null);
    assert.deepEqual(params.values, ['Outlet', ['a', 'b', null], 7, null]);
  });

  it('should write an article whose outlet and copy group hold a NUL without it', () => {
    const params = new SqlParams();
    articleParts(params, sampleArticle(1), 'evt_1', 'out\u0000let', 'gro\u0000up', []);
    assert.ok(params.values.includes('outlet'));
    assert.ok(params.values.includes('group'));
    assert.ok(params.values.every((v) => typeof v !== 'string' || !v.includes('\u0000')));
  });
});
