/**
 * Word classes for the tagger's features (models/word-classes.bin.gz, written by `npm run
 * train:classes`): for each of some 34,000 lower-cased words, its class in each of a few clusterings
 * (coarse to fine), keyed by the word's hash as the features hash it, so the file holds numbers only.
 * A word with no class gets UNKNOWN_CLASS in every clustering.
 *
 * File: "TWC2", the number of clusterings (uint8), each one's number of classes (uint16), the number
 * of words (uint32), the words' hashes (uint32, ascending), then each clustering's classes (uint8 a
 * word); little-endian, gzipped.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../../../util/gunzip-whole.js';

const MAGIC = 'TWC2';
/** The class of a word the file does not hold. */
export const UNKNOWN_CLASS = 255;

export interface WordClassEntry {
  hash: number;
  /** One class a clustering, in the file's order. */
  classes: readonly number[];
}

export function serializeWordClasses(entries: readonly WordClassEntry[], sizes: readonly number[]): Buffer {
  for (const size of sizes) if (size >= UNKNOWN_CLASS) throw new Error(`at most ${UNKNOWN_CLASS - 1} word classes fit the file, not ${size}`);
  // One entry a hash: of two words with one hash (rare), the first (the more frequent) keeps it.
  const byHash = new Map<number, readonly number[]>();
  for (const e of entries) if (!byHash.has(e.hash >>> 0)) byHash.set(e.hash >>> 0, e.classes);
  const sorted = [...byHash].sort((a, b) => a[0] - b[0]);
  const head = 4 + 1 + sizes.length * 2 + 4;
  const buffer = Buffer.alloc(head + sorted.length * (4 + sizes.length));
  buffer.write(MAGIC, 0, 'latin1');
  buffer.writeUInt8(sizes.length, 4);
  sizes.forEach((size, l) => buffer.writeUInt16LE(size, 5 + l * 2));
  buffer.writeUInt32LE(sorted.length, head - 4);
  sorted.forEach(([hash, classes], i) => {
    buffer.writeUInt32LE(hash, head + i * 4);
    classes.forEach((cls, l) => buffer.writeUInt8(cls, head + sorted.length * (4 + l) + i));
  });
  return gzipSync(buffer, { level: 9 });
}

export interface WordClasses {
  /** Classes in each clustering. */
  sizes: number[];
  /** The words' hashes, ascending (as the file holds them). */
  hashes: Uint32Array;
  /**
   * The words' classes, a row of sizes.length a word in the order of `hashes`. Two flat arrays, not a
   * map of a small array a word: that map held 8.4 MB of the live heap once loaded (113,570 objects,
   * heap snapshot of the scale run), these 0.17 MB.
   */
  rows: Uint8Array;
}

export function deserializeWordClasses(file: Buffer): WordClasses {
  const buffer = gunzipWhole(file);
  if (buffer.toString('latin1', 0, 4) !== MAGIC) throw new Error('models/word-classes.bin.gz is not a word-class file (bad magic): run `npm run train:classes`');
  const levels = buffer.readUInt8(4);
  const sizes = Array.from({ length: levels }, (_, l) => buffer.readUInt16LE(5 + l * 2));
  const head = 4 + 1 + levels * 2 + 4;
  const count = buffer.readUInt32LE(head - 4);
  const hashes = new Uint32Array(count);
  const rows = new Uint8Array(count * levels);
  for (let i = 0; i < count; i++) {
    hashes[i] = buffer.readUInt32LE(head + i * 4);
    // The look-up halves the range: a file out of order would answer wrongly, not fail.
    if (i > 0 && hashes[i]! <= hashes[i - 1]!) throw new Error('models/word-classes.bin.gz: the hashes are not in ascending order: run `npm run train:classes`');
    for (let l = 0; l < levels; l++) rows[i * levels + l] = buffer.readUInt8(head + count * (4 + l) + i);
  }
  return { sizes, hashes, rows };
}

/** The classes of the word of that hash (a view into `rows`), or undefined when the file does not hold it. */
export function classesOf(all: WordClasses, hash: number): Uint8Array | undefined {
  const key = hash >>> 0;
  let [low, high] = [0, all.hashes.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = all.hashes[mid]!;
    if (at === key) return all.rows.subarray(mid * all.sizes.length, (mid + 1) * all.sizes.length);
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

let shipped: WordClasses | null = null;
let unknown: Uint8Array | null = null;

function classes(): WordClasses {
  shipped ??= deserializeWordClasses(readFileSync(new URL('../../../../../models/word-classes.bin.gz', import.meta.url)));
  return shipped;
}

/** How many clusterings the shipped file holds. */
export function clusterings(): number {
  return classes().sizes.length;
}

/**
 * A word's classes, one a clustering, by the hash of its lower-cased form (the file is read once, on
 * first use). Asked once per word the tagger's word cache takes in (features.ts), which keeps the answer.
 */
export function wordClasses(hash: number): Uint8Array {
  const all = classes();
  return classesOf(all, hash) ?? (unknown ??= new Uint8Array(all.sizes.length).fill(UNKNOWN_CLASS));
}
