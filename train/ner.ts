/**
 * `npm run train:ner`: trains the entity tagger on ../shared/data/entities/training (and CrossNER's
 * training part) and writes models/ner.bin.gz. Reproducible: the sentence order is shuffled with a
 * fixed seed, and nothing depends on the clock. GUM news, CrossNER's dev part and MEANTIME are never
 * trained on: bench:enrich tests on them.
 *
 *   node dist/train/ner.js [--epochs N] [--bits B] [--out PATH] [--skip set,set] [--repeat set=N,set=N] [--seed N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString } from '../src/enrich/entities/model/hash.js';
import { featureFingerprint, sentenceFeatures } from '../src/enrich/entities/model/features.js';
import { NerModel } from '../src/enrich/entities/model/tagger.js';
import { labelIndex } from '../src/enrich/entities/model/labels.js';
import { type LabelledSentence, trainingSets } from './ner-data.js';
import { PerceptronTrainer } from './perceptron.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const epochs = Number(option('epochs', '5'));
const bits = Number(option('bits', '20'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = option('out', join(root, 'models', 'ner.bin.gz'));
// Another shuffle seed gives another, equally valid model: comparing variants over several seeds tells
// a real gain from the training order's noise (docs/entities.md, Training).
const seed = Number(option('seed', '20261123'));
const skip = new Set(option('skip', '').split(',').filter(Boolean));
// Sets seen N times an epoch instead of once (hand-checked gold weighs more than GMB's silver labels).
const repeat = new Map(
  option('repeat', '')
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.lastIndexOf('=')), Number(pair.slice(pair.lastIndexOf('=') + 1))] as const),
);

const started = Date.now();
const sets = trainingSets().filter((s) => !skip.has(s.name));
for (const s of sets) console.log(`${s.name}: ${s.sentences.length} sentences, ${s.sentences.reduce((n, x) => n + x.words.length, 0)} tokens`);
const all = sets.flatMap((s) => s.sentences);
const common = commonWords(all);
console.log(`${common.size} words usually written in lower case`);

// A fixed 2% of sentences watches for over-fitting; it is trained on in the last pass.
const random = seeded(seed);
const shuffled = shuffle(all, random);
const watch = shuffled.slice(0, Math.floor(shuffled.length * 0.02));
const watched = new Set(watch);
const train = shuffled.slice(watch.length);
for (const set of sets) {
  const times = repeat.get(set.name) ?? 1;
  for (let k = 1; k < times; k++) for (const s of set.sentences) if (!watched.has(s)) train.push(s);
}
const prepared = (list: readonly LabelledSentence[]) => list.map((s) => ({ features: sentenceFeatures(s.words, common), gold: s.labels.map(labelIndex) }));
const trainSet = prepared(train);
const watchSet = prepared(watch);
console.log(`features ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const trainer = new PerceptronTrainer(bits, common);
for (let epoch = 1; epoch <= epochs; epoch++) {
  let right = 0;
  let total = 0;
  for (const s of shuffle(trainSet, random)) {
    right += trainer.train(s.features, s.gold);
    total += s.gold.length;
  }
  const model = trainer.averaged();
  const f1 = spanF1(watchSet.map((s) => ({ gold: s.gold, predicted: model.decode(s.features, s.gold.length) })));
  console.log(`epoch ${epoch}: training accuracy ${(right / total).toFixed(4)}, watched sentences entity F1 ${f1.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
// The watched sentences join the training data for a last pass.
for (const s of watchSet) trainer.train(s.features, s.gold);
const averaged = trainer.averaged();
const fingerprint = featureFingerprint(all.map((s) => s.words), common);
const bytes = new NerModel(averaged.bits, averaged.weights, averaged.common, fingerprint).serialize();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);

/** Words whose lower-case form is the usual one: a capitalised one is an opener or a title more often than a name. */
function commonWords(sentences: readonly LabelledSentence[]): Set<number> {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const key = w.toLowerCase();
      if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (i > 0 && s.labels[i] !== 'O') capital.set(key, (capital.get(key) ?? 0) + 1);
    });
  }
  const out = new Set<number>();
  for (const [w, n] of lower) if (n >= 5 && n >= 3 * (capital.get(w) ?? 0) && /\p{L}/u.test(w)) out.add(hashString(w));
  return out;
}

/** Exact-match entity F1 over BIO label sequences. */
function spanF1(pairs: readonly { gold: readonly number[]; predicted: readonly number[] }[]): number {
  let tp = 0;
  let goldCount = 0;
  let predictedCount = 0;
  for (const { gold, predicted } of pairs) {
    const g = spans(gold);
    const p = spans(predicted);
    goldCount += g.size;
    predictedCount += p.size;
    for (const s of p) if (g.has(s)) tp++;
  }
  return tp === 0 ? 0 : (2 * tp) / (goldCount + predictedCount);
}

function spans(labels: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]! % 2 !== 1) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === labels[i]! + 1) j++;
    out.add(`${i}:${j}:${labels[i]}`);
  }
  return out;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
