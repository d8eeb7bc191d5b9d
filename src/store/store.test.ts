import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toMatchQuery } from './store.js';

describe('toMatchQuery', () => {
  it('should require every word, quoted so that no input is a syntax error', () => {
    assert.equal(toMatchQuery('Lazarus NEAR "group" NOT'), '"Lazarus" "NEAR" "group" "NOT"');
    assert.equal(toMatchQuery('  —  '), null);
  });

  it('should leave out function words beside other words, and keep them when they are all there is', () => {
    assert.equal(toMatchQuery('University of Vermont Medical Center'), '"University" "Vermont" "Medical" "Center"');
    assert.equal(toMatchQuery('The Who'), '"Who"');
    assert.equal(toMatchQuery('to be or not to be'), '"be" "not" "be"');
    assert.equal(toMatchQuery('of the'), '"of" "the"');
  });
});

describe('toMatchQuery syntax', () => {
  it('should read a leading minus, a quoted phrase and OR as query-syntax.ts does', () => {
    assert.equal(toMatchQuery('lazarus -ransomware'), '("lazarus") NOT "ransomware"');
    assert.equal(toMatchQuery('"cyber attack" OR hack'), '("cyber attack" OR "hack")');
  });
});
