/**
 * Independent sources. Corroboration counts outlets, not copies: articles from the same outlet, and
 * near-copies of one wire story published by different sites, form one source group.
 */
import type { Article } from '../model/types.js';
import { hashString } from '../util/hash.js';
import { Lru } from '../util/lru.js';
import { agencyName } from '../extract/agencies.js';

export interface SourceGroups {
  /** Article id -> group id (the id of the group's earliest article). */
  groupOf: Map<string, string>;
  count: number;
}

/**
 * Hosts that carry many outlets' stories or posts under their own name: an article there speaks for
 * the outlet it names, never for the host (an AP and a Reuters story on msn.com are two sources, and
 * so are a police department's and a sheriff's posts on facebook.com).
 */
const SHARED_HOSTS = new RegExp(
  String.raw`(?:^|\.)(?:msn\.com|yahoo\.com|yahoo\.co\.jp|google\.com|news\.google\.com|newsbreak\.com|flipboard\.com|smartnews\.com|ground\.news|apple\.news|` +
    String.raw`inkl\.com|pressreader\.com|aol\.com|naver\.com|daum\.net|youtube\.com|youtu\.be|facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|` +
    String.raw`t\.co|tiktok\.com|linkedin\.com|reddit\.com|t\.me|telegram\.org|medium\.com|substack\.com|wordpress\.com|blogspot\.com|tumblr\.com|` +
    String.raw`bit\.ly|archive\.org|archive\.ph|archive\.is|archive\.today|feedly\.com|newsnow\.co\.uk)$`,
);

/** Separates the keys of one article in outletKey's text (no outlet name or host holds a newline). */
const KEY_SEPARATOR = '\n';

/**
 * The names an article's outlet goes by: for a wire story, its agency; else its stated outlet and its
 * site (and the agency, for an agency's own site), else its site.
 * Articles sharing any of them are one source, so a page that names "The Guardian" and a pasted copy
 * with only a theguardian.com address are one outlet, not two. An aggregator's host is no name of the
 * outlet unless nothing else is known.
 */
export function outletKeys(article: Article): string[] {
  const host = hostOf(article.source.url);
  const outlet = article.outlet && nameKey(article.outlet);
  // A wire story speaks for its agency wherever it runs ("VIENNA (Reuters) -" on a site that trimmed
  // it), not for the site: the site's own reporting is another source, and so is another site's, though
  // both carry the same agency's copy (keyed by outlet too, the groups would chain them into one).
  // An agency no list holds is known by its own name on its own copy ("MADRID (Fjord Wire) -" in a
  // Fjord Wire article): that copy is the agency's own, not carried.
  const ownCredit = outlet !== null && outlet !== '' && article.agency !== null && nameKey(article.agency) === outlet;
  if (article.agency && !ownCredit && !(outlet && agencyName(article.outlet!) === article.agency)) return [`agency:${nameKey(article.agency)}`];
  // An agency's own site is the agency.
  const own = outlet ? (agencyName(article.outlet!) ?? (ownCredit ? article.agency : null)) : null;
  const wire = own ? [`agency:${nameKey(own)}`] : [];
  // The site joins the outlet's name only when it is the outlet's own site: two outlets a record names
  // on one host that is not theirs (a chain's or an aggregator's) stay two.
  if (outlet) return [...(host && !SHARED_HOSTS.test(host) && nameFitsHost(outlet, host) ? [`outlet:${outlet}`, `site:${host}`] : [`outlet:${outlet}`]), ...wire];
  return [host ? `site:${host}` : `article:${article.id}`];
}

/** Words of outlet names that say nothing of whose site a host is. */
const GENERIC_NAME_WORDS = new Set(['the', 'news', 'daily', 'online', 'media', 'network', 'com', 'and', 'of']);

/**
 * Whether a host looks like the named outlet's own site: the name squashed ("theguardian.com"), a word
 * of it ("bbc.co.uk" for "BBC News", "washingtonpost.com"), or its initials ("nytimes.com" for "The New
 * York Times") in the host.
 */
function nameFitsHost(name: string, host: string): boolean {
  // Hosts write names without accents, German ones with their umlauts spelt out ("El País" on
  // elpais.com, "Süddeutsche Zeitung" on sueddeutsche.de): both spellings are tried.
  const spelt = name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');
  return [plain(name), plain(spelt)].some((form) => fits(form, host));
}

function fits(name: string, host: string): boolean {
  const squashedHost = host.replace(/[^a-z0-9]/g, '');
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const squashedName = words.join('');
  if (squashedName.length >= 3 && squashedHost.includes(squashedName.replace(/^the/, ''))) return true;
  if (words.some((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w) && squashedHost.includes(w))) return true;
  const initials = words.filter((w) => w !== 'the').map((w) => w[0]).join('');
  return initials.length >= 2 && squashedHost.includes(initials);
}

/** A name as a key: lower case, one space between words (a publisher's name may hold a line break). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** outletKeys as one text, as the store keeps it with each article; `splitOutletKey` reads it back (an older store's single key included). */
export function outletKey(article: Article): string {
  return outletKeys(article).join(KEY_SEPARATOR);
}

export function splitOutletKey(key: string): string[] {
  return key.split(KEY_SEPARATOR);
}

/**
 * The site an address is on; for a copy in a web archive, the archived page's site
 * ("web.archive.org/web/2016.../http://www.wral.com/..." is WRAL's), or every archived page would be
 * one source.
 */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const archived = /^(?:web\.)?archive\.(?:org|ph|is|today)$/i.test(parsed.hostname) ? /\/(https?:\/\/.+)$/i.exec(parsed.pathname + parsed.search)?.[1] : undefined;
    const host = (archived ? new URL(archived) : parsed).hostname.toLowerCase().replace(/^www\d*\./, '').replace(/\.$/, '');
    return host || null;
  } catch {
    return null;
  }
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
    for (const key of outletKeys(a)) {
      const seen = byOutlet.get(key);
      if (seen) union(seen, a.id);
      else byOutlet.set(key, a.id);
    }
    for (let j = 0; j < i; j++) {
      // Compared only where the answer can change the groups: two articles already in one group stay
      // so, and two whose shingle counts differ too much cannot reach the bar (mayBeCopies). An event's
      // sample of 40 is grouped again at every article it gains: 780 comparisons, most of them one of these.
      if (!mayBeCopies(shingles[i]!, shingles[j]!) || find(a.id) === find(articles[j]!.id)) continue;
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

/**
 * Whether two shingle sets could be copies (Jaccard at least COPY_THRESHOLD): they share at most the
 * smaller's count, so their Jaccard is at most smaller / larger, and the division is the one jaccard
 * makes with that many shared (so no rounding lets this say no where jaccard would say yes).
 */
export function mayBeCopies(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const small = Math.min(a.length, b.length);
  return small / (a.length + b.length - small) >= COPY_THRESHOLD;
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
