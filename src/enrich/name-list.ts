/**
 * Names written as one list ("The defendants, Ryan Cole and Victor Lam, appeared"; "Two suspects, Ana
 * Ortiz and Luis Vega, were arrested"): a role set off before the list is each member's, in the
 * singular. Without this the first name took the plural ("defendants") and the others nothing.
 */
import type { Entity } from '../model/types.js';

/** What stands between two names of one list: a comma, "and", or both; the first name's age may come first ("Jamal Ortiz, 25, and Kevin Liu"). */
const LIST_GAP = /^(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * The list a person's name belongs to: its first name, and how many names it holds (1 when none is
 * beside it). `sorted` holds the article's people by start (found by halves: a page may name thousands).
 */
export function nameList(entity: Entity, sorted: readonly Entity[], body: string): { first: Entity; last: Entity; size: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < entity.start) lo = mid + 1;
    else hi = mid;
  }
  const at = lo;
  if (sorted[at]?.start !== entity.start) return { first: entity, last: entity, size: 1 };
  let from = at;
  while (from > 0 && LIST_GAP.test(body.slice(sorted[from - 1]!.end, sorted[from]!.start))) from--;
  let to = at;
  while (to + 1 < sorted.length && LIST_GAP.test(body.slice(sorted[to]!.end, sorted[to + 1]!.start))) to++;
  return { first: sorted[from]!, last: sorted[to]!, size: to - from + 1 };
}

const COUNT = /^(?:both|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+/i;

/**
 * The role one member of a list holds, where `role` names them all in the plural ("defendants",
 * "two suspects", "the company's co-founders", "spokesmen"); null where the role is no plural, which
 * then is the first name's alone ("Police spokesman Tom Hale and Mary Cole").
 */
export function memberRole(role: string, isRoleNoun: (word: string) => boolean): string | null {
  const words = role.replace(COUNT, '').split(' ');
  const last = words[words.length - 1]!;
  const singular = /men$/.test(last) ? last.replace(/men$/, 'man') : /ies$/.test(last) ? last.replace(/ies$/, 'y') : /(?:ss|sh|ch|x)es$/.test(last) ? last.slice(0, -2) : /[^s]s$/.test(last) ? last.slice(0, -1) : null;
  if (singular === null || !isRoleNoun(singular)) return null;
  words[words.length - 1] = singular;
  return words.join(' ');
}
