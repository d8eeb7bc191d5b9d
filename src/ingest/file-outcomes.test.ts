import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileOutcomes, statusOf } from './file-outcomes.js';

describe('file outcomes', () => {
  it('should name a file stored, already stored, partly stored or refused by what came of its documents', () => {
    assert.equal(statusOf({ stored: 2, duplicates: 1, errors: [] }), 'stored');
    assert.equal(statusOf({ stored: 0, duplicates: 1, errors: [] }), 'already-stored');
    assert.equal(statusOf({ stored: 0, duplicates: 1, errors: [{ input: 'a.jsonl:2', problem: 'not valid JSON' }] }), 'partly-stored');
    assert.equal(statusOf({ stored: 0, duplicates: 0, errors: [{ input: 'a.txt', problem: 'empty file' }] }), 'refused');
  });

  it('should keep files apart by key though they share a name, in the order they were opened', () => {
    const outcomes = new FileOutcomes();
    outcomes.open('/tmp/1/a.txt', 'a.txt');
    outcomes.open('/tmp/2/a.txt', 'a.txt');
    outcomes.article('/tmp/2/a.txt', 'art_1', false);
    outcomes.problem('/tmp/1/a.txt', { input: 'a.txt', problem: 'empty file' });
    // Opened twice, still one entry in its first place.
    outcomes.open('/tmp/1/a.txt', 'a.txt');
    assert.deepEqual(
      outcomes.list().map((o) => [o.name, o.status, o.articleIds]),
      [
        ['a.txt', 'refused', []],
        ['a.txt', 'stored', ['art_1']],
      ],
    );
  });
});
