/**
 * One article under two addresses. The ingest stage knows content by the hash of what was read (a page's
 * markup as it is), so the same outlet's story saved again from its AMP or mobile address, or from a link
 * with other tracking parameters, has another hash and was stored a second time: the event then listed the
 * outlet twice. Here, once the article is read and its event known, a stored article of the event with the
 * same publisher, headline and body is the same article, and this one is a duplicate of it.
 *
 * Another outlet's copy of the same text is not this: it is another publication, stored and counted once
 * as a source by sources.ts (a wire story run by two sites, a verbatim copy).
 */
import type { Article } from '../model/types.js';
import type { EventMember } from '../store/store.js';
import { hostOf, outletKeys, splitOutletKey } from './sources.js';

/** Stored articles read at most per new article to look for it (the event's sample is looked at first, unread). */
export const SAME_ARTICLE_READS = 16;

type Compared = Pick<Article, 'outlet' | 'headline' | 'body' | 'source'>;

/**
 * Who published an article, as its page says: the outlet's name, else its site (a mobile or AMP host as
 * the site's own); null when neither is known, and then no two articles are taken for one publication.
 */
export function publisherOf(article: Pick<Article, 'outlet' | 'source'>): string | null {
  const outlet = article.outlet?.toLowerCase().replace(/\s+/g, ' ').trim();
  if (outlet) return `outlet:${outlet}`;
  const host = hostOf(article.source.url)?.replace(/^(?:m|amp|mobile)\./, '');
  return host ? `site:${host}` : null;
}

/** Whether two articles are one publication: the same known publisher, headline and body (white space aside). */
export function sameArticle(a: Compared, b: Compared): boolean {
  const publisher = publisherOf(a);
  return publisher !== null && publisher === publisherOf(b) && folded(a.headline) === folded(b.headline) && folded(a.body) === folded(b.body);
}

function folded(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The id of a stored article of the event that is this one (sameArticle), or null. Only members that
 * share an outlet key with it are candidates; those in `loaded` are compared as they are, and at most
 * SAME_ARTICLE_READS others read, published at the same time first (an event of hundreds of wire copies
 * is not read whole for each new one).
 */
export async function storedSameArticle(
  article: Article,
  members: readonly EventMember[],
  loaded: readonly Article[],
  read: (id: string) => Promise<Article | null>,
): Promise<string | null> {
  if (publisherOf(article) === null) return null;
  const keys = new Set(outletKeys(article));
  const candidates = members.filter((m) => m.id !== article.id && splitOutletKey(m.outletKey).some((k) => keys.has(k)));
  if (candidates.length === 0) return null;
  const byId = new Map(loaded.map((a) => [a.id, a]));
  const unread: EventMember[] = [];
  for (const member of candidates) {
    const stored = byId.get(member.id);
    if (stored === undefined) unread.push(member);
    else if (sameArticle(article, stored)) return member.id;
  }
  const sameTime = (m: EventMember): number => (m.publishedAt === article.publishedAt ? 0 : 1);
  unread.sort((x, y) => sameTime(x) - sameTime(y));
  for (const member of unread.slice(0, SAME_ARTICLE_READS)) {
    const stored = await read(member.id);
    if (stored !== null && sameArticle(article, stored)) return member.id;
  }
  return null;
}
