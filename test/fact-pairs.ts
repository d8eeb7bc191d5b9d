/** Scores fact grouping on the labelled pairs of fact-pairs.fixture.ts: is "same claim" told apart? */
import { enrichedArticle } from './articles.js';
import { groupFacts, numberDiscrepancies } from '../src/consolidate/facts.js';
import { sourceGroups } from '../src/consolidate/sources.js';
import { FACT_PAIRS, type FactPair } from './fact-pairs.fixture.js';

/**
 * Whether two outlets' one-sentence reports come out as one fact that counts both: grouped, and not
 * narrowed away as a variant of a discrepancy (see numberDiscrepancies).
 */
export function groupedAsOne(a: string, b: string): boolean {
  const one = enrichedArticle(a, { title: 'Report', outlet: 'First Wire', publishedAt: '2026-04-06T09:00:00Z', url: 'https://firstwire.example/a' });
  const two = enrichedArticle(b, { title: 'Report', outlet: 'Second Post', publishedAt: '2026-04-06T11:00:00Z', url: 'https://secondpost.example/b' });
  const groups = sourceGroups([one, two]);
  const facts = groupFacts([one, two], groups);
  numberDiscrepancies(facts, groups);
  return facts.some((f) => f.fact.sources.includes(one.id) && f.fact.sources.includes(two.id));
}

export interface PairScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** The pairs grouped wrongly either way. */
  wrong: { pair: FactPair; grouped: boolean }[];
}

export function scorePairs(pairs: readonly FactPair[] = FACT_PAIRS): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const wrong: PairScore['wrong'] = [];
  for (const pair of pairs) {
    const grouped = groupedAsOne(pair.a, pair.b);
    if (grouped && pair.same) tp++;
    else if (grouped) fp++;
    else if (pair.same) fn++;
    else tn++;
    if (grouped !== pair.same) wrong.push({ pair, grouped });
  }
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), wrong };
}
