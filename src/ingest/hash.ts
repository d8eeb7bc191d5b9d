/**
 * Content identity. Whitespace and line endings are folded first, so the same article saved twice
 * with different newlines or trailing spaces is recognised as the same content.
 */
import { createHash } from 'node:crypto';

export function contentHash(content: string): string {
  const normalised = content.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
