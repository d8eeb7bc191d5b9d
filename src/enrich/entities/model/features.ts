/**
 * The tagger's features, as hashes. Word-level features (the word, its shape, affixes, neighbours,
 * gazetteer and word-list flags) are computed once per sentence; the few that depend on the previous
 * token's label are scored for each possible previous label during Viterbi decoding.
 *
 * Training (train/ner.ts) and tagging share this file, so the two can never drift apart.
 */
import { isTaggerDemonym, lookupCity, lookupCountryOrCode, lookupRegion, mayStartPlace } from '../../gazetteer/places.js';
import { FUNCTION_WORDS, LOCATION_HEADS, ORG_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from '../lexicon.js';
import { hashString, mix } from './hash.js';
import { clusterings, UNKNOWN_CLASS, wordClasses } from './word-classes.js';

/** Template numbers: part of every feature's hash, so equal values under different templates differ. */
const T = {
  bias: 1, word: 2, shape: 3, shortShape: 4, prefix: 5, suffix: 6, prevWord: 7, nextWord: 8, prev2Word: 9, next2Word: 10,
  prevBigram: 11, nextBigram: 12, prevShape: 13, nextShape: 14, shapeTrigram: 15, first: 16, flags: 17, prevFlags: 18,
  nextFlags: 19, commonCapital: 20, prevLabel: 21, labelShape: 23, labelWord: 24, length: 25, exact: 26,
  cls: 27, clsShape: 28, prevCls: 29, nextCls: 30, clsBigram: 31,
} as const;

/** Word-list flags, one bit each. */
const F = { place: 1, demonym: 2, orgHead: 4, locHead: 8, title: 16, functionWord: 32, calendar: 64, insidePlace: 128 } as const;

export interface SentenceFeatures {
  /** Static feature hashes of token i: hashes[offsets[i] .. offsets[i + 1]). */
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Per-token hashes reused by the label-dependent features. */
  shapes: Uint32Array;
  words: Uint32Array;
  /**
   * Each token's word-level part. Its features sit at both ends of the token's run in `hashes`: the
   * bias and `own` first, `affixes` last; all between depends on the sentence. A tagger that will not
   * change may therefore score the two ends once per distinct word (tagger.ts).
   */
  infos: readonly WordInfo[];
}

const START = hashString('<s>');
const END = hashString('</s>');
/** The bias feature every token has first. */
export const BIAS = mix(T.bias, 0);
const MAX_PLACE_WORDS = 4;

/** How a word looks: Xxxx -> Xx, 2024 -> d, U.S. -> X.X., McDonald -> XxXx (runs collapsed). */
export function shapeOf(word: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    // ASCII by its code (every new word passes here, most of them ASCII); other characters by their class.
    const code = ch.charCodeAt(0);
    const c =
      code < 0x80
        ? code >= 0x41 && code <= 0x5a ? 'X' : code >= 0x61 && code <= 0x7a ? 'x' : code >= 0x30 && code <= 0x39 ? 'd' : ch
        : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (collapse && c === last) continue;
    out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

/** What a word contributes on its own, whatever its sentence: computed once per distinct word. */
export interface WordInfo {
  /** Hash of the lower-cased word (neighbour features and the common-word test use it). */
  word: number;
  /**
   * The word's classes (word-classes.ts), one a clustering, learnt from unlabelled text: names the
   * labelled data lacks share them with ones it has.
   */
  classes: Uint8Array;
  /**
   * Its class in the first clustering (UNKNOWN_CLASS where there is none), kept on the word itself: every
   * token reads its and its predecessor's, and a read through the shared `classes` array missed the cache.
   */
  firstClass: number;
  shortShape: number;
  capital: boolean;
  /** Word-list flags; the place flags depend on the words after it and are set per sentence. */
  flags: number;
  mayStartPlace: boolean;
  /** Features in the order sentenceFeatures adds them: word, exact, shape, short shape, length, then each class alone and with the shape. */
  own: Uint32Array;
  /** Prefix and suffix features. */
  affixes: Uint32Array;
  /**
   * A frozen tagger's scores of this word's sentence-free features and the model they are of
   * (tagger.ts): kept on the word, so they live exactly as long as the word's other parts.
   */
  scores: Int32Array | null;
  scoredBy: object | null;
}

/**
 * Bounded so a long-running process reading many languages cannot grow it without end: two
 * generations of at most half the limit each. When the young one fills it becomes the old one (the
 * older is dropped), and a word found only in the old one moves back: the words every article uses
 * stay, where emptying one map at the limit made a long ingest score its commonest words afresh.
 * A word is about 550 bytes here (its features and scores): 100,000 held 54.7 MB at the end of a
 * 10,000-article scale run (bench/heap-summary.ts). Over 1,500 GVA articles (523,000 lookups), 95.9%
 * of lookups were of a word looked up before, 95.8% of one among the last 16,384 distinct words and
 * 94.3% among the last 8,192: two generations of 16,384 reach as far for a third of the memory. Those
 * 32,768 words still held 23.6 MB, about 720 bytes a word, at the 1,000th article of the scale run (heap
 * snapshot, 58th session), a tenth of the live heap: two generations of 8,192 hold half that and miss
 * 1.5% more of the lookups, each miss a word scored again (its scores are exact integer sums, the same).
 */
const WORD_CACHE_LIMIT = 16_384;
let wordCache = new Map<string, WordInfo>();
let olderWords = new Map<string, WordInfo>();

function remember(word: string, info: WordInfo): void {
  if (wordCache.size >= WORD_CACHE_LIMIT / 2) {
    olderWords = wordCache;
    wordCache = new Map();
  }
  wordCache.set(word, info);
}

export function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  info = olderWords.get(word);
  if (info) {
    remember(word, info);
    return info;
  }
  const lower = word.toLowerCase();
  const wordHash = hashString(lower);
  const shortShape = hashString(shapeOf(word, true));
  const capital = /^\p{Lu}/u.test(word);
  let flags = 0;
  if (ORG_HEADS.has(lower)) flags |= F.orgHead;
  if (LOCATION_HEADS.has(lower)) flags |= F.locHead;
  if (TITLE_WORDS.has(lower)) flags |= F.title;
  if (FUNCTION_WORDS.has(lower)) flags |= F.functionWord;
  if (WEEKDAYS_AND_MONTHS.has(lower)) flags |= F.calendar;
  if (capital && isTaggerDemonym(word)) flags |= F.demonym;
  const affixes: number[] = [];
  for (let k = 1; k <= 3 && k <= lower.length; k++) affixes.push(mix(T.prefix * 16 + k, hashString(lower.slice(0, k))));
  for (let k = 1; k <= 4 && k <= lower.length; k++) affixes.push(mix(T.suffix * 16 + k, hashString(lower.slice(-k))));
  const classes = wordClasses(wordHash);
  const classFeatures: number[] = [];
  classes.forEach((cls, level) => classFeatures.push(mix(T.cls * 16 + level, cls), mix(T.clsShape * 16 + level, mix(cls, shortShape))));
  info = {
    word: wordHash,
    classes,
    firstClass: classes[0] ?? UNKNOWN_CLASS,
    shortShape,
    capital,
    flags,
    mayStartPlace: capital && mayStartPlace(word),
    own: Uint32Array.of(mix(T.word, wordHash), mix(T.exact, hashString(word)), mix(T.shape, hashString(shapeOf(word, false))), mix(T.shortShape, shortShape), mix(T.length, Math.min(lower.length, 12)), ...classFeatures),
    affixes: Uint32Array.from(affixes),
    scores: null,
    scoredBy: null,
  };
  remember(word, info);
  return info;
}

/** Word-list and gazetteer flags for each token; multi-word places flag all their tokens. */
export function wordFlags(words: readonly string[], infos: readonly WordInfo[] = words.map(wordInfo)): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) flags[i]! |= infos[i]!.flags;
  for (let i = 0; i < words.length; i++) {
    if (!infos[i]!.mayStartPlace) continue;
    // The longest place name starting here ("New York City", "South Korea").
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1; n--) {
      const text = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      if (lookupCity(text) ?? lookupCountryOrCode(text) ?? lookupRegion(text)) {
        flags[i]! |= F.place;
        for (let k = i + 1; k < i + n; k++) flags[k]! |= F.insidePlace;
        break;
      }
    }
  }
  return flags;
}

/**
 * Static features of a sentence. `common` holds the hashes of words that are usually written in
 * lower case (a capitalised one is then likely a sentence opener or a title, not a name).
 */
export function sentenceFeatures(words: readonly string[], common: ReadonlySet<number>): SentenceFeatures {
  const n = words.length;
  const infos = words.map(wordInfo);
  const wordHash = new Uint32Array(n);
  const shortShapeHash = new Uint32Array(n);
  const levels = clusterings();
  // classes[level][i]: token i's class in that clustering.
  // Filled by plain loops: typed-array from() with a mapping function cost a fortieth of the stage.
  const classes: Uint32Array[] = [];
  for (let level = 0; level < levels; level++) classes.push(new Uint32Array(n));
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    wordHash[i] = info.word;
    shortShapeHash[i] = info.shortShape;
    for (let level = 0; level < levels; level++) classes[level]![i] = info.classes[level]!;
  }
  const flags = wordFlags(words, infos);
  // At most 18 features every word has and five a clustering, a first-word and a common-capital one, seven affixes.
  const out = new Uint32Array(n * (27 + 5 * levels));
  let m = 0;
  const offsets = new Uint32Array(n + 1);
  // Beyond the sentence: a start or end marker, told apart by distance ("<s>" one or two back).
  const at = (k: number, hashes: Uint32Array): number => (k < 0 ? START ^ -k : k >= n ? END ^ (k - n + 1) : hashes[k]!);
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const info = infos[i]!;
    // Plain loops: set() on a typed array of a dozen numbers cost more than the copying.
    out[m++] = BIAS;
    const own = info.own;
    for (let k = 0; k < own.length; k++) out[m++] = own[k]!;
    out[m++] = mix(T.prevWord, at(i - 1, wordHash));
    out[m++] = mix(T.nextWord, at(i + 1, wordHash));
    out[m++] = mix(T.prev2Word, at(i - 2, wordHash));
    out[m++] = mix(T.next2Word, at(i + 2, wordHash));
    out[m++] = mix(T.prevBigram, mix(at(i - 1, wordHash), wordHash[i]!));
    out[m++] = mix(T.nextBigram, mix(wordHash[i]!, at(i + 1, wordHash)));
    out[m++] = mix(T.prevShape, at(i - 1, shortShapeHash));
    out[m++] = mix(T.nextShape, at(i + 1, shortShapeHash));
    out[m++] = mix(T.shapeTrigram, mix(mix(at(i - 1, shortShapeHash), shortShapeHash[i]!), at(i + 1, shortShapeHash)));
    out[m++] = flagFeature(0, flags[i]!);
    out[m++] = flagFeature(1, i > 0 ? flags[i - 1]! : NO_FLAGS);
    out[m++] = flagFeature(2, i + 1 < n ? flags[i + 1]! : NO_FLAGS);
    for (let level = 0; level < levels; level++) {
      const cls = classes[level]!;
      out[m++] = mix(T.prevCls * 16 + level, at(i - 1, cls));
      out[m++] = mix(T.nextCls * 16 + level, at(i + 1, cls));
      out[m++] = mix(T.clsBigram * 16 + level, mix(at(i - 1, cls), cls[i]!));
    }
    if (i === 0) out[m++] = mix(T.first, shortShapeHash[i]!);
    if (info.capital && common.has(wordHash[i]!)) out[m++] = mix(T.commonCapital, i === 0 ? 1 : 2);
    const affixes = info.affixes;
    for (let k = 0; k < affixes.length; k++) out[m++] = affixes[k]!;
  }
  offsets[n] = m;
  return { hashes: out.subarray(0, m), offsets, shapes: shortShapeHash, words: wordHash, infos };
}

/**
 * What a word gives the tokens near it, by where it stands from them: one before, one after (its word,
 * shape and classes), two before, two after (its word alone). These are sentenceFeatures' neighbour
 * features seen from the neighbour, so a frozen tagger can score them once per distinct word instead
 * of looking each up at every occurrence (tagger.ts).
 */
export interface NeighbourFeatures {
  before: Uint32Array;
  after: Uint32Array;
  twoBefore: Uint32Array;
  twoAfter: Uint32Array;
}

export function neighbourFeatures(info: WordInfo): NeighbourFeatures {
  return neighbourOf(info.word, info.shortShape, info.classes);
}

/**
 * What stands beyond the sentence at a distance (1 or 2) before or after it: sentenceFeatures reads a
 * start or end marker there in place of the word, its shape and its classes alike.
 */
export function boundaryFeatures(side: 'start' | 'end', distance: 1 | 2): NeighbourFeatures {
  const marker = (side === 'start' ? START : END) ^ distance;
  return neighbourOf(marker, marker, new Array<number>(clusterings()).fill(marker));
}

function neighbourOf(word: number, shape: number, classes: ArrayLike<number>): NeighbourFeatures {
  const before = [mix(T.prevWord, word), mix(T.prevShape, shape)];
  const after = [mix(T.nextWord, word), mix(T.nextShape, shape)];
  for (let level = 0; level < clusterings(); level++) {
    before.push(mix(T.prevCls * 16 + level, classes[level]!));
    after.push(mix(T.nextCls * 16 + level, classes[level]!));
  }
  return { before: Uint32Array.from(before), after: Uint32Array.from(after), twoBefore: Uint32Array.of(mix(T.prev2Word, word)), twoAfter: Uint32Array.of(mix(T.next2Word, word)) };
}

/**
 * Token i's static features that neither its own word nor one neighbour's alone decides (bigrams, the
 * shape trigram, flags, class bigrams, the first word's and a common word's capital), written to
 * `out`; returns how many. With the word's own features and neighbourFeatures, the same multiset as
 * sentenceFeatures gives the token.
 */
export function pairFeatures(infos: readonly WordInfo[], flags: Uint8Array, i: number, common: ReadonlySet<number>, out: Uint32Array): number {
  const n = infos.length;
  const m = pairFeaturesButFlags(infos, i, common, out);
  out[m] = flagFeature(0, flags[i]!);
  out[m + 1] = flagFeature(1, i > 0 ? flags[i - 1]! : NO_FLAGS);
  out[m + 2] = flagFeature(2, i + 1 < n ? flags[i + 1]! : NO_FLAGS);
  return m + 3;
}

/** The flags a token beyond the sentence's ends has (as prevFlags and nextFlags read them). */
export const NO_FLAGS = 255;

/**
 * The feature of a flag byte seen from token i: `side` 0 its own flags, 1 the previous token's, 2 the
 * next one's. Flags are one byte, so a frozen tagger can score all 3 x 256 of these once, in a table
 * small enough to stay in the cache, instead of reading three rows of the big weight table per token.
 */
export function flagFeature(side: 0 | 1 | 2, flags: number): number {
  return mix(side === 0 ? T.flags : side === 1 ? T.prevFlags : T.nextFlags, flags);
}

/** pairFeatures less the three flag features (flagFeature): what a frozen tagger reads from the weight table per token. */
export function pairFeaturesButFlags(infos: readonly WordInfo[], i: number, common: ReadonlySet<number>, out: Uint32Array): number {
  const n = infos.length;
  const info = infos[i]!;
  const prev = i > 0 ? infos[i - 1]! : null;
  const next = i + 1 < n ? infos[i + 1]! : null;
  const start1 = START ^ 1;
  const end1 = END ^ 1;
  let m = 0;
  out[m++] = mix(T.prevBigram, mix(prev ? prev.word : start1, info.word));
  out[m++] = mix(T.nextBigram, mix(info.word, next ? next.word : end1));
  out[m++] = mix(T.shapeTrigram, mix(mix(prev ? prev.shortShape : start1, info.shortShape), next ? next.shortShape : end1));
  // Every token of every sentence passes here: the number of clusterings read once, not per level.
  const levels = clusterings();
  if (levels > 0) out[m++] = mix(T.clsBigram * 16, mix(prev ? prev.firstClass : start1, info.firstClass));
  for (let level = 1; level < levels; level++) out[m++] = mix(T.clsBigram * 16 + level, mix(prev ? prev.classes[level]! : start1, info.classes[level]!));
  if (i === 0) out[m++] = mix(T.first, info.shortShape);
  if (info.capital && common.has(info.word)) out[m++] = mix(T.commonCapital, i === 0 ? 1 : 2);
  return m;
}

/** The most pairFeatures gives a token. */
export function maxPairFeatures(): number {
  return 8 + clusterings();
}

/** The features that depend on the previous token's label (first-order: Viterbi decodes exactly). */
export function labelFeatures(s: SentenceFeatures, i: number, previous: number, out: Uint32Array): void {
  out[0] = transitionFeature(previous);
  out[1] = mix(T.labelShape, mix(previous, s.shapes[i]!));
  out[2] = mix(T.labelWord, mix(previous, s.words[i]!));
}

export const LABEL_FEATURES = 3;

/** The first label feature, the previous label alone: the same for every word, so decoding scores it once. */
export function transitionFeature(previous: number): number {
  return mix(T.prevLabel, previous);
}

/**
 * One hash of every feature of the given sentences. The trainer stores it in the model; a test
 * recomputes it over the same training data, so a change to features, word lists or gazetteer that
 * would make the training script write another model cannot pass unnoticed.
 */
export function featureFingerprint(sentences: Iterable<readonly string[]>, common: ReadonlySet<number>): string {
  let h = 0x811c9dc5;
  for (const words of sentences) {
    for (const v of sentenceFeatures(words, common).hashes) h = Math.imul(h ^ v, 0x01000193);
    h = Math.imul(h ^ 0xffffffff, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
