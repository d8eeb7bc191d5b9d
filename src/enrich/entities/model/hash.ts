/**
 * Feature hashing. A feature is a template number and a value (a word, a shape, a previous label);
 * both are folded into a 32-bit hash and then a bucket of the weight table. No feature string is ever
 * built or stored, so the model holds numbers only, and lookups cost a few integer operations.
 */

export { hashString } from '../../../util/hash.js';

/** Two hashes into one (murmur3's finaliser over a combination), as an unsigned 32-bit number. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
