/**
 * How far a set's value F1 could move by the luck of which documents it holds: a bootstrap over
 * documents (resampled with replacement, the set's F1 recomputed each time from the summed counts).
 * Expressions in one document share a creation time, a source and often an annotator's habit, so they
 * are resampled together, not one by one. The generator has a fixed seed: the interval is the same on
 * every run of the same counts.
 */
import type { TimexCounts } from './timex-scoring.js';

export interface Interval {
  low: number;
  high: number;
}

/** Value hits, gold and predicted expressions of one document: all the value F1 of a set needs. */
export interface DocumentTally {
  hits: number;
  gold: number;
  predicted: number;
}

export const tallyOf = (counts: TimexCounts): DocumentTally => ({ hits: counts.hits.value, gold: counts.gold, predicted: counts.predicted });

/** Value F1 over the documents picked (an index may repeat). */
export function pooledF1(docs: readonly DocumentTally[], picks: readonly number[]): number {
  let hits = 0;
  let both = 0;
  for (const i of picks) {
    const d = docs[i]!;
    hits += d.hits;
    both += d.gold + d.predicted;
  }
  // F1 = 2PR / (P + R) = 2 hits / (gold + predicted) when the same hits count for both.
  return both ? (2 * hits) / both : 0;
}

/** A linear congruential generator in [0, 1): the same draws on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** The central 95% of value F1 over `rounds` resamplings of the set's documents. */
export function documentInterval(docs: readonly DocumentTally[], rounds = 2000, seed = 12345): Interval {
  if (docs.length === 0) return { low: 0, high: 0 };
  const random = seeded(seed);
  const scores: number[] = [];
  for (let r = 0; r < rounds; r++) scores.push(pooledF1(docs, docs.map(() => Math.floor(random() * docs.length))));
  scores.sort((a, b) => a - b);
  const at = (q: number): number => scores[Math.min(scores.length - 1, Math.max(0, Math.round(q * (scores.length - 1))))]!;
  return { low: at(0.025), high: at(0.975) };
}
