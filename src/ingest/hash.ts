/**
 * Content identity. Whitespace and line endings are folded first, so the same article saved twice
 * with different newlines or trailing spaces is recognised as the same content.
 */
import { createHash } from 'node:crypto';

export function contentHash(content: string, exact = false): string {
  // A page's markup is hashed as it is (saved twice it is the same bytes); text is folded first.
  const normalised = exact ? content : content.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
