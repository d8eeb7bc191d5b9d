/**
 * Page metadata in order of trust: JSON-LD (NewsArticle and kin, also inside @graph), OpenGraph and
 * article: meta tags, other meta tags, <time datetime>, then <title> without the site name.
 */
import { dayNumber } from '../util/dates.js';
import { cleanAuthorName } from './byline.js';
import { isoFromMachineDate, parseDateline } from './dateline.js';
import type { PageMetadata } from './layout.js';
import { splitSiteName } from './site-name.js';

export interface MetaCollector {
  jsonLd: unknown[];
  tags: Map<string, string>;
  times: string[];
  /** itemprop="datePublished" / "dateModified" on any element (microdata). */
  itemDates: { published: string[]; modified: string[] };
  /** Machine-readable dates in attributes of elements named like dates ("post-date", "time-ago"). */
  attributeDates: string[];
  title: string | null;
  lang: string | null;
  canonical: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|WebPage|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

export function newCollector(): MetaCollector {
  return { jsonLd: [], tags: new Map(), times: [], itemDates: { published: [], modified: [] }, attributeDates: [], title: null, lang: null, canonical: null };
}

/** What an element's text is needed for, once the element closes. */
export type TextNeed = 'title' | 'json-ld' | 'date-published' | 'date-modified';

/** How much text each need reads at most. */
export const TEXT_LIMITS: Record<TextNeed, number> = { title: 1000, 'json-ld': 2_000_000, 'date-published': 120, 'date-modified': 120 };

/**
 * Metadata from an opening tag. Returns what the element's text is needed for, when the answer lies
 * in its text (a <title>, a JSON-LD script, a microdata date written out), for `collectText`.
 */
export function collectMeta(name: string, attrs: Record<string, string>, meta: MetaCollector): TextNeed | null {
  let need: TextNeed | null = null;
  const itemprop = attrs.itemprop;
  if (itemprop === 'datePublished' || itemprop === 'dateCreated' || itemprop === 'dateModified') {
    const value = attrs.content ?? attrs.datetime;
    const list = itemprop === 'dateModified' ? meta.itemDates.modified : meta.itemDates.published;
    if (value) list.push(value);
    else if (name !== 'meta') need = itemprop === 'dateModified' ? 'date-modified' : 'date-published';
  }
  if (meta.attributeDates.length < 3 && attrs.class && DATE_CLASS.test(attrs.class)) {
    for (const key of ['datetime', 'title', 'data-time', 'data-date', 'data-timestamp', 'data-published', 'content']) {
      const value = attrs[key];
      if (value && /^\s*\d{4}-\d{2}-\d{2}/.test(value)) {
        meta.attributeDates.push(value);
        break;
      }
    }
  }
  if (name === 'html' && attrs.lang) meta.lang = attrs.lang;
  else if (name === 'title' && meta.title === null) need = 'title';
  else if (name === 'meta') {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    if (key && attrs.content && !meta.tags.has(key)) meta.tags.set(key, attrs.content.trim());
  } else if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) meta.canonical = attrs.href;
  else if (name === 'time' && attrs.datetime) {
    // <time pubdate> marks the publication time; other <time> elements are only a fallback.
    if (attrs.pubdate !== undefined) meta.times.unshift(attrs.datetime);
    else meta.times.push(attrs.datetime);
  } else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) need = 'json-ld';
  return need;
}

/** Metadata from an element's text, when it closes (see collectMeta). */
export function collectText(need: TextNeed, text: string, meta: MetaCollector): void {
  const value = text.trim();
  if (!value) return;
  if (need === 'title') meta.title ??= value;
  else if (need === 'date-published') meta.itemDates.published.push(value);
  else if (need === 'date-modified') meta.itemDates.modified.push(value);
  else {
    const parsed = parseLenientJson(value);
    if (parsed !== undefined) meta.jsonLd.push(parsed);
  }
}

/**
 * JSON-LD as sites write it: often with raw newlines inside strings, trailing commas or an HTML
 * comment around it, or stray text after the object. Strict first, then repaired; a block that still fails is skipped (the other
 * metadata sources still apply).
 */
function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch (error) {
      // Stray text after a complete object ("...} }"): the object before it is the data.
      const at = /after JSON at position (\d+)/.exec((error as Error).message)?.[1];
      if (!at) return undefined;
      try {
        return JSON.parse(repaired.slice(0, Number(at)));
      } catch {
        return undefined;
      }
    }
  }
}

export function pageMetadata(c: MetaCollector): { meta: PageMetadata; ldBody: string | null } {
  const meta: PageMetadata = {};
  const found = findArticleLd(c.jsonLd, c);
  // Some sites nest the article's fields in its mainEntityOfPage object: read them from there too.
  const nested = found && typeof found.mainEntityOfPage === 'object' && found.mainEntityOfPage !== null ? (found.mainEntityOfPage as Ld) : null;
  const ld: Ld | null = found ? { ...nested, ...Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined && v !== null && v !== '')) } : null;
  const tag = (k: string): string | undefined => c.tags.get(k);
  // The <title> is kept apart: it usually carries the site's name, and the page's own heading may be
  // better (html-layout.ts chooses).
  const headline = str(ld?.headline) ?? tag('og:title') ?? tag('twitter:title');
  if (headline) meta.headline = headline.replace(/\s+/g, ' ').trim();
  const titleText = c.title?.replace(/\s+/g, ' ').trim() ?? '';
  const titled = titleText ? splitSiteName(titleText, { outlet: tag('og:site_name') ?? null, url: c.canonical ?? tag('og:url') ?? null }) : null;
  if (titled?.site) meta.titleSite = titled.site;
  const title = titled?.site ? titled.headline : stripSiteName(c.title, tag('og:site_name'));
  if (title) meta.documentTitle = title.replace(/\s+/g, ' ').trim();
  const rawAuthors = ldAuthors(ld?.author) ?? splitAuthors(tag('author') ?? tag('article:author') ?? tag('byl') ?? tag('parsely-author') ?? tag('sailthru.author') ?? tag('dc.creator'));
  const authors = [...new Set((rawAuthors ?? []).map(cleanAuthorName).filter((a): a is string => a !== null))];
  if (authors.length > 0) meta.authors = authors;
  const outlet = ldName(ld?.publisher) ?? tag('og:site_name') ?? tag('application-name');
  if (outlet) meta.outlet = outlet;
  const published = firstDate([
    str(ld?.datePublished),
    str(ld?.dateCreated),
    ...PUBLISHED_TAGS.map(tag),
    ...c.itemDates.published,
    c.times[0],
    c.attributeDates[0],
  ]);
  // The address often carries the day: /2024/03/30/, /20240330/, -2024-03-30. Publishers write it in
  // local time, while metadata is often in UTC: a day's difference is settled in the address's favour.
  const fromUrl = dateInUrl(c.canonical ?? tag('og:url') ?? str(ld?.url) ?? '');
  if (published && fromUrl && Math.abs(dayNumber(published) - dayNumber(fromUrl)) === 1) meta.publishedAt = fromUrl;
  else if (published) meta.publishedAt = published;
  else if (fromUrl) meta.publishedAt = fromUrl;
  const modified = firstDate([str(ld?.dateModified), tag('article:modified_time'), tag('og:updated_time'), tag('datemodified'), tag('last-modified'), ...c.itemDates.modified]);
  if (modified) meta.modifiedAt = modified;
  const language = str(ld?.inLanguage) ?? c.lang ?? tag('og:locale');
  if (language) meta.language = language.slice(0, 2).toLowerCase();
  const url = c.canonical ?? tag('og:url') ?? str(ld?.url);
  if (url) meta.url = url;
  const body = str(ld?.articleBody);
  return { meta, ldBody: body ?? null };
}

const DATE_CLASS = /(^|[\s_-])(date|time|timestamp|published|pubdate|posted|dateline)([\s_-]|$)/i;

/** Meta tags that name the publication time, most trusted first (OpenGraph, news site conventions, Dublin Core). */
const PUBLISHED_TAGS = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'datepublished',
  'publish-date', 'publish_date', 'publishdate', 'published_time', 'published-date', 'article.published', 'article_date_original',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'dc.date.issued', 'dcterms.issued', 'dcterms.created',
  'dc.date.created', 'dc.date', 'dcterms.date', 'pubdate', 'pub_date', 'date', 'created', 'og:pubdate', 'article:post_date',
  'ptime', 'pdate', 'originalpublicationdate', 'displaydate',
];

function firstDate(candidates: readonly (string | undefined)[]): string | null {
  for (let i = 0; i < candidates.length; i++) {
    const value = candidates[i];
    if (!value) continue;
    const iso = machineOrText(value);
    if (!iso) continue;
    // A day alone (<meta name="date" content="2026-11-17">) gives way to a later source that times the
    // same day (<time datetime="2026-11-17T16:20">): the hour, and any offset, place relative dates.
    if (iso.length === 10) {
      for (const later of candidates.slice(i + 1)) {
        const timed = later ? machineOrText(later) : null;
        if (timed && timed.length > 10 && timed.startsWith(iso)) return timed;
      }
    }
    return iso;
  }
  return null;
}

export function dateInUrl(url: string): string | null {
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (!m) return null;
  return isoFromMachineDate(`${m[1]}-${m[2]}-${m[3]}`);
}

type Ld = Record<string, unknown>;

/** Items looked at at most: a page's JSON-LD can hold huge arrays (product lists, breadcrumbs). */
const LD_ITEMS = 10_000;

/**
 * The JSON-LD object that describes this page's article. Pages often carry several (related stories,
 * lists): the one whose address or headline matches the page wins, else the first.
 */
function findArticleLd(items: unknown[], c: MetaCollector): Ld | null {
  const all = articleObjects(items);
  if (all.length <= 1) return all[0] ?? null;
  const canonical = (c.canonical ?? c.tags.get('og:url') ?? '').replace(/[?#].*$/, '').replace(/\/$/, '');
  const title = (c.tags.get('og:title') ?? c.title ?? '').toLowerCase();
  const sameUrl = (ld: Ld): boolean => {
    const own = [ld.url, ld.mainEntityOfPage, (ld.mainEntityOfPage as Ld | undefined)?.['@id']].find((u): u is string => typeof u === 'string');
    return !!canonical && !!own && own.replace(/[?#].*$/, '').replace(/\/$/, '') === canonical;
  };
  const sameTitle = (ld: Ld): boolean => typeof ld.headline === 'string' && ld.headline.length > 10 && title.includes(ld.headline.toLowerCase().slice(0, 60));
  return all.find(sameUrl) ?? all.find(sameTitle) ?? all[0]!;
}

function articleObjects(items: unknown[]): Ld[] {
  const found: Ld[] = [];
  const queue: unknown[] = [];
  const add = (more: readonly unknown[]): void => {
    for (const x of more) if (queue.length < LD_ITEMS) queue.push(x);
  };
  add(items);
  let fallback: Ld | null = null;
  for (let next = 0; next < queue.length; next++) {
    const item = queue[next];
    if (Array.isArray(item)) add(item);
    else if (item && typeof item === 'object') {
      const record = item as Ld;
      if (Array.isArray(record['@graph'])) add(record['@graph'] as unknown[]);
      const types = ([] as unknown[]).concat(record['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
        if (types.includes('WebPage')) fallback ??= record;
        else found.push(record);
      }
    }
  }
  if (found.length === 0 && fallback) found.push(fallback);
  return found;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function ldName(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return ldName(value[0]);
  if (value && typeof value === 'object') return str((value as Ld).name);
  return undefined;
}

function ldAuthors(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const names = ([] as unknown[]).concat(value).map(ldName).filter((n): n is string => !!n);
  return names.length ? names : undefined;
}

function splitAuthors(value: string | undefined): string[] | undefined {
  if (!value || /^https?:/.test(value)) return undefined;
  const parts = value.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  // "Smith, John" is one person written surname first.
  if (parts.length === 2 && value.includes(',') && parts.every((p) => !/\s/.test(p))) return [`${parts[1]} ${parts[0]}`];
  return parts;
}

function machineOrText(value: string): string | null {
  const epoch = /^\s*(\d{10})(\d{3})?\s*$/.exec(value);
  if (epoch) return new Date(Number(epoch[1]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return isoFromMachineDate(value) ?? parseDateline(value)?.iso ?? null;
}

function stripSiteName(title: string | null, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—:-]\s+|\s*[|]\s*|_(?=[A-Z])/);
  if (parts.length > 1) {
    if (site && parts[parts.length - 1]!.toLowerCase() === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
    return parts.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return title;
}
