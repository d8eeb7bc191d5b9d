/**
 * The statistical entity tagger: an averaged structured perceptron over hashed features (features.ts),
 * decoded exactly (Viterbi) with BIO constraints. Weights live in one table of buckets x labels; the
 * shipped model (models/ner.bin.gz, trained by `npm run train:ner`) stores them as 16-bit integers.
 *
 * A model read from its bytes is frozen: its weights are those integers, so every score is an exact
 * integer sum and the order of adding cannot change a decision. That lets it score the word-level
 * features (about two thirds of the work) once per distinct word instead of once per occurrence, and
 * what a word gives its neighbours too (tagFrozen).
 */
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../../../util/gunzip-whole.js';
import {
  BIAS, boundaryFeatures, flagFeature, LABEL_FEATURES, labelFeatures, maxPairFeatures, type NeighbourFeatures, neighbourFeatures, NO_FLAGS, pairFeaturesButFlags, type SentenceFeatures, sentenceFeatures, transitionFeature, wordFlags, wordInfo, type WordInfo,
} from './features.js';
import { allowed, LABEL_COUNT } from './labels.js';

const MAGIC = 'TRNER1';
// Where wordScores keeps what a word gives its neighbours: BEFORE is what the token after it takes
// from it (it stands before that token), and so on.
const BEFORE = LABEL_COUNT + LABEL_COUNT * LABEL_COUNT;
const AFTER = BEFORE + LABEL_COUNT;
const TWO_BEFORE = AFTER + LABEL_COUNT;
const TWO_AFTER = TWO_BEFORE + LABEL_COUNT;
const WORD_SCORES = TWO_AFTER + LABEL_COUNT;
/** A row's place in a read model's table: seven labels and one unused, 16 bytes (see deserialize). */
const ROW_STRIDE = 8;
// addRow is unrolled for seven labels.
if (LABEL_COUNT !== 7) throw new Error('the tagger is written for seven labels');
// tagFrozen's decoding (fromAny, fromOwn) is written for labels.ts's order: O, then a B- and I- label a
// type; any label before O or a B- label, only its B- label or itself before an I- one.
for (let p = 0; p < LABEL_COUNT; p++) {
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (allowed(p, l) !== (l === 0 || l % 2 === 1 || p === l || p === l - 1)) throw new Error('the tagger\'s decoding is written for other labels');
  }
}

export class NerModel {
  readonly mask: number;
  private readonly labelScratch = new Uint32Array(LABEL_FEATURES);
  /** Which label may follow which, as a table (decoding asks 49 times a word). */
  private readonly allowedTable = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  /** Set by freeze(): words' scores may then be kept (on the word, see WordInfo.scores). */
  private frozen = false;
  /** A frozen model's scores of what stands beyond a sentence, as neighbours (see `boundaryScores`). */
  private boundaries: Int32Array[] | null = null;
  private pairScratch: Uint32Array | null = null;
  /** tagFrozen's Viterbi tables (a sentence's best scores and back pointers) and a token's scores, reused. */
  private bestScratch = new Float64Array(0);
  private backScratch = new Int8Array(0);
  private readonly ownScratch = new Float64Array(LABEL_COUNT);
  /** A frozen model's transition rows (transitionRows), kept: only wordScores, which needs a frozen model, reads them. */
  private frozenTransitions: Float64Array | null = null;
  /** A frozen model's scores of every flag byte from each side (see `flagScores`). */
  private flagTable: Int32Array | null = null;
  /**
   * A frozen model's bit per row, set when the row has a weight that is not zero (nonZeroRows). Two
   * rows in three of the shipped table are all zeros, and so are about half of the word-bigram rows a
   * token reads (bigrams never seen in training): the bits, 128 KB that mostly stay in the cache,
   * answer those without reading the 16 MB table, whose reads miss it. Null while weights may change.
   */
  private nonZero: Int32Array | null = null;

  constructor(
    readonly bits: number,
    /** buckets x labels, row-major: floats while training, the shipped 16-bit integers once read. */
    readonly weights: Float32Array | Int16Array,
    /** Hashes of words usually written in lower case. */
    readonly common: ReadonlySet<number>,
    /** The features' fingerprint over the training data when it was trained (features.ts), if known. */
    readonly fingerprint: string | null = null,
    /**
     * How far apart the buckets' rows lie in `weights`: LABEL_COUNT, or ROW_STRIDE for the shipped model
     * as read (deserialize), whose rows are padded so that none straddles two cache lines.
     */
    readonly stride: number = LABEL_COUNT,
  ) {
    this.mask = (1 << bits) - 1;
    for (let p = 0; p < LABEL_COUNT; p++) for (let l = 0; l < LABEL_COUNT; l++) this.allowedTable[p * LABEL_COUNT + l] = allowed(p, l) ? 1 : 0;
  }

  /** Promise that the weights will not change again (training changes them; a shipped model does not). */
  freeze(): this {
    this.nonZero = this.nonZeroRows();
    this.frozen = true;
    return this;
  }

  /** Labels for a sentence's words (BIO indices, see labels.ts). */
  tag(words: readonly string[]): number[] {
    if (this.frozen) return this.tagFrozen(words);
    return this.decode(sentenceFeatures(words, this.common), words.length);
  }

  /** The best label sequence under the BIO constraints (Viterbi over the previous label). */
  decode(s: SentenceFeatures, n: number): number[] {
    if (n === 0) return [];
    const L = LABEL_COUNT;
    const best = new Float64Array(n * L).fill(-Infinity);
    const back = new Int8Array(n * L);
    const own = new Float64Array(L);
    // The label features' first one (the previous label alone) gives the same row at every word, and
    // the weights may change between calls while training: read once per sentence.
    const transitions = this.transitionRows();
    const scratch = this.labelScratch;
    const step = new Float64Array(L);
    for (let i = 0; i < n; i++) {
      this.staticScores(s, i, own);
      const previousLabels = i === 0 ? 1 : L;
      for (let p = 0; p < previousLabels; p++) {
        const before = i === 0 ? 0 : best[(i - 1) * L + p]!;
        if (before === -Infinity) continue;
        labelFeatures(s, i, p, scratch);
        step.set(transitions.subarray(p * L, p * L + L));
        for (let k = 1; k < LABEL_FEATURES; k++) this.addRow(scratch[k]!, step);
        for (let l = 0; l < L; l++) {
          if (this.allowedTable[p * L + l] === 0) continue;
          const total = before + own[l]! + step[l]!;
          if (total > best[i * L + l]!) {
            best[i * L + l] = total;
            back[i * L + l] = p;
          }
        }
      }
    }
    return bestPath(best, back, n);
  }

  /**
   * tag() for a frozen model. Its weights are integers, so every score is an exact sum and may be added
   * in any order: each distinct word's sentence-free part is scored once and kept (wordScores), and
   * so is what it gives its neighbours; a token then adds its word's part, its neighbours' parts (rows
   * just read, so in the cache) and the few features of word pairs. Fewer reads of the big weight
   * table, whose reads miss the cache, and no feature array per sentence.
   */
  private tagFrozen(words: readonly string[]): number[] {
    const n = words.length;
    if (n === 0) return [];
    const L = LABEL_COUNT;
    const infos = words.map(wordInfo);
    const flags = wordFlags(words, infos);
    const scores = infos.map((info) => this.wordScores(info));
    const [start1, start2, end1, end2] = (this.boundaries ??= this.boundaryScores());
    const pairs = (this.pairScratch ??= new Uint32Array(maxPairFeatures()));
    const flagTable = (this.flagTable ??= this.flagScores());
    const w = this.weights;
    const mask = this.mask;
    const stride = this.stride;
    const nonZero = this.nonZero!;
    // The decoding tables are the model's, grown to the longest sentence yet: none made per sentence.
    if (this.bestScratch.length < n * L) {
      this.bestScratch = new Float64Array(2 * n * L);
      this.backScratch = new Int8Array(2 * n * L);
    }
    const best = this.bestScratch.fill(-Infinity, 0, n * L);
    // Only cells whose best was set are read back, and setting one sets its back pointer too.
    const back = this.backScratch;
    const own = this.ownScratch;
    for (let i = 0; i < n; i++) {
      const word = scores[i]!;
      const before = i > 0 ? scores[i - 1]! : start1!;
      const after = i + 1 < n ? scores[i + 1]! : end1!;
      const twoBefore = i > 1 ? scores[i - 2]! : i === 1 ? start1! : start2!;
      const twoAfter = i + 2 < n ? scores[i + 2]! : i + 2 === n ? end1! : end2!;
      // The flag features from the small table: rows (own, previous's, next's) at (flags * 3 + side) * L.
      const ownFlags = flags[i]! * 3 * L;
      const prevFlags = ((i > 0 ? flags[i - 1]! : NO_FLAGS) * 3 + 1) * L;
      const nextFlags = ((i + 1 < n ? flags[i + 1]! : NO_FLAGS) * 3 + 2) * L;
      for (let l = 0; l < L; l++) own[l] = word[l]! + before[BEFORE + l]! + after[AFTER + l]! + twoBefore[TWO_BEFORE + l]! + twoAfter[TWO_AFTER + l]! + flagTable[ownFlags + l]! + flagTable[prevFlags + l]! + flagTable[nextFlags + l]!;
      const count = pairFeaturesButFlags(infos, i, this.common, pairs);
      // The sums in locals: no store and reload of `own` between rows, so the rows' reads overlap.
      let s0 = own[0]!, s1 = own[1]!, s2 = own[2]!, s3 = own[3]!, s4 = own[4]!, s5 = own[5]!, s6 = own[6]!;
      for (let k = 0; k < count; k++) {
        const bucket = pairs[k]! & mask;
        // A row of zeros adds nothing: skipped on its bit, its read of the big table saved.
        if ((nonZero[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
        const base = bucket * stride;
        s0 += w[base]!;
        s1 += w[base + 1]!;
        s2 += w[base + 2]!;
        s3 += w[base + 3]!;
        s4 += w[base + 4]!;
        s5 += w[base + 5]!;
        s6 += w[base + 6]!;
      }
      own[0] = s0;
      own[1] = s1;
      own[2] = s2;
      own[3] = s3;
      own[4] = s4;
      own[5] = s5;
      own[6] = s6;
      if (i === 0) {
        // The first word follows the start, scored as label 0 before it.
        for (let l = 0; l < L; l++) {
          if (this.allowedTable[l] === 0) continue;
          best[l] = own[l]! + word[L + l]!;
          back[l] = 0;
        }
        continue;
      }
      // Per label, only the labels that may come before it (labels.ts: any before O and a B- label,
      // an inside label's own two before it), in ascending order with a strict comparison: the same
      // winner and tie-break as trying every pair. Written out label by label: the loop over each
      // label's predecessor list cost a fifth of the tagger.
      const prior = (i - 1) * L;
      const cell = i * L;
      fromAny(best, back, prior, cell, 0, own[0]!, word);
      fromAny(best, back, prior, cell, 1, own[1]!, word);
      fromOwn(best, back, prior, cell, 2, own[2]!, word);
      fromAny(best, back, prior, cell, 3, own[3]!, word);
      fromOwn(best, back, prior, cell, 4, own[4]!, word);
      fromAny(best, back, prior, cell, 5, own[5]!, word);
      fromOwn(best, back, prior, cell, 6, own[6]!, word);
    }
    return bestPath(best, back, n);
  }

  /** A bit per row of the table, set when the row holds a weight that is not zero; 32 rows an integer. */
  private nonZeroRows(): Int32Array {
    const bits = new Int32Array((this.mask + 1 + 31) >>> 5);
    const w = this.weights;
    const stride = this.stride;
    for (let b = 0; b <= this.mask; b++) {
      for (let l = 0; l < LABEL_COUNT; l++) {
        if (w[b * stride + l] !== 0) {
          bits[b >>> 5] = bits[b >>> 5]! | (1 << (b & 31));
          break;
        }
      }
    }
    return bits;
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

  /**
   * A frozen model's scores of a word wherever it stands (kept on the word: see WordInfo.scores): its
   * own features' (LABEL_COUNT values), then per previous label p the transition and label features'
   * (LABEL_COUNT x LABEL_COUNT), then what it gives the token after it, before it, two after and two
   * before (LABEL_COUNT each, at BEFORE, AFTER, TWO_BEFORE, TWO_AFTER: named from that token's side).
   */
  private wordScores(info: WordInfo): Int32Array {
    if (info.scoredBy === this) return info.scores!;
    const L = LABEL_COUNT;
    // Integers (sums of a few dozen 16-bit weights): half the bytes of doubles, so the five words a
    // token reads stay in the cache more often.
    const scores = new Int32Array(WORD_SCORES);
    const own = scores.subarray(0, L);
    this.addRow(BIAS, own);
    for (const h of info.own) this.addRow(h, own);
    for (const h of info.affixes) this.addRow(h, own);
    // labelFeatures reads the token's word and shape hashes only.
    const alone: SentenceFeatures = { hashes: new Uint32Array(0), offsets: new Uint32Array(0), shapes: Uint32Array.of(info.shortShape), words: Uint32Array.of(info.word), infos: [info] };
    const scratch = this.labelScratch;
    // A frozen model's transition rows never change: read once, not again for every new word.
    const transitions = (this.frozenTransitions ??= this.transitionRows());
    for (let p = 0; p < L; p++) {
      const step = scores.subarray(L + p * L, L + p * L + L);
      step.set(transitions.subarray(p * L, p * L + L));
      labelFeatures(alone, 0, p, scratch);
      for (let k = 1; k < LABEL_FEATURES; k++) this.addRow(scratch[k]!, step);
    }
    this.addNeighbourScores(neighbourFeatures(info), scores);
    info.scores = scores;
    info.scoredBy = this;
    return scores;
  }

  private addNeighbourScores(features: NeighbourFeatures, scores: Int32Array): void {
    const L = LABEL_COUNT;
    for (const [hashes, at] of [[features.before, BEFORE], [features.after, AFTER], [features.twoBefore, TWO_BEFORE], [features.twoAfter, TWO_AFTER]] as const) {
      for (const h of hashes) this.addRow(h, scores.subarray(at, at + L));
    }
  }

  /**
   * Per flag byte f and side s (0 a token's own flags, 1 the previous token's, 2 the next one's), at
   * (f * 3 + s) * LABEL_COUNT: the scores of flagFeature(s, f). 5,376 integers that stay in the cache,
   * where the three rows a token read from the big weight table each missed it.
   */
  private flagScores(): Int32Array {
    const L = LABEL_COUNT;
    const table = new Int32Array(256 * 3 * L);
    for (let f = 0; f < 256; f++) {
      for (const side of [0, 1, 2] as const) this.addRow(flagFeature(side, f), table.subarray((f * 3 + side) * L, (f * 3 + side + 1) * L));
    }
    return table;
  }

  /** What stands one and two before a sentence's start, then one and two after its end, scored as neighbours. */
  private boundaryScores(): Int32Array[] {
    return [boundaryFeatures('start', 1), boundaryFeatures('start', 2), boundaryFeatures('end', 1), boundaryFeatures('end', 2)].map((features) => {
      const scores = new Int32Array(WORD_SCORES);
      this.addNeighbourScores(features, scores);
      return scores;
    });
  }

  private addRow(hash: number, out: Float64Array | Int32Array): void {
    const bucket = hash & this.mask;
    // A frozen model skips a row of zeros on its bit (a new word's scores read some 35 rows).
    const nonZero = this.nonZero;
    if (nonZero !== null && (nonZero[bucket >>> 5]! & (1 << (bucket & 31))) === 0) return;
    const base = bucket * this.stride;
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
    // The file's rows are LABEL_COUNT apart, whatever the stride here.
    const buckets = this.weights.length / this.stride;
    const quantized = new Int16Array(buckets * LABEL_COUNT);
    for (let b = 0; b < buckets; b++) for (let l = 0; l < LABEL_COUNT; l++) quantized[b * LABEL_COUNT + l] = Math.round(this.weights[b * this.stride + l]! * scale);
    const common = Uint32Array.from([...this.common].sort((a, b) => a - b));
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, bits: this.bits, labels: LABEL_COUNT, scale, common: common.length, fingerprint: this.fingerprint }));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(header.length);
    return gzipSync(Buffer.concat([head, header, Buffer.from(quantized.buffer), Buffer.from(common.buffer)]), { level: 9 });
  }

  static deserialize(bytes: Uint8Array): NerModel {
    const raw = gunzipWhole(bytes);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as { magic: string; bits: number; labels: number; scale: number; common: number; fingerprint?: string | null };
    if (header.magic !== MAGIC || header.labels !== LABEL_COUNT) throw new Error('not a Triangulate entity model of this version');
    let at = 4 + headerLength;
    const count = (1 << header.bits) * LABEL_COUNT;
    // Each row padded to ROW_STRIDE: 16 bytes, four to a 64-byte cache line, where rows of 14 bytes
    // straddled two lines one time in five. The tagger reads a few rows at random per word from this
    // table (15 MB), which the rest of the enrich stage pushes out of the cache between articles.
    // Read straight from the gunzipped bytes (at any offset, so through a DataView), not through an
    // aligned copy of the table first: a 15 MB copy freed at once stayed in the C library's heap for
    // the process's life (docs/benchmarks.md, memory at the fifty-seventh session).
    const padded = new Int16Array((1 << header.bits) * ROW_STRIDE);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let b = 0, from = at, to = 0; b < 1 << header.bits; b++, to += ROW_STRIDE) {
      for (let l = 0; l < LABEL_COUNT; l++, from += 2) padded[to + l] = view.getInt16(from, true);
    }
    at += count * 2;
    const common = new Uint32Array(header.common);
    for (let i = 0; i < header.common; i++) common[i] = view.getUint32(at + i * 4, true);
    // Kept as the integers (scores in units of 1/scale): sums stay exact, and the argmax is the same.
    // At 16 bits the table is half the size of floats, so more of it stays in the cache.
    return new NerModel(header.bits, padded, new Set(common), header.fingerprint ?? null, ROW_STRIDE).freeze();
  }
}

/*
 * One Viterbi step into label l at cells[cell + l], from the previous word's bests at best[prior ..]:
 * the best previous score plus the transition (word[LABEL_COUNT + p * LABEL_COUNT + l]), then the
 * label's own score. Every score is an exact integer (a frozen model's), so adding `mine` after the
 * comparison, not before, changes no sum and no comparison. A previous best of -Infinity (a label no
 * path reaches) never wins: its sum stays -Infinity and the comparison is strict.
 */

/** Into O or a B- label: any label may come before it. */
function fromAny(best: Float64Array, back: Int8Array, prior: number, cell: number, l: number, mine: number, word: Int32Array): void {
  const t = LABEL_COUNT + l;
  let top = best[prior]! + word[t]!;
  let arg = 0;
  let s = best[prior + 1]! + word[t + 7]!;
  if (s > top) {
    top = s;
    arg = 1;
  }
  s = best[prior + 2]! + word[t + 14]!;
  if (s > top) {
    top = s;
    arg = 2;
  }
  s = best[prior + 3]! + word[t + 21]!;
  if (s > top) {
    top = s;
    arg = 3;
  }
  s = best[prior + 4]! + word[t + 28]!;
  if (s > top) {
    top = s;
    arg = 4;
  }
  s = best[prior + 5]! + word[t + 35]!;
  if (s > top) {
    top = s;
    arg = 5;
  }
  s = best[prior + 6]! + word[t + 42]!;
  if (s > top) {
    top = s;
    arg = 6;
  }
  best[cell + l] = top + mine;
  if (top !== -Infinity) back[cell + l] = arg;
}

/** Into an inside label l: only its B- label (l - 1) or itself may come before it. */
function fromOwn(best: Float64Array, back: Int8Array, prior: number, cell: number, l: number, mine: number, word: Int32Array): void {
  let top = best[prior + l - 1]! + word[LABEL_COUNT + (l - 1) * LABEL_COUNT + l]!;
  let arg = l - 1;
  const s = best[prior + l]! + word[LABEL_COUNT + l * LABEL_COUNT + l]!;
  if (s > top) {
    top = s;
    arg = l;
  }
  best[cell + l] = top + mine;
  if (top !== -Infinity) back[cell + l] = arg;
}

/** The labels back from the last word's best, along the back pointers (ties to the lowest label). */
function bestPath(best: Float64Array, back: Int8Array, n: number): number[] {
  const L = LABEL_COUNT;
  const labels = new Array<number>(n);
  let last = 0;
  for (let l = 1; l < L; l++) if (best[(n - 1) * L + l]! > best[(n - 1) * L + last]!) last = l;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = last;
    last = back[i * L + last]!;
  }
  return labels;
}
