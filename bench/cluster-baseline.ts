/**
 * The batch baseline of issue 5: TF-IDF cosine (tfidf.ts) over each item's title and whole text (page
 * clutter included: a baseline has no extractor), average-linkage agglomerative clustering
 * (agglomerative.ts), the cut threshold tuned by grid search on the very data it is scored on (so it is
 * an upper bound for this method), best B-cubed F1 wins. With publication dates (GVA), a date gate is
 * tuned too: pairs published more than a week apart get similarity 0, or no gate.
 */
import { averageLinkage, cutAt } from './agglomerative.js';
import type { ClusterItem } from './cluster-data.js';
import { type ClusteringScore, scoreClustering } from './cluster-metrics.js';
import { cosineMatrix, tfidfVectors } from './tfidf.js';

export interface BaselineResult {
  threshold: number;
  /** Days apart beyond which two items are never similar; null for no gate. */
  gateDays: number | null;
  score: ClusteringScore;
  /** Item id -> cluster label at the best setting. */
  labels: Map<string, string>;
  seconds: number;
  /** The best score for each gate tried, for the report. */
  tried: { gateDays: number | null; threshold: number; bcubedF1: number }[];
}

const THRESHOLDS = Array.from({ length: 95 }, (_, i) => Math.round((0.03 + i * 0.01) * 100) / 100);
const DAY = 86_400_000;

export function tunedBaseline(items: readonly ClusterItem[]): BaselineResult {
  const started = Date.now();
  const gold = new Map(items.filter((i) => i.gold !== null).map((i) => [i.id, i.gold!]));
  const vectors = tfidfVectors(items.map((i) => `${i.title ?? ''}\n${i.text}`));
  const days = items.map((i) => (i.publishedAt ? Math.floor(Date.parse(i.publishedAt) / DAY) : null));
  const gates: (number | null)[] = days.every((d) => d !== null) ? [null, 7] : [null];
  const n = items.length;
  let best: Omit<BaselineResult, 'seconds' | 'tried'> | null = null;
  const tried: BaselineResult['tried'] = [];
  for (const gateDays of gates) {
    const keep = gateDays === null ? undefined : (i: number, j: number): boolean => Math.abs(days[i]! - days[j]!) <= gateDays;
    const merges = averageLinkage(cosineMatrix(vectors, keep), n);
    let bestOfGate: { threshold: number; score: ClusteringScore; cut: Int32Array } | null = null;
    for (const threshold of THRESHOLDS) {
      const cut = cutAt(merges, n, threshold);
      const score = scoreClustering(new Map(items.map((item, k) => [item.id, String(cut[k])])), gold);
      if (!bestOfGate || score.bcubed.f1 > bestOfGate.score.bcubed.f1) bestOfGate = { threshold, score, cut };
    }
    tried.push({ gateDays, threshold: bestOfGate!.threshold, bcubedF1: bestOfGate!.score.bcubed.f1 });
    if (!best || bestOfGate!.score.bcubed.f1 > best.score.bcubed.f1) {
      const cut = bestOfGate!.cut;
      best = { threshold: bestOfGate!.threshold, gateDays, score: bestOfGate!.score, labels: new Map(items.map((item, k) => [item.id, String(cut[k])])) };
    }
  }
  return { ...best!, seconds: (Date.now() - started) / 1000, tried };
}
