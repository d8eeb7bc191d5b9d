/**
 * Independent sources. Corroboration counts outlets, not copies: articles from the same outlet, and
 * near-copies of one wire story published by different sites, form one source group.
 */
import type { Article } from '../model/types.js';

export interface SourceGroups {
  /** Article id -> group id (the id of the group's earliest article). */
  groupOf: Map<string, string>;
  count: number;
}

/** The outlet an article speaks for: its stated outlet, else its agency, else its site or file. */
export function outletKey(article: Article): string {
  if (article.outlet) return `outlet:${article.outlet.toLowerCase()}`;
  if (article.agency) return `agency:${article.agency.toLowerCase()}`;
  if (article.source.url) {
    try {
      return `site:${new URL(article.source.url).hostname.replace(/^www\./, '')}`;
    } catch {
      // not a URL: fall through
    }
  }
  return `article:${article.id}`;
}

const COPY_THRESHOLD = 0.6;

export function sourceGroups(articles: readonly Article[]): SourceGroups {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
  };
  for (const a of articles) parent.set(a.id, a.id);
  const byOutlet = new Map<string, string>();
  const shingles = articles.map((a) => shingleSet(a.body));
  articles.forEach((a, i) => {
    const key = outletKey(a);
    const seen = byOutlet.get(key);
    if (seen) union(seen, a.id);
    else byOutlet.set(key, a.id);
    for (let j = 0; j < i; j++) {
      if (jaccard(shingles[i]!, shingles[j]!) >= COPY_THRESHOLD) union(a.id, articles[j]!.id);
    }
  });
  const groupOf = new Map<string, string>();
  for (const a of articles) groupOf.set(a.id, find(a.id));
  return { groupOf, count: new Set(groupOf.values()).size };
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) set.add(words.slice(i, i + 4).join(' '));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How many independent groups a set of articles spans. */
export function corroboration(articleIds: Iterable<string>, groups: SourceGroups): number {
  const seen = new Set<string>();
  for (const id of articleIds) seen.add(groups.groupOf.get(id) ?? id);
  return seen.size;
}
