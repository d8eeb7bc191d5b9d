import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spelledOutAgo } from './relative-stamp-words.js';

describe('spelledOutAgo', () => {
  it('should write a short stamp out in full, with "a" or "an" as one', () => {
    assert.equal(spelledOutAgo('12 mins ago'), '12 minutes ago');
    assert.equal(spelledOutAgo('4 hrs ago'), '4 hours ago');
    assert.equal(spelledOutAgo('an hour ago'), '1 hours ago');
    assert.equal(spelledOutAgo('6h ago'), '6 hours ago');
  });
  it('should leave a sentence, and a bare "m" (minutes or months), as written', () => {
    assert.equal(spelledOutAgo('The ferry left an hour ago'), 'The ferry left an hour ago');
    assert.equal(spelledOutAgo('5m ago'), '5m ago');
  });
});
