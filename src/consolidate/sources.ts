/**
 * Independent sources. Corroboration counts outlets, not copies: articles from the same outlet, and
 * near-copies of one wire story published by different sites, form one source group.
 */
import type { Article } from '../model/types.js';
import { hashString } from '../util/hash.js';
import { Lru } from '../util/lru.js';

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
  const shingles = articles.map(shinglesOf);
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

/**
 * An article's shingles, kept for the articles read lately: an event's sample is grouped again at
 * every article it gains, so the same bodies would be cut into shingles over and over.
 */
const shingleCache = new Lru<string, Uint32Array>(4096);

function shinglesOf(article: Article): Uint32Array {
  const key = `${article.id} ${article.contentHash}`;
  let found = shingleCache.get(key);
  if (!found) {
    found = shingleHashes(article.body);
    shingleCache.set(key, found);
  }
  return found;
}

/**
 * The distinct four-word shingles of a text as sorted 32-bit hashes: comparing two sorted arrays is
 * several times faster than looking strings up in a set. Two shingles sharing a hash are about one in
 * four billion per pair; the copy threshold is not that fine.
 */
export function shingleHashes(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Uint32Array(Math.max(0, words.length - 3));
  for (let i = 0; i + 4 <= words.length; i++) hashes[i] = hashString(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.slice(0, n);
}

/** Jaccard similarity of two sorted, distinct arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** How many independent groups a set of articles spans. */
export function corroboration(articleIds: Iterable<string>, groups: SourceGroups): number {
  const seen = new Set<string>();
  for (const id of articleIds) seen.add(groups.groupOf.get(id) ?? id);
  return seen.size;
}
