/**
 * Clustering scores against gold classes, over the items both give a label to: B-cubed (Bagga and
 * Baldwin 1998: each item's precision and recall over the cluster it is in, averaged over items) and
 * pairwise (every pair of items put together: right when gold puts them together too).
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScore {
  bcubed: PRF;
  pairwise: PRF;
  items: number;
  clusters: number;
  goldClusters: number;
}

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * `predicted` and `gold` map item ids to cluster labels; only items in both are scored (an item the
 * gold leaves out is dropped from its predicted cluster too). With no pair predicted, pairwise
 * precision is 1 (nothing wrong was claimed); with no gold pair, pairwise recall is 1.
 */
export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScore {
  const cell = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  let items = 0;
  for (const [item, g] of gold) {
    const p = predicted.get(item);
    if (p === undefined) continue;
    items++;
    const key = `${p}\u0000${g}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  // Each item of a cell (p, g) has precision n/|p| and recall n/|g|; the n items of the cell together add n²/|p| and n²/|g|.
  let precisionSum = 0;
  let recallSum = 0;
  let together = 0;
  for (const [key, n] of cell) {
    const [p, g] = key.split('\u0000') as [string, string];
    precisionSum += (n * n) / predictedSize.get(p)!;
    recallSum += (n * n) / goldSize.get(g)!;
    together += pairs(n);
  }
  let predictedPairs = 0;
  for (const n of predictedSize.values()) predictedPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  return {
    bcubed: items === 0 ? prf(0, 0) : prf(precisionSum / items, recallSum / items),
    pairwise: prf(predictedPairs === 0 ? 1 : together / predictedPairs, goldPairs === 0 ? 1 : together / goldPairs),
    items,
    clusters: predictedSize.size,
    goldClusters: goldSize.size,
  };
}
