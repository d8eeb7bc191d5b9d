/**
 * data/cities.tsv held compactly for look-ups by name (cities.ts): the file's bytes as read, where each
 * place line starts and ends, its country, and the hashes of the lines' name keys, sorted, beside their
 * line numbers. A key is found by halving over the hashes and each line of that hash is checked by its
 * own key, so a collision costs a check, never a wrong place. Held before as a string per line under a
 * map of name keys, the 76,000 lines took 21 MB of the ingesting process's live heap (heap snapshot,
 * 58th session; 18.1 MB just after the load); so they take 3.6 MB outside the JS heap (the file's
 * 2.4 MB, the arrays the rest) and 0.3 MB in it.
 */
import { hashString } from '../../util/hash.js';

const NEWLINE = 0x0a;
const TAB = 0x09;
const HASH = 0x23;

/** A country's section of the file: its place lines, [from, to), in the file's order (largest first). */
export interface CitySection {
  country: string;
  from: number;
  to: number;
}

export class CityLines {
  private constructor(
    private readonly bytes: Buffer,
    /** Per place line, where it starts and ends in `bytes` (its line break left out). */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** Per place line, its country's index in `sections`. */
    private readonly countryOf: Uint16Array,
    readonly sections: readonly CitySection[],
    /** The name keys' hashes in ascending order, and the line of each (in the file's order where hashes tie). */
    private readonly hashes: Uint32Array,
    private readonly lineOfHash: Int32Array,
    private readonly keyOf: (name: string) => string,
  ) {}

  /**
   * Reads the file's bytes: a line "#XX" starts country XX's section, other lines starting with "#" are
   * comments, and a place line is its name, a tab and its fields (a line with no name is skipped).
   * `keyOf` gives a name's key (cities.ts's cityKey).
   */
  static read(bytes: Buffer, keyOf: (name: string) => string): CityLines {
    const starts: number[] = [];
    const ends: number[] = [];
    const countryOf: number[] = [];
    const keyHashes: number[] = [];
    const sections: CitySection[] = [];
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      if (bytes[start] === HASH) {
        if (end - start === 3 && isCapital(bytes[start + 1]!) && isCapital(bytes[start + 2]!)) {
          sections.push({ country: bytes.toString('latin1', start + 1, end), from: starts.length, to: starts.length });
        }
      } else {
        const tab = bytes.indexOf(TAB, start);
        if (tab > start && tab < end) {
          // A place line before any country's section has no country: the file has none such.
          if (sections.length === 0) throw new Error('data/cities.tsv: a place line before the first country');
          starts.push(start);
          ends.push(end);
          countryOf.push(sections.length - 1);
          sections[sections.length - 1]!.to = starts.length;
          keyHashes.push(hashString(keyOf(bytes.toString('utf8', start, tab))));
        }
      }
      start = end + 1;
    }
    // Sorted by hash, then line, as one number each (a hash below 2^32 times a power of two above the line count).
    const count = starts.length;
    const lineSpan = 2 ** Math.ceil(Math.log2(count + 1));
    if (lineSpan > 2 ** 21) throw new Error('data/cities.tsv: too many lines to sort so');
    const order = new Float64Array(count);
    for (let i = 0; i < count; i++) order[i] = keyHashes[i]! * lineSpan + i;
    order.sort();
    const hashes = new Uint32Array(count);
    const lineOfHash = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const line = order[k]! % lineSpan;
      hashes[k] = (order[k]! - line) / lineSpan;
      lineOfHash[k] = line;
    }
    return new CityLines(bytes, Int32Array.from(starts), Int32Array.from(ends), Uint16Array.from(countryOf), sections, hashes, lineOfHash, keyOf);
  }

  /** How many place lines. */
  get size(): number {
    return this.starts.length;
  }

  /** The place lines whose name has this key, in the file's order. */
  linesOf(key: string): number[] {
    const hash = hashString(key);
    const hashes = this.hashes;
    let low = 0;
    let high = hashes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (hashes[mid]! < hash) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let k = low; k < hashes.length && hashes[k] === hash; k++) {
      const line = this.lineOfHash[k]!;
      if (this.keyOf(this.name(line)) === key) out.push(line);
    }
    return out;
  }

  /** A place line's text (its name, a tab, its fields). */
  text(line: number): string {
    return this.bytes.toString('utf8', this.starts[line]!, this.ends[line]!);
  }

  /** A place line's country (ISO alpha-2). */
  country(line: number): string {
    return this.sections[this.countryOf[line]!]!.country;
  }

  private name(line: number): string {
    const start = this.starts[line]!;
    return this.bytes.toString('utf8', start, this.bytes.indexOf(TAB, start));
  }
}

function isCapital(byte: number): boolean {
  return byte >= 0x41 && byte <= 0x5a;
}
