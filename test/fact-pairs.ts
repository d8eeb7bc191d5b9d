/** Scores fact grouping on the labelled pairs of fact-pairs.fixture.ts: is "same claim" told apart? */
import { enrichedArticle } from './articles.js';
import { groupFacts, numberDiscrepancies } from '../src/consolidate/facts.js';
import { sourceGroups } from '../src/consolidate/sources.js';
import { FACT_PAIRS, type FactPair } from './fact-pairs.fixture.js';
import type { ClaimTriple } from './fact-pairs-claims.fixture.js';

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

/** How the facts of three one-sentence reports fall: which reports each fact counts (by index). */
function factsOfReports(texts: readonly string[]): number[][] {
  const outlets = ['First Wire', 'Second Post', 'Third Times'];
  const articles = texts.map((text, i) => enrichedArticle(text, { title: 'Report', outlet: outlets[i]!, publishedAt: `2026-04-06T0${i + 1}:00:00Z`, url: `https://outlet${i}.example/a` }));
  const groups = sourceGroups(articles);
  const facts = groupFacts(articles, groups);
  numberDiscrepancies(facts, groups);
  return facts.map((f) => articles.flatMap((a, i) => (f.fact.sources.includes(a.id) ? [i] : [])));
}

export interface TripleScore {
  /** Claims (two a triple, in each of three orders) whose fact counts the two-claim report and that claim's report. */
  joined: number;
  claims: number;
  /** Orders in which the two one-claim reports were counted by one fact. */
  falseJoins: number;
  orders: number;
  wrong: { triple: ClaimTriple; order: string; facts: number[][] }[];
}

/**
 * Scores the triples of fact-pairs-claims.fixture.ts, each read in three orders (the two-claim report
 * first, second and last): each claim's fact should count the two-claim report and the report of that
 * claim, and no fact the two one-claim reports.
 */
export function scoreTriples(triples: readonly ClaimTriple[]): TripleScore {
  const score: TripleScore = { joined: 0, claims: 0, falseJoins: 0, orders: 0, wrong: [] };
  for (const triple of triples) {
    const orders: [string, string[]][] = [
      ['both first', [triple.both, triple.first, triple.second]],
      ['both second', [triple.first, triple.both, triple.second]],
      ['both last', [triple.first, triple.second, triple.both]],
    ];
    for (const [order, texts] of orders) {
      const facts = factsOfReports(texts);
      const at = (text: string): number => texts.indexOf(text);
      const [both, first, second] = [at(triple.both), at(triple.first), at(triple.second)];
      const has = (f: number[], ...i: number[]): boolean => i.every((x) => f.includes(x));
      const ok1 = facts.some((f) => has(f, both, first) && !f.includes(second));
      const ok2 = facts.some((f) => has(f, both, second) && !f.includes(first));
      const falseJoin = facts.some((f) => has(f, first, second));
      score.claims += 2;
      score.orders++;
      score.joined += Number(ok1) + Number(ok2);
      score.falseJoins += Number(falseJoin);
      if (!ok1 || !ok2 || falseJoin) score.wrong.push({ triple, order, facts });
    }
  }
  return score;
}
