/**
 * Entity scoring: a predicted span counts when its start, end and type equal a gold span's (exact
 * match, as CoNLL scores). Predictions that overlap a gold entity of a type we do not tag (an
 * election, a work of art, a title standing for a person) are set aside, neither right nor wrong,
 * unless they equal a gold name nested inside it. MEANTIME marks whole noun phrases
 * ("analyst Paul Nesbit") and only some entities, so it gets a recall in which a gold mention is found
 * when a prediction of its type lies inside it.
 */
import type { GoldDocument, Kind } from '../train/ner-data.js';

export interface Predicted {
  start: number;
  end: number;
  kind: Kind;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type CountsByKind = Record<Kind | 'all', Counts>;

export const KINDS: readonly Kind[] = ['PER', 'ORG', 'LOC'];

export function emptyCounts(): CountsByKind {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
}

export function scoreDocument(doc: GoldDocument, predicted: readonly Predicted[], counts: CountsByKind): void {
  const gold = doc.spans.filter((s) => s.kind !== null);
  const ignored = doc.spans.filter((s) => s.kind === null);
  const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.kind}`));
  const seen = new Set<string>();
  for (const p of predicted) {
    const key = `${p.start}:${p.end}:${p.kind}`;
    // A name nested in a set-aside mention ("U.S." in "U.S. Senator", GUM) is still scored.
    if (!goldKeys.has(key) && ignored.some((s) => p.start < s.end && s.start < p.end)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = goldKeys.has(key);
    counts[p.kind][hit ? 'tp' : 'fp']++;
    counts.all[hit ? 'tp' : 'fp']++;
  }
  for (const g of gold) {
    if (seen.has(`${g.start}:${g.end}:${g.kind}`)) continue;
    counts[g.kind!].fn++;
    counts.all.fn++;
  }
}

export function recallInside(doc: GoldDocument, predicted: readonly Predicted[]): { found: number; total: number } {
  let found = 0;
  for (const g of doc.spans) if (predicted.some((p) => p.kind === g.kind && p.start >= g.start && p.end <= g.end)) found++;
  return { found, total: doc.spans.length };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
