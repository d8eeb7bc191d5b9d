/**
 * One page stored twice: an outlet that corrects or updates a story keeps its address, and a page
 * fetched before and after the change is two texts with one address. The store keeps both (dedup is by
 * content), but they are one article told twice: the earlier text's facts and names (a misspelt name
 * the later one corrects) would stand beside the later's as if a second report gave them. The event is
 * built from the latest version of each address; the others stay listed among its articles.
 */
import type { Article } from '../model/types.js';
import { utcSortKey } from '../util/dates.js';

type Versioned = Pick<Article, 'id' | 'source' | 'publishedAt' | 'modifiedAt' | 'body'>;

/** How much of their words two texts must share to be versions of one page, not two stories at one address (a section front's). */
const SAME_PAGE = 0.5;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
}

/** Whether two texts share most of their words: one story, edited. */
function versionsOfOne(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, x.size + y.size - shared) >= SAME_PAGE;
}

/** When a version was last changed, as a sortable key ("" when the page gives no time). */
function changedAt(a: Versioned): string {
  const at = a.modifiedAt ?? a.publishedAt;
  return at ? utcSortKey(at) : '';
}

/** The articles less those a later version at the same address replaces; the order kept. */
export function latestVersions<T extends Versioned>(articles: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const a of articles) {
    const url = a.source.url;
    if (!url) continue;
    const seen = latest.get(url);
    // Of two versions equally dated, the one stored later (later in the list).
    if (!seen || changedAt(a) >= changedAt(seen)) latest.set(url, a);
  }
  if (latest.size === articles.filter((a) => a.source.url).length) return [...articles];
  return articles.filter((a) => {
    const last = a.source.url ? latest.get(a.source.url) : undefined;
    return !last || last === a || !versionsOfOne(a.body, last.body);
  });
}
