/**
 * `npm run train:cluster`: learns the join model (src/cluster/join-model.ts) from the two clustering
 * development streams in ../shared/data/clustering and writes models/cluster.json.
 *
 * Pairs come from streaming each set through the real pipeline with an oracle cluster stage
 * (cluster-pairs.ts). Half of the gold events (GVA incidents by a hash of their id; ECB+ whole topics,
 * so that a topic's two similar events fall on one side) are held out: the model is fitted on the
 * other half, its join decisions are scored on the held-out half beside the hand-set formula it
 * replaces, and then the shipped model is fitted on all of it. Deterministic: no random numbers.
 *
 * By default the weights of the model in models/cluster.json (or --keep PATH) are kept, with its
 * threshold, and only the features it records as fitted alone (`trainedOn.fitted`), those it lacks
 * and those named by --fit are learned against them: a new feature gets its weight without moving the
 * rest, and the run writes the shipped file again byte for byte. --hold a,b keeps the weights of
 * features fitted alone before (recorded from then on under `trainedOn.held`, and kept by every later
 * run), so that a new feature is fitted alone against them rather than beside them. --full learns
 * every weight and chooses the threshold, as the kept weights once were (docs/clustering.md, Training).
 *
 *   node dist/train/cluster.js [--full] [--keep PATH] [--fit a,b] [--hold a,b] [--limit N] [--l2 X] [--out PATH]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER_SETS, loadClusterSet } from '../bench/cluster-data.js';
import { PAIR_FEATURES, ruledOut } from '../src/cluster/pair-features.js';
import { type ArticlePairs, collectPairs } from './cluster-pairs.js';
import { dot, type Example, fitLogistic, sigmoid } from './logistic.js';
import { keptModel } from './kept-model.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const limit = Number(option('limit', 'Infinity'));
const l2 = Number(option('l2', '1'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = option('out', join(root, 'models', 'cluster.json'));
const full = args.includes('--full');
const kept = full ? null : keptModel(option('keep', join(root, 'models', 'cluster.json')), option('fit', ''), option('hold', ''));

/** The formula the learned model replaced (weights 0.45 terms, 0.35 names, 0.2 date; halved past 6 days). */
const HAND_THRESHOLD = 0.27;
function handScore(x: number[]): number {
  const f = (name: (typeof PAIR_FEATURES)[number]): number => x[PAIR_FEATURES.indexOf(name)]!;
  const date = f('sameDay') ? 1 : f('within2Days') ? 0.7 : f('within6Days') ? 0.3 : f('noDate') ? 0.5 : 0;
  const total = 0.45 * f('terms') + 0.35 * f('names') + 0.2 * date;
  return f('beyond6Days') ? total * 0.5 : total;
}

interface Labelled extends ArticlePairs {
  set: string;
  heldOut: boolean;
}

const started = Date.now();
const articles: Labelled[] = [];
for (const name of CLUSTER_SETS) {
  const set = loadClusterSet(name, limit);
  process.stderr.write(`${name}: streaming ${set.items.length} articles with the oracle stage `);
  const pairs = await collectPairs(set.items, (done) => process.stderr.write(`${done} `));
  process.stderr.write('\n');
  for (const a of pairs) articles.push({ ...a, set: name, heldOut: isHeldOut(name, a.gold) });
}

const trainArticles = articles.filter((a) => !a.heldOut);
const testArticles = articles.filter((a) => a.heldOut);
const fitOptions = kept ? { l2, start: kept.start, free: kept.free } : { l2 };
const trainWeights = fitLogistic(examplesOf(trainArticles), fitOptions);
const learnedScore = (w: number[]) => (x: number[]): number => (ruledOut(x) ? 0 : sigmoid(dot(w, x)));
const threshold = kept ? kept.threshold : bestThreshold(trainArticles, learnedScore(trainWeights));

const report: Record<string, unknown> = {};
if (kept) console.log(`keeping the weights and threshold of ${kept.path}; fitting ${kept.free.map((i) => PAIR_FEATURES[i]).join(', ') || 'nothing'}`);
console.log(`join decisions on held-out gold events (fitted on the other half; threshold ${threshold.toFixed(2)}${kept ? ' kept' : ' chosen there'}):`);
for (const name of CLUSTER_SETS) {
  const held = testArticles.filter((a) => a.set === name);
  const learned = decisionAccuracy(held, learnedScore(trainWeights), threshold);
  const hand = decisionAccuracy(held, handScore, HAND_THRESHOLD);
  const retrieval = held.filter((a) => a.goldStored);
  const found = retrieval.filter((a) => a.pairs.some((p) => p.positive)).length / Math.max(1, retrieval.length);
  console.log(`  ${name}: ${held.length} articles; learned ${learned.toFixed(3)}, hand-set ${hand.toFixed(3)}; gold event among the candidates when stored: ${found.toFixed(3)}`);
  report[name] = { heldOutArticles: held.length, learnedAccuracy: round(learned), handSetAccuracy: round(hand), candidateRecall: round(found) };
}

// The shipped model: fitted on every article, its threshold chosen on all of them (or kept).
const weights = fitLogistic(examplesOf(articles), fitOptions);
const shippedThreshold = kept ? kept.threshold : bestThreshold(articles, learnedScore(weights));
const model = {
  features: [...PAIR_FEATURES],
  weights: weights.map(round),
  threshold: round(shippedThreshold),
  trainedOn: {
    by: 'npm run train:cluster (train/cluster.ts)',
    sets: CLUSTER_SETS.map((name) => ({ name, articles: articles.filter((a) => a.set === name).length, pairs: articles.filter((a) => a.set === name).reduce((n, a) => n + a.pairs.length, 0) })),
    l2,
    ...(kept ? { fitted: kept.free.map((i) => PAIR_FEATURES[i]!), ...(kept.held.length ? { held: kept.held } : {}), kept: kept.provenance } : {}),
    heldOutDecisionAccuracy: report,
  },
};
writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
console.log('weights:', PAIR_FEATURES.map((f, i) => `${f} ${weights[i]!.toFixed(3)}`).join(', '));
console.log(`threshold ${shippedThreshold.toFixed(2)}; wrote ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);

function isHeldOut(set: string, gold: string): boolean {
  // ECB+ gold ids are "<topic>_ecb" / "<topic>_ecbplus": the topic decides.
  const key = set === 'ecbplus' ? gold.split('_')[0]! : gold;
  return createHash('sha256').update(`${set}:${key}`).digest()[0]! % 2 === 1;
}

function examplesOf(list: readonly ArticlePairs[]): Example[] {
  // Pairs the rules rule out never reach the model, so it is not fitted on them either.
  return list.flatMap((a) => a.pairs.filter((p) => !ruledOut(p.x)).map((p) => ({ x: p.x, y: p.positive ? (1 as const) : (0 as const) })));
}

/**
 * The share of articles whose decision is right: joined to their gold event when it was stored, or
 * started a new event when it was not. A retrieval miss counts as wrong whatever the model says.
 */
function decisionAccuracy(list: readonly ArticlePairs[], score: (x: number[]) => number, cut: number): number {
  let right = 0;
  for (const a of list) {
    let best: { p: number; positive: boolean } | null = null;
    for (const pair of a.pairs) {
      const p = score(pair.x);
      if (!best || p > best.p) best = { p, positive: pair.positive };
    }
    const joins = best !== null && best.p >= cut;
    if (joins ? best!.positive : !a.goldStored) right++;
  }
  return list.length === 0 ? 0 : right / list.length;
}

/**
 * The threshold that makes the most join decisions right. The accuracy curve is flat near its top
 * (a few decisions either way), so its exact argmax moves with small changes to the data or the
 * features: the middle of the cuts within 0.1 point of the best is taken instead.
 */
function bestThreshold(list: readonly ArticlePairs[], score: (x: number[]) => number): number {
  const cuts: { cut: number; accuracy: number }[] = [];
  for (let k = 5; k <= 95; k++) cuts.push({ cut: k / 100, accuracy: decisionAccuracy(list, score, k / 100) });
  const top = Math.max(...cuts.map((c) => c.accuracy));
  const near = cuts.filter((c) => c.accuracy >= top - 0.001);
  console.log(`  decision accuracy ${top.toFixed(4)} at best; within 0.001 of it: ${near.map((c) => c.cut.toFixed(2)).join(' ')}`);
  return near[Math.floor((near.length - 1) / 2)]!.cut;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
