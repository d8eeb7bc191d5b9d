/**
 * The statistical entity tagger: an averaged structured perceptron over hashed features (features.ts),
 * decoded exactly (Viterbi) with BIO constraints. Weights live in one table of buckets x labels; the
 * shipped model (models/ner.bin.gz, trained by `npm run train:ner`) stores them as 16-bit integers.
 *
 * A model read from its bytes is frozen: its weights are those integers, so every score is an exact
 * integer sum and the order of adding cannot change a decision. That lets it score the word-level
 * features (about two thirds of the work) once per distinct word instead of once per occurrence.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { BIAS, LABEL_FEATURES, labelFeatures, type SentenceFeatures, sentenceFeatures, transitionFeature, type WordInfo } from './features.js';
import { allowed, LABEL_COUNT } from './labels.js';

const MAGIC = 'TRNER1';
// addRow is unrolled for seven labels.
if (LABEL_COUNT !== 7) throw new Error('the tagger is written for seven labels');

export class NerModel {
  readonly mask: number;
  private readonly labelScratch = new Uint32Array(LABEL_FEATURES);
  /** Which label may follow which, as a table (decoding asks 49 times a word). */
  private readonly allowedTable = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  /**
   * Once frozen, per distinct word: its own features' scores (LABEL_COUNT values), then for each
   * previous label the scores of the transition and label features (LABEL_COUNT x LABEL_COUNT).
   * Weakly held: the feature code's word cache decides how long a word is kept.
   */
  private wordScores: WeakMap<WordInfo, Float64Array> | null = null;

  constructor(
    readonly bits: number,
    /** buckets x labels, row-major: floats while training, the shipped 16-bit integers once read. */
    readonly weights: Float32Array | Int16Array,
    /** Hashes of words usually written in lower case. */
    readonly common: ReadonlySet<number>,
    /** The features' fingerprint over the training data when it was trained (features.ts), if known. */
    readonly fingerprint: string | null = null,
  ) {
    this.mask = (1 << bits) - 1;
    for (let p = 0; p < LABEL_COUNT; p++) for (let l = 0; l < LABEL_COUNT; l++) this.allowedTable[p * LABEL_COUNT + l] = allowed(p, l) ? 1 : 0;
  }

  /** Promise that the weights will not change again (training changes them; a shipped model does not). */
  freeze(): this {
    this.wordScores ??= new WeakMap();
    return this;
  }

  /** Labels for a sentence's words (BIO indices, see labels.ts). */
  tag(words: readonly string[]): number[] {
    return this.decode(sentenceFeatures(words, this.common), words.length);
  }

  /** The best label sequence under the BIO constraints (Viterbi over the previous label). */
  decode(s: SentenceFeatures, n: number): number[] {
    if (n === 0) return [];
    const L = LABEL_COUNT;
    const best = new Float64Array(n * L).fill(-Infinity);
    const back = new Int8Array(n * L);
    const own = new Float64Array(L);
    // Per previous label p, the scores its transition and label features give each label, at p * L.
    const uncachedSteps = new Float64Array(L * L);
    // The label features' first one (the previous label alone) gives the same row at every word, and
    // the weights may change between calls while training: read once per sentence, when needed.
    let transitions: Float64Array | null = null;
    const transitionRows = (): Float64Array => (transitions ??= this.transitionRows());
    const scratch = this.labelScratch;
    const cache = this.wordScores;
    for (let i = 0; i < n; i++) {
      const word = cache ? this.scoresOfWord(s, i, cache, transitionRows) : null;
      if (word) this.contextScores(s, i, word, own);
      else this.staticScores(s, i, own);
      const steps = word ?? uncachedSteps;
      const stepsAt = word ? L : 0;
      const previousLabels = i === 0 ? 1 : L;
      for (let p = 0; p < previousLabels; p++) {
        const before = i === 0 ? 0 : best[(i - 1) * L + p]!;
        if (before === -Infinity) continue;
        const row = stepsAt + p * L;
        if (!word) {
          labelFeatures(s, i, p, scratch);
          const step = uncachedSteps.subarray(row, row + L);
          step.set(transitionRows().subarray(row, row + L));
          for (let k = 1; k < LABEL_FEATURES; k++) this.addRow(scratch[k]!, step);
        }
        for (let l = 0; l < L; l++) {
          if (this.allowedTable[p * L + l] === 0) continue;
          const total = before + own[l]! + steps[row + l]!;
          if (total > best[i * L + l]!) {
            best[i * L + l] = total;
            back[i * L + l] = p;
          }
        }
      }
    }
    const labels = new Array<number>(n);
    let last = 0;
    for (let l = 1; l < L; l++) if (best[(n - 1) * L + l]! > best[(n - 1) * L + last]!) last = l;
    for (let i = n - 1; i >= 0; i--) {
      labels[i] = last;
      last = back[i * L + last]!;
    }
    return labels;
  }

  /** Per previous label p, at p * LABEL_COUNT: the scores its transition feature gives each label. */
  private transitionRows(): Float64Array {
    const L = LABEL_COUNT;
    const rows = new Float64Array(L * L);
    for (let p = 0; p < L; p++) this.addRow(transitionFeature(p), rows.subarray(p * L, p * L + L));
    return rows;
  }

  /** Scores of each label from token i's own features. */
  staticScores(s: SentenceFeatures, i: number, out: Float64Array): void {
    out.fill(0);
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) this.addRow(s.hashes[k]!, out);
  }

  /** Token i's word-level scores, from the cache or computed into it (see `wordScores`). */
  private scoresOfWord(s: SentenceFeatures, i: number, cache: WeakMap<WordInfo, Float64Array>, transitionRows: () => Float64Array): Float64Array {
    const info = s.infos[i]!;
    let scores = cache.get(info);
    if (scores) return scores;
    const L = LABEL_COUNT;
    scores = new Float64Array(L + L * L);
    const own = scores.subarray(0, L);
    this.addRow(BIAS, own);
    for (const h of info.own) this.addRow(h, own);
    for (const h of info.affixes) this.addRow(h, own);
    const scratch = this.labelScratch;
    const transitions = transitionRows();
    for (let p = 0; p < L; p++) {
      const step = scores.subarray(L + p * L, L + p * L + L);
      step.set(transitions.subarray(p * L, p * L + L));
      labelFeatures(s, i, p, scratch);
      for (let k = 1; k < LABEL_FEATURES; k++) this.addRow(scratch[k]!, step);
    }
    cache.set(info, scores);
    return scores;
  }

  /** staticScores for a frozen model: the word's cached part plus the features that depend on the sentence. */
  private contextScores(s: SentenceFeatures, i: number, word: Float64Array, out: Float64Array): void {
    const info = s.infos[i]!;
    const end = s.offsets[i + 1]! - info.affixes.length;
    // addRow inlined with the sums in locals: no store and reload of `out` between rows, so the
    // rows' reads (mostly cache misses) overlap. The same additions in the same order.
    const w = this.weights;
    const mask = this.mask;
    const hashes = s.hashes;
    let s0 = word[0]!, s1 = word[1]!, s2 = word[2]!, s3 = word[3]!, s4 = word[4]!, s5 = word[5]!, s6 = word[6]!;
    for (let k = s.offsets[i]! + 1 + info.own.length; k < end; k++) {
      const base = (hashes[k]! & mask) * LABEL_COUNT;
      s0 += w[base]!;
      s1 += w[base + 1]!;
      s2 += w[base + 2]!;
      s3 += w[base + 3]!;
      s4 += w[base + 4]!;
      s5 += w[base + 5]!;
      s6 += w[base + 6]!;
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
    out[4] = s4;
    out[5] = s5;
    out[6] = s6;
  }

  private addRow(hash: number, out: Float64Array): void {
    const base = (hash & this.mask) * LABEL_COUNT;
    const w = this.weights;
    // Unrolled for the seven labels: this is the tagger's innermost loop.
    out[0]! += w[base]!;
    out[1]! += w[base + 1]!;
    out[2]! += w[base + 2]!;
    out[3]! += w[base + 3]!;
    out[4]! += w[base + 4]!;
    out[5]! += w[base + 5]!;
    out[6]! += w[base + 6]!;
  }

  /** The model as bytes: a JSON header, 16-bit weights with one scale, the common-word hashes; gzipped. */
  serialize(): Buffer {
    let max = 0;
    for (const w of this.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? 32767 / max : 1;
    const quantized = new Int16Array(this.weights.length);
    for (let k = 0; k < this.weights.length; k++) quantized[k] = Math.round(this.weights[k]! * scale);
    const common = Uint32Array.from([...this.common].sort((a, b) => a - b));
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, bits: this.bits, labels: LABEL_COUNT, scale, common: common.length, fingerprint: this.fingerprint }));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(header.length);
    return gzipSync(Buffer.concat([head, header, Buffer.from(quantized.buffer), Buffer.from(common.buffer)]), { level: 9 });
  }

  static deserialize(bytes: Uint8Array): NerModel {
    const raw = gunzipSync(bytes);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as { magic: string; bits: number; labels: number; scale: number; common: number; fingerprint?: string | null };
    if (header.magic !== MAGIC || header.labels !== LABEL_COUNT) throw new Error('not a Triangulate entity model of this version');
    let at = 4 + headerLength;
    const count = (1 << header.bits) * LABEL_COUNT;
    // Copy into aligned buffers: the gunzipped bytes may start at any offset.
    const quantized = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + count * 2));
    at += count * 2;
    const common = new Uint32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + header.common * 4));
    // Kept as the integers (scores in units of 1/scale): sums stay exact, and the argmax is the same.
    // At 16 bits the table is half the size of floats, so more of it stays in the cache.
    return new NerModel(header.bits, quantized, new Set(common), header.fingerprint ?? null).freeze();
  }
}
