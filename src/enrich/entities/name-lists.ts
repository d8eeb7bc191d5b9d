/**
 * Names listed together: runs of names with only a comma, "and" or "or" (and "the") between each and
 * the next ("Meretz, Shinui, Ale Yarok and Hetz"; "Leeds, Morley, Ossett and Wakefield"). Lists say
 * what their members are by the company they keep; the merge reads them more than once.
 */
import type { Entity } from '../../model/types.js';

const LIST_GAP = /^\s*(?:,|and|or|, and|, or)\s*(?:the\s+)?$/;

/** Every run of names joined as a list, in text order; a run of one is a name alone. */
export function nameLists(body: string, entities: readonly Entity[]): Entity[][] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const lists: Entity[][] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start >= sorted[j - 1]!.end && LIST_GAP.test(body.slice(sorted[j - 1]!.end, sorted[j]!.start))) j++;
    lists.push(sorted.slice(i, j));
    i = j;
  }
  return lists;
}
