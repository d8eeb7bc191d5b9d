/**
 * The tagger's features, as hashes. Word-level features (the word, its shape, affixes, neighbours,
 * gazetteer and word-list flags) are computed once per sentence; the few that depend on the previous
 * token's label are scored for each possible previous label during Viterbi decoding.
 *
 * Training (train/ner.ts) and tagging share this file, so the two can never drift apart.
 */
import { countryOfDemonym, lookupCity, lookupCountry, lookupRegion, mayStartPlace } from '../../gazetteer/places.js';
import { FUNCTION_WORDS, LOCATION_HEADS, ORG_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from '../lexicon.js';
import { hashString, mix } from './hash.js';

/** Template numbers: part of every feature's hash, so equal values under different templates differ. */
const T = {
  bias: 1, word: 2, shape: 3, shortShape: 4, prefix: 5, suffix: 6, prevWord: 7, nextWord: 8, prev2Word: 9, next2Word: 10,
  prevBigram: 11, nextBigram: 12, prevShape: 13, nextShape: 14, shapeTrigram: 15, first: 16, flags: 17, prevFlags: 18,
  nextFlags: 19, commonCapital: 20, prevLabel: 21, labelShape: 23, labelWord: 24, length: 25, exact: 26,
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
}

const START = hashString('<s>');
const END = hashString('</s>');
const MAX_PLACE_WORDS = 4;

/** How a word looks: Xxxx -> Xx, 2024 -> d, U.S. -> X.X., McDonald -> XxXx (runs collapsed). */
export function shapeOf(word: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (collapse && c === last) continue;
    out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

/** Word-list and gazetteer flags for each token; multi-word places flag all their tokens. */
export function wordFlags(words: readonly string[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (ORG_HEADS.has(lower)) flags[i]! |= F.orgHead;
    if (LOCATION_HEADS.has(lower)) flags[i]! |= F.locHead;
    if (TITLE_WORDS.has(lower)) flags[i]! |= F.title;
    if (FUNCTION_WORDS.has(lower)) flags[i]! |= F.functionWord;
    if (WEEKDAYS_AND_MONTHS.has(lower)) flags[i]! |= F.calendar;
    if (!/^\p{Lu}/u.test(w)) continue;
    if (countryOfDemonym(w)) flags[i]! |= F.demonym;
    if (!mayStartPlace(w)) continue;
    // The longest place name starting here ("New York City", "South Korea").
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1; n--) {
      const text = words.slice(i, i + n).join(' ');
      if (lookupCity(text) ?? lookupCountry(text) ?? lookupRegion(text)) {
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
  const lower = words.map((w) => w.toLowerCase());
  const wordHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const shortShapeHash = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    wordHash[i] = hashString(lower[i]!);
    shapeHash[i] = hashString(shapeOf(words[i]!, false));
    shortShapeHash[i] = hashString(shapeOf(words[i]!, true));
  }
  const flags = wordFlags(words);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  // Beyond the sentence: a start or end marker, told apart by distance ("<s>" one or two back).
  const at = (k: number, hashes: Uint32Array): number => (k < 0 ? START ^ -k : k >= n ? END ^ (k - n + 1) : hashes[k]!);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = lower[i]!;
    const capital = /^\p{Lu}/u.test(words[i]!);
    out.push(
      mix(T.bias, 0),
      mix(T.word, wordHash[i]!),
      mix(T.exact, hashString(words[i]!)),
      mix(T.shape, shapeHash[i]!),
      mix(T.shortShape, shortShapeHash[i]!),
      mix(T.length, Math.min(w.length, 12)),
      mix(T.prevWord, at(i - 1, wordHash)),
      mix(T.nextWord, at(i + 1, wordHash)),
      mix(T.prev2Word, at(i - 2, wordHash)),
      mix(T.next2Word, at(i + 2, wordHash)),
      mix(T.prevBigram, mix(at(i - 1, wordHash), wordHash[i]!)),
      mix(T.nextBigram, mix(wordHash[i]!, at(i + 1, wordHash))),
      mix(T.prevShape, at(i - 1, shortShapeHash)),
      mix(T.nextShape, at(i + 1, shortShapeHash)),
      mix(T.shapeTrigram, mix(mix(at(i - 1, shortShapeHash), shortShapeHash[i]!), at(i + 1, shortShapeHash))),
      mix(T.flags, flags[i]!),
      mix(T.prevFlags, i > 0 ? flags[i - 1]! : 255),
      mix(T.nextFlags, i + 1 < n ? flags[i + 1]! : 255),
    );
    if (i === 0) out.push(mix(T.first, shortShapeHash[i]!));
    if (capital && common.has(wordHash[i]!)) out.push(mix(T.commonCapital, i === 0 ? 1 : 2));
    for (let k = 1; k <= 3 && k <= w.length; k++) out.push(mix(T.prefix * 16 + k, hashString(w.slice(0, k))));
    for (let k = 1; k <= 4 && k <= w.length; k++) out.push(mix(T.suffix * 16 + k, hashString(w.slice(-k))));
  }
  offsets[n] = out.length;
  return { hashes: Uint32Array.from(out), offsets, shapes: shortShapeHash, words: wordHash };
}

/** The features that depend on the previous token's label (first-order: Viterbi decodes exactly). */
export function labelFeatures(s: SentenceFeatures, i: number, previous: number, out: Uint32Array): void {
  out[0] = mix(T.prevLabel, previous);
  out[1] = mix(T.labelShape, mix(previous, s.shapes[i]!));
  out[2] = mix(T.labelWord, mix(previous, s.words[i]!));
}

export const LABEL_FEATURES = 3;
