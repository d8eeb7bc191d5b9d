import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreClustering } from './cluster-metrics.js';

const labels = (entries: string): Map<string, string> => new Map(entries.split(' ').map((e) => e.split('=') as [string, string]));
const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('scoreClustering', () => {
  it('should give 1 everywhere for the gold itself', () => {
    const gold = labels('a=x b=x c=y');
    const s = scoreClustering(gold, gold);
    assert.deepEqual([s.bcubed.f1, s.pairwise.f1, s.clusters, s.goldClusters], [1, 1, 2, 2]);
  });

  it('should score a merge of two gold clusters by hand', () => {
    // Gold {a,b} {c}; predicted {a,b,c}. B-cubed precision: a 2/3, b 2/3, c 1/3 -> 5/9; recall 1.
    // Pairs predicted: ab ac bc, one right -> precision 1/3; the one gold pair found -> recall 1.
    const s = scoreClustering(labels('a=1 b=1 c=1'), labels('a=x b=x c=y'));
    close(s.bcubed.precision, 5 / 9);
    close(s.bcubed.recall, 1);
    close(s.bcubed.f1, (2 * (5 / 9)) / (5 / 9 + 1));
    close(s.pairwise.precision, 1 / 3);
    close(s.pairwise.recall, 1);
    close(s.pairwise.f1, 0.5);
  });

  it('should score a split and a misplaced item by hand', () => {
    // Gold {a,b,c,d} {e}; predicted {a,b} {c} {d,e}.
    // B-cubed precision: a 1, b 1, c 1, d 1/2, e 1/2 -> 4/5. Recall: a 2/4, b 2/4, c 1/4, d 1/4, e 1/1 -> 2.5/5 = 1/2.
    // Pairs predicted: ab (right), de (wrong) -> 1/2. Gold pairs: 6, found 1 -> 1/6.
    const s = scoreClustering(labels('a=1 b=1 c=2 d=3 e=3'), labels('a=x b=x c=x d=x e=y'));
    close(s.bcubed.precision, 4 / 5);
    close(s.bcubed.recall, 1 / 2);
    close(s.pairwise.precision, 1 / 2);
    close(s.pairwise.recall, 1 / 6);
    close(s.pairwise.f1, 0.25);
    assert.equal(s.clusters, 3);
  });

  it('should score only items the gold labels', () => {
    // z is unscored: without it the prediction is the gold.
    const s = scoreClustering(labels('a=1 b=1 z=1 c=2'), labels('a=x b=x c=y'));
    assert.equal(s.items, 3);
    close(s.bcubed.f1, 1);
    close(s.pairwise.f1, 1);
  });

  it('should call all singletons precise, with recall from the gold pairs', () => {
    const s = scoreClustering(labels('a=1 b=2 c=3'), labels('a=x b=x c=y'));
    close(s.bcubed.precision, 1);
    close(s.bcubed.recall, (1 / 2 + 1 / 2 + 1) / 3);
    close(s.pairwise.precision, 1);
    close(s.pairwise.recall, 0);
    close(s.pairwise.f1, 0);
  });
});
