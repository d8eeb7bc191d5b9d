/**
 * A text's trigram sketch: one bit per hashed run of three characters the text holds (a Bloom filter
 * with one hash). A word with a trigram whose bit is unset is not in the text; a word whose bits are
 * all set may be, and only a search says. The word gates ask a long text about a hundred or more
 * words, nearly all absent: one pass over the text then spares most of the searches.
 */

export interface Sketch {
  text: string;
  bits: Uint32Array;
  /** 32 less the number of bits a hash keeps. */
  shift: number;
}

/** The last texts sketched: gates ask about one text many times in a row, or two in turns (a headline and its body). */
const recent: Sketch[] = [];
const RECENT = 4;

function hash(a: number, b: number, c: number, shift: number): number {
  return Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> shift;
}

export function sketchOf(text: string): Sketch {
  for (const s of recent) if (s.text === text) return s;
  // About eight bits a character (at least 1,024, at most 131,072): few enough set that most absent
  // trigrams find their bit unset.
  let size = 10;
  while (size < 17 && 1 << size < text.length * 8) size++;
  const shift = 32 - size;
  const bits = new Uint32Array(1 << (size - 5));
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = hash(a, b, c, shift);
    bits[h >>> 5]! |= 1 << (h & 31);
    a = b;
    b = c;
  }
  const sketch = { text, bits, shift };
  recent.unshift(sketch);
  if (recent.length > RECENT) recent.pop();
  return sketch;
}

/** False when the word is surely not in the sketched text; true when it may be. */
export function mayHold(sketch: Sketch, word: string): boolean {
  if (word.length < 3) return true;
  const { bits, shift } = sketch;
  let a = word.charCodeAt(0);
  let b = word.charCodeAt(1);
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const h = hash(a, b, c, shift);
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    a = b;
    b = c;
  }
  return true;
}
