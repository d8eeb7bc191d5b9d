/**
 * An account's handle or an address is no name: "@KevinANjax", "@DenverPolice", "#WJZ", the "pe" of
 * "psurowski@pe.com". Pages keep embedded posts and contact lines in their text, and the tagger reads
 * the words after "@" as people and bodies (344 people and 85 bodies so over GVA's pages); each one
 * then links every story its account posted about, whatever the story.
 * The tagger may also keep the sign alone as a body. A hashtag of a place ("#Detroit") still names the place, so only people and bodies are dropped there.
 */
import type { Entity } from '../../model/types.js';

export function isAccountHandle(body: string, e: Pick<Entity, 'start' | 'type' | 'text'>): boolean {
  // The sign itself, cut from its handle by the steps before: no letter, no name.
  if (!/\p{L}/u.test(e.text)) return true;
  const before = e.start > 0 ? body[e.start - 1] : '';
  return before === '@' || before === '＠' || (before === '#' && e.type !== 'location');
}
