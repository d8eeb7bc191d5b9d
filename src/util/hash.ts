/** A fast, fixed string hash for feature hashing, shingles and the like: not for security. */

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
