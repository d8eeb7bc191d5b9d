/**
 * Average-linkage agglomerative clustering on a dense similarity matrix, by the nearest-neighbour
 * chain (O(n²) time): average linkage is reducible, so the chain finds the same merges as the greedy
 * best-pair-first algorithm, and the dendrogram has no inversions. Cutting it at a threshold is then
 * applying every merge at that similarity or above, so one dendrogram serves every threshold of a grid.
 */

export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/** The n - 1 merges (fewer when n < 2). The matrix is updated in place (Lance-Williams), so pass a copy to keep it. */
export function averageLinkage(matrix: Float32Array, n: number): Merge[] {
  const size = new Int32Array(n).fill(1);
  const active = Array.from({ length: n }, (_, i) => i);
  const position = Int32Array.from(active);
  const merges: Merge[] = [];
  const chain: number[] = [];
  while (active.length > 1) {
    if (chain.length === 0) chain.push(active[0]!);
    const top = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Ties go to the previous link of the chain, which is what keeps the chain from cycling.
    let best = previous;
    let bestSimilarity = previous >= 0 ? matrix[top * n + previous]! : -Infinity;
    for (const k of active) {
      if (k === top) continue;
      const s = matrix[top * n + k]!;
      if (s > bestSimilarity) {
        best = k;
        bestSimilarity = s;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    merges.push({ a: previous, b: top, similarity: bestSimilarity });
    // The merged cluster keeps `previous` as its row: its similarity to k is the size-weighted mean.
    const [sa, sb] = [size[previous]!, size[top]!];
    for (const k of active) {
      if (k === previous || k === top) continue;
      const s = (sa * matrix[previous * n + k]! + sb * matrix[top * n + k]!) / (sa + sb);
      matrix[previous * n + k] = s;
      matrix[k * n + previous] = s;
    }
    size[previous] = sa + sb;
    const at = position[top]!;
    const last = active.pop()!;
    if (last !== top) {
      active[at] = last;
      position[last] = at;
    }
  }
  return merges;
}

/** Cluster labels (a representative index per item) with every merge at `threshold` or above applied. */
export function cutAt(merges: readonly Merge[], n: number, threshold: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const m of merges) if (m.similarity >= threshold) parent[find(m.a)] = find(m.b);
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
