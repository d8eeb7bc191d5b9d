/**
 * TempEval-3 style scores for temporal expressions. A gold expression is found by a prediction that
 * overlaps it (relaxed span), covers exactly its characters (strict span), or overlaps it and carries
 * the same value (value); each prediction is used for at most one gold expression.
 */
import type { TimexType } from '../src/model/types.js';
import type { GoldTimex } from './timeml.js';

export type Predicted = GoldTimex;

export type MatchMode = 'value' | 'strict' | 'relaxed';
export const MODES: readonly MatchMode[] = ['value', 'strict', 'relaxed'];
export const TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export interface TimexCounts {
  gold: number;
  predicted: number;
  hits: Record<MatchMode, number>;
  /** Per type: gold and predicted of that type, value hits counted by the gold's type and by the prediction's. */
  byType: Record<TimexType, { gold: number; predicted: number; goldHits: number; predictedHits: number }>;
}

export function emptyCounts(): TimexCounts {
  const byType = {} as TimexCounts['byType'];
  for (const t of TYPES) byType[t] = { gold: 0, predicted: 0, goldHits: 0, predictedHits: 0 };
  return { gold: 0, predicted: 0, hits: { value: 0, strict: 0, relaxed: 0 }, byType };
}

const MATCHES: Record<MatchMode, (g: GoldTimex, p: Predicted) => boolean> = {
  relaxed: (g, p) => p.start < g.end && g.start < p.end,
  strict: (g, p) => p.start === g.start && p.end === g.end,
  value: (g, p) => p.start < g.end && g.start < p.end && p.value === g.value,
};

/** Adds one document's gold and predictions to the running counts. */
export function addDocument(counts: TimexCounts, gold: readonly GoldTimex[], predicted: readonly Predicted[]): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  for (const g of gold) counts.byType[g.type].gold++;
  for (const p of predicted) counts.byType[p.type].predicted++;
  for (const mode of MODES) {
    const used = new Set<number>();
    for (const g of gold) {
      const i = predicted.findIndex((p, k) => !used.has(k) && MATCHES[mode](g, p));
      if (i < 0) continue;
      used.add(i);
      counts.hits[mode]++;
      if (mode === 'value') {
        counts.byType[g.type].goldHits++;
        counts.byType[predicted[i]!.type].predictedHits++;
      }
    }
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(hitsOfPredicted: number, predicted: number, hitsOfGold: number, gold: number): Prf {
  const precision = predicted ? hitsOfPredicted / predicted : 0;
  const recall = gold ? hitsOfGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function modeScore(counts: TimexCounts, mode: MatchMode): Prf {
  return prf(counts.hits[mode], counts.predicted, counts.hits[mode], counts.gold);
}

export function typeScore(counts: TimexCounts, type: TimexType): Prf {
  const t = counts.byType[type];
  return prf(t.predictedHits, t.predicted, t.goldHits, t.gold);
}
