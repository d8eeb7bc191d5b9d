/**
 * UTF-16 without a byte-order mark (some Windows tools and database exports write none). Text in a
 * Latin script then has a zero byte in every other place, the first of each pair in big-endian, the
 * second in little-endian: a pattern no binary format keeps up over a whole sample. Without this such
 * a file was refused as binary for its zero bytes. Scripts beyond Latin have few zero bytes and are
 * left to the byte-order mark and the other checks.
 */

export type Utf16 = 'utf-16le' | 'utf-16be';

const SAMPLE_BYTES = 8192;

export function sniffUtf16(bytes: Uint8Array): Utf16 | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  // Most characters of English text are ASCII (one zero byte each); a character whose other byte is
  // zero too (U+0100, U+2000...) is rare, so the other place is all but free of zeros.
  const order: Utf16 | null = oddZeros >= pairs / 2 && evenZeros <= pairs / 100 ? 'utf-16le' : evenZeros >= pairs / 2 && oddZeros <= pairs / 100 ? 'utf-16be' : null;
  return order && readsAsText(bytes.subarray(0, length), order) ? order : null;
}

/** No lone surrogates and hardly any control characters: what the zero bytes promised. */
function readsAsText(sample: Uint8Array, order: Utf16): boolean {
  let text: string;
  try {
    // A surrogate pair cut by the sample's end is no fault of the file's.
    text = new TextDecoder(order, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return false;
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control <= text.length / 100;
}
