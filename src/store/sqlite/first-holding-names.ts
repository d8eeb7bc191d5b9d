/**
 * A search's hits in rank order, the first `limit` after `offset` that hold its name words
 * (../name-words.ts). The check reads a hit's text, so asked in SQL beside the index's match it read
 * every row the index matched before the sort; asked here, over the ranked rowids, it reads only the
 * rows up to the page's last hit (and those it refuses on the way). The rows are checked a batch at a
 * time, one statement a batch (`holding`): one statement a row cost about ten times the check itself
 * when few rows hold the name and nearly all are read. The first batch is the page (the rows before
 * it too), each next one twice the last, up to MAX_BATCH.
 */

/** The most rows checked by one statement: a name with no hit reads every match, a batch at a time. */
const MAX_BATCH = 1024;

/** `holding`: of the rows given, the positions (in that list) of those that hold the names. */
export function firstHoldingNames<T>(ranked: Iterable<T>, holding: (rows: readonly T[]) => ReadonlySet<number>, limit: number, offset: number): T[] {
  const out: T[] = [];
  if (limit === 0) return out;
  let skip = offset;
  // A negative limit is SQLite's "no limit": the batches start at their largest.
  let size = limit < 0 ? MAX_BATCH : Math.min(MAX_BATCH, Math.max(16, limit + offset));
  const batch: T[] = [];
  const check = (): boolean => {
    const holds = holding(batch);
    for (const [i, row] of batch.entries()) {
      if (!holds.has(i)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      out.push(row);
      if (out.length === limit) return true;
    }
    batch.length = 0;
    size = Math.min(MAX_BATCH, size * 2);
    return false;
  };
  for (const row of ranked) {
    batch.push(row);
    if (batch.length >= size && check()) return out;
  }
  if (batch.length > 0) check();
  return out;
}
