/**
 * A search's hits in rank order, the first `limit` after `offset` that hold its name words
 * (../name-words.ts). The check reads a hit's text, so asked in SQL it read every row the index
 * matched before the sort; asked here, over the index's ranked rowids, it reads only the rows up to
 * the page's last hit (and those it refuses on the way).
 */
export function firstHoldingNames<T>(ranked: Iterable<T>, holds: (row: T) => boolean, limit: number, offset: number): T[] {
  const out: T[] = [];
  if (limit === 0) return out;
  let skip = offset;
  for (const row of ranked) {
    if (!holds(row)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    out.push(row);
    // A negative limit is SQLite's "no limit".
    if (out.length === limit) break;
  }
  return out;
}
