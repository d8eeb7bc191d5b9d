import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentInterval, pooledF1, tallyOf } from './timex-bootstrap.js';
import { addDocument, emptyCounts } from './timex-scoring.js';

describe('pooledF1', () => {
  it('should pool the picked documents, a repeated pick counting twice', () => {
    const docs = [
      { hits: 3, gold: 4, predicted: 4 },
      { hits: 0, gold: 2, predicted: 0 },
    ];
    assert.equal(pooledF1(docs, [0, 1]), 0.6);
    assert.equal(pooledF1(docs, [0, 0]), 0.75);
    assert.equal(pooledF1(docs, []), 0);
  });
});

describe('documentInterval', () => {
  it('should shut to a point where every document scores the same', () => {
    const same = Array.from({ length: 10 }, () => ({ hits: 4, gold: 5, predicted: 5 }));
    const { low, high } = documentInterval(same);
    assert.equal(low, 0.8);
    assert.equal(high, 0.8);
  });

  it('should hold the set figure, widen as documents disagree, and repeat itself', () => {
    const mixed = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? { hits: 0, gold: 3, predicted: 3 } : { hits: 3, gold: 3, predicted: 3 }));
    const whole = pooledF1(mixed, mixed.map((_, i) => i));
    const a = documentInterval(mixed);
    assert.ok(a.low < whole && whole < a.high, `${a.low} < ${whole} < ${a.high}`);
    assert.ok(a.high - a.low > 0.1);
    assert.deepEqual(documentInterval(mixed), a);
    const more = Array.from({ length: 300 }, (_, i) => mixed[i % 30]!);
    const b = documentInterval(more);
    assert.ok(b.high - b.low < a.high - a.low, 'ten times the documents, a narrower interval');
  });

  it('should read a document tally from the scorer counts', () => {
    const counts = emptyCounts();
    addDocument(counts, [{ start: 0, end: 6, type: 'DATE', value: '2024-03-29' }], [
      { start: 0, end: 6, type: 'DATE', value: '2024-03-29' },
      { start: 10, end: 13, type: 'DATE', value: 'PRESENT_REF' },
    ]);
    assert.deepEqual(tallyOf(counts), { hits: 1, gold: 1, predicted: 2 });
  });
});
