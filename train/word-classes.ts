/**
 * `npm run train:classes`: word classes for the entity tagger, induced from unlabelled text, written to
 * models/word-classes.bin.gz. Words that occur in the same company fall in one class ("Tuesday" with
 * "Friday", "ministry" with "department", surnames with surnames), so a name the labelled data never
 * showed still shares features with ones it did: the usual gain of cluster features for a linear
 * tagger (Miller et al. 2004; Ratinov and Roth 2009), here for names from other domains.
 *
 * The algorithm is the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each
 * word in turn moves to the class that most raises the likelihood of a class bigram model, over a few
 * passes. The text: the words of the tagger's training sets (ner-data.ts) and the articles of the
 * clustering sets (GVA, ECB+), lower-cased, never the texts bench:enrich tests on. Deterministic.
 *
 *   node dist/train/word-classes.js [--classes N,N] [--passes N] [--min-count N] [--max-words N] [--out PATH]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER_SETS, loadClusterSet } from '../bench/cluster-data.js';
import { hashString } from '../src/enrich/entities/model/hash.js';
import { serializeWordClasses } from '../src/enrich/entities/model/word-classes.js';
import { tokenize } from '../src/enrich/tokens.js';
import { trainingSets } from './ner-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
/** Clusterings, coarse to fine: each a feature of its own, so the tagger weighs how fine to look. */
const SIZES = option('classes', '128').split(',').map(Number);
const PASSES = Number(option('passes', '6'));
/** Words seen fewer times get no class: their company says too little. */
const MIN_COUNT = Number(option('min-count', '3'));
const MAX_WORDS = Number(option('max-words', '40000'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = option('out', join(root, 'models', 'word-classes.bin.gz'));

const started = Date.now();

/** The corpus as runs of words, lower-cased; a boundary between sentences and texts. */
function* corpus(): Generator<string[]> {
  for (const set of trainingSets()) for (const s of set.sentences) yield s.words.map((w) => w.toLowerCase());
  for (const name of CLUSTER_SETS) {
    for (const item of loadClusterSet(name).items) {
      let run: string[] = [];
      for (const token of tokenize(item.text)) {
        run.push(token.text.toLowerCase());
        if (token.text === '.' || token.text === '!' || token.text === '?') {
          yield run;
          run = [];
        }
      }
      if (run.length > 0) yield run;
    }
  }
}

// Vocabulary: the most frequent words seen at least MIN_COUNT times; the rest share one id.
const counts = new Map<string, number>();
let tokens = 0;
for (const run of corpus()) {
  for (const w of run) counts.set(w, (counts.get(w) ?? 0) + 1);
  tokens += run.length;
}
const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([w]) => w);
const OTHER = vocab.length;
const BOUND = vocab.length + 1;
const V = vocab.length + 2;
const id = new Map(vocab.map((w, i) => [w, i]));
console.log(`${tokens} tokens, ${counts.size} distinct words, ${vocab.length} kept (seen ${MIN_COUNT} times or more)`);

// Bigram counts, then each word's neighbours on either side (compressed rows).
const bigrams = new Map<number, number>();
for (const run of corpus()) {
  let prev = BOUND;
  for (const w of run) {
    const cur = id.get(w) ?? OTHER;
    const key = prev * V + cur;
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
    prev = cur;
  }
  const key = prev * V + BOUND;
  bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
}
interface Rows {
  start: Uint32Array;
  other: Uint32Array;
  count: Float64Array;
}
function rows(byLeft: boolean): Rows {
  const degree = new Uint32Array(V + 1);
  for (const key of bigrams.keys()) degree[byLeft ? Math.floor(key / V) : key % V]!++;
  const start = new Uint32Array(V + 1);
  for (let w = 0; w < V; w++) start[w + 1] = start[w]! + degree[w]!;
  const fill = start.slice(0, V);
  const other = new Uint32Array(bigrams.size);
  const count = new Float64Array(bigrams.size);
  for (const [key, n] of bigrams) {
    const [left, right] = [Math.floor(key / V), key % V];
    const at = fill[byLeft ? left : right]!++;
    other[at] = byLeft ? right : left;
    count[at] = n;
  }
  return { start, other, count };
}
const right = rows(true);
const left = rows(false);

/** The exchange algorithm with `CLASSES` classes: each word's class. */
function exchange(CLASSES: number): Int32Array {
  // Classes start round-robin by frequency; the boundary and the rare-word id never move.
  const C = CLASSES + 2;
  const classOf = new Int32Array(V);
  for (let w = 0; w < vocab.length; w++) classOf[w] = w % CLASSES;
  classOf[OTHER] = CLASSES;
  classOf[BOUND] = CLASSES + 1;
  const N = new Float64Array(C * C);
  const asLeft = new Float64Array(C);
  const asRight = new Float64Array(C);
  for (const [key, n] of bigrams) {
    const [a, b] = [classOf[Math.floor(key / V)]!, classOf[key % V]!];
    N[a * C + b]! += n;
    asLeft[a]! += n;
    asRight[b]! += n;
  }

  const f = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

  /** The class bigram model's log-likelihood, up to a constant: what each move raises. */
  function likelihood(): number {
    let sum = 0;
    for (let i = 0; i < C * C; i++) sum += f(N[i]!);
    for (let c = 0; c < C; c++) sum -= f(asLeft[c]!) + f(asRight[c]!);
    return sum;
  }

  const toRight = new Float64Array(C);
  const toLeft = new Float64Array(C);
  const touchedRight: number[] = [];
  const touchedLeft: number[] = [];
  console.log(`pass 0: log-likelihood ${likelihood().toFixed(0)}`);
  for (let pass = 1; pass <= PASSES; pass++) {
    let moved = 0;
    for (let w = 0; w < vocab.length; w++) {
      // The classes of w's neighbours, w itself apart (its own bigrams follow it to its new class).
      let self = 0;
      touchedRight.length = 0;
      touchedLeft.length = 0;
      for (let k = right.start[w]!; k < right.start[w + 1]!; k++) {
        const v = right.other[k]!;
        if (v === w) { self += right.count[k]!; continue; }
        const c = classOf[v]!;
        if (toRight[c] === 0) touchedRight.push(c);
        toRight[c]! += right.count[k]!;
      }
      for (let k = left.start[w]!; k < left.start[w + 1]!; k++) {
        const u = left.other[k]!;
        if (u === w) continue;
        const c = classOf[u]!;
        if (toLeft[c] === 0) touchedLeft.push(c);
        toLeft[c]! += left.count[k]!;
      }
      let outWeight = self;
      for (const c of touchedRight) outWeight += toRight[c]!;
      let inWeight = self;
      for (const c of touchedLeft) inWeight += toLeft[c]!;
      const move = (cls: number, sign: number): void => {
        for (const c of touchedRight) N[cls * C + c]! += sign * toRight[c]!;
        for (const c of touchedLeft) N[c * C + cls]! += sign * toLeft[c]!;
        N[cls * C + cls]! += sign * self;
        asLeft[cls]! += sign * outWeight;
        asRight[cls]! += sign * inWeight;
      };
      const from = classOf[w]!;
      move(from, -1);
      let best = from;
      let bestGain = -Infinity;
      for (let b = 0; b < CLASSES; b++) {
        let gain = f(N[b * C + b]! + toRight[b]! + toLeft[b]! + self) - f(N[b * C + b]!);
        for (const c of touchedRight) if (c !== b) gain += f(N[b * C + c]! + toRight[c]!) - f(N[b * C + c]!);
        for (const c of touchedLeft) if (c !== b) gain += f(N[c * C + b]! + toLeft[c]!) - f(N[c * C + b]!);
        gain -= f(asLeft[b]! + outWeight) - f(asLeft[b]!) + f(asRight[b]! + inWeight) - f(asRight[b]!);
        // Ties keep the word where it was, so a pass with no gain moves nothing.
        if (gain > bestGain + 1e-9 || (b === from && gain >= bestGain - 1e-9)) {
          best = b;
          bestGain = gain;
        }
      }
      move(best, 1);
      if (best !== from) {
        classOf[w] = best;
        moved++;
      }
      for (const c of touchedRight) toRight[c] = 0;
      for (const c of touchedLeft) toLeft[c] = 0;
    }
    console.log(`pass ${pass}: ${moved} words moved, log-likelihood ${likelihood().toFixed(0)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (moved === 0) break;
  }
  return classOf;
}

const clusterings = SIZES.map((size) => {
  console.log(`${size} classes:`);
  return exchange(size);
});

const entries = vocab.map((w, i) => ({ hash: hashString(w), classes: clusterings.map((c) => c[i]!) }));
writeFileSync(out, serializeWordClasses(entries, SIZES));
const finest = clusterings[clusterings.length - 1]!;
for (const probe of ['tuesday', 'ministry', 'police', 'obama', 'london', 'said']) {
  const i = id.get(probe);
  if (i === undefined) continue;
  const same = vocab.filter((_, k) => finest[k] === finest[i]).slice(0, 8);
  console.log(`class of "${probe}" (${SIZES[SIZES.length - 1]} classes): ${same.join(' ')}`);
}
console.log(`wrote ${out}: ${entries.length} words in ${SIZES.join(' and ')} classes, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
