/**
 * An HTML page to blocks and metadata. htmlparser2 is forgiving with broken markup and fast; the walk
 * is iterative so deeply nested pages cannot overflow the stack.
 *
 * Metadata in order of trust: JSON-LD (NewsArticle and kin), OpenGraph / article: meta tags, other
 * meta tags, <time datetime>, then <title>. Chrome (nav, aside, footer, forms) and elements whose
 * class or id names them as clutter (share, related, comments, newsletter, cookie banners) are skipped.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, BlockTag } from './block.js';
import { isoFromMachineDate, parseDateline } from './dateline.js';
import type { PageMetadata } from './layout.js';

export interface HtmlBlocks {
  blocks: Block[];
  meta: PageMetadata;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'nav', 'aside', 'footer', 'object', 'canvas', 'video', 'audio', 'map']);
const BLOCK_TAGS: Record<string, BlockTag> = {
  p: 'p', h1: 'h1', h2: 'h2', h3: 'h2', h4: 'h2', h5: 'h2', h6: 'h2', li: 'li', blockquote: 'blockquote',
  figcaption: 'figcaption', pre: 'p', dd: 'p', dt: 'p', td: 'div', th: 'div', div: 'div', section: 'div',
  article: 'div', main: 'div', header: 'div', figure: 'div', ul: 'div', ol: 'div', table: 'div', tr: 'div', address: 'div',
};
const CLUTTER_ATTR = /(^|[\s_-])(share|sharing|social|related|recommend|comment|comments|newsletter|subscribe|signup|cookie|consent|gdpr|promo|advert|ads?|sponsor|sidebar|breadcrumbs?|menu|navbar|nav|footer|popular|trending|most-read|paywall|author-bio|bio|outbrain|taboola|modal|popup|toolbar|tags)($|[\s_-])/i;
const ARTICLE_ATTR = /(^|[\s_-])(article-body|article__body|articlebody|story-body|entry-content|post-content|article-content|story-content)($|[\s_-])/i;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|WebPage|Report)$/;

export function htmlToBlocks(html: string): HtmlBlocks {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const meta: PageMetadata = {};
  const collected: MetaCollector = { jsonLd: [], tags: new Map(), times: [], title: null, lang: null, canonical: null };
  const blocks: Block[] = [];
  walk(document.children, blocks, collected);
  applyMetadata(collected, meta);
  return { blocks, meta };
}

interface MetaCollector {
  jsonLd: unknown[];
  tags: Map<string, string>;
  times: string[];
  title: string | null;
  lang: string | null;
  canonical: string | null;
}

interface Frame {
  node: ChildNode;
  inArticle: boolean;
}

interface OpenBlock {
  tag: BlockTag;
  parts: string[];
  linkChars: number;
  inArticle: boolean;
}

function walk(roots: ChildNode[], blocks: Block[], meta: MetaCollector): void {
  // Iterative depth-first walk; an 'exit' marker closes a block when its element is done.
  const stack: (Frame | { exit: OpenBlock; prev: OpenBlock | null } | { linkExit: true })[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, inArticle: false });
  let current: OpenBlock | null = null;
  let linkDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      flush(item.exit, blocks);
      current = item.prev;
      continue;
    }
    if ('linkExit' in item) {
      linkDepth--;
      continue;
    }
    const { node, inArticle } = item;
    if (node.type === 'text') {
      if (current) {
        current.parts.push(node.data);
        if (linkDepth > 0) current.linkChars += node.data.trim().length;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') continue;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (name === 'head' || name === 'html' || name === 'meta' || name === 'link' || name === 'title' || name === 'script' || name === 'time') {
      collectMeta(element, name, meta);
    }
    if (name === 'br' && current) {
      current.parts.push('\n');
      continue;
    }
    if (SKIP_TAGS.has(name) || (name !== 'body' && name !== 'html' && isClutterElement(element))) continue;
    const childInArticle = inArticle || name === 'article' || name === 'main' || element.attribs.itemprop === 'articleBody' || ARTICLE_ATTR.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);
    const tag = BLOCK_TAGS[name];
    if (tag) {
      // A block element ends the text of the block around it and starts its own.
      const open: OpenBlock = { tag, parts: [], linkChars: 0, inArticle: childInArticle };
      if (current) {
        flush(current, blocks);
        current.parts = [];
        current.linkChars = 0;
      }
      stack.push({ exit: open, prev: current });
      current = open;
    } else if (name === 'a') {
      linkDepth++;
      stack.push({ linkExit: true });
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inArticle: childInArticle });
  }
}

function flush(block: OpenBlock, blocks: Block[]): void {
  const raw = block.parts.join('');
  for (const piece of raw.split('\n')) {
    const text = piece.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const linkDensity = raw.trim().length > 0 ? Math.min(1, block.linkChars / raw.replace(/\s+/g, ' ').trim().length) : 0;
    blocks.push({ text, tag: block.tag, linkDensity, inArticle: block.inArticle });
  }
}

function isClutterElement(element: Element): boolean {
  const attrs = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${element.attribs.role ?? ''}`;
  if (/\b(navigation|banner|complementary|contentinfo)\b/.test(element.attribs.role ?? '')) return true;
  if (element.attribs['aria-hidden'] === 'true' || element.attribs.hidden !== undefined) return true;
  return CLUTTER_ATTR.test(attrs) && !ARTICLE_ATTR.test(attrs);
}

function collectMeta(element: Element, name: string, meta: MetaCollector): void {
  const attrs = element.attribs;
  if (name === 'html' && attrs.lang) meta.lang = attrs.lang;
  if (name === 'title' && meta.title === null) meta.title = textOf(element);
  if (name === 'meta') {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    if (key && attrs.content && !meta.tags.has(key)) meta.tags.set(key, attrs.content.trim());
  }
  if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) meta.canonical = attrs.href;
  if (name === 'time' && attrs.datetime) meta.times.push(attrs.datetime);
  if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
    try {
      meta.jsonLd.push(JSON.parse(textOf(element)));
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
}

function textOf(element: Element): string {
  let text = '';
  const stack: ChildNode[] = [...element.children];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.type === 'text') text += node.data;
    else if ('children' in node) stack.unshift(...(node.children as ChildNode[]));
  }
  return text.trim();
}

function applyMetadata(c: MetaCollector, meta: PageMetadata): void {
  const ld = findArticleLd(c.jsonLd);
  const tag = (k: string): string | undefined => c.tags.get(k);
  const headline = str(ld?.headline) ?? tag('og:title') ?? tag('twitter:title') ?? stripSiteName(c.title, tag('og:site_name'));
  if (headline) meta.headline = headline.replace(/\s+/g, ' ').trim();
  const authors = ldAuthors(ld?.author) ?? splitAuthors(tag('author') ?? tag('article:author') ?? tag('byl'));
  if (authors && authors.length > 0) meta.authors = authors;
  const outlet = ldName(ld?.publisher) ?? tag('og:site_name') ?? tag('application-name');
  if (outlet) meta.outlet = outlet;
  const published = str(ld?.datePublished) ?? tag('article:published_time') ?? tag('datepublished') ?? tag('pubdate') ?? tag('date') ?? tag('dc.date') ?? c.times[0];
  const publishedIso = published ? machineOrText(published) : null;
  if (publishedIso) meta.publishedAt = publishedIso;
  const modified = str(ld?.dateModified) ?? tag('article:modified_time') ?? tag('datemodified');
  const modifiedIso = modified ? machineOrText(modified) : null;
  if (modifiedIso) meta.modifiedAt = modifiedIso;
  const language = str(ld?.inLanguage) ?? c.lang ?? tag('og:locale');
  if (language) meta.language = language.slice(0, 2).toLowerCase();
  const url = c.canonical ?? tag('og:url') ?? str(ld?.url);
  if (url) meta.url = url;
}

type Ld = Record<string, unknown>;

function findArticleLd(items: unknown[]): Ld | null {
  const queue: unknown[] = [...items];
  let fallback: Ld | null = null;
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Ld;
      if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
      const types = ([] as unknown[]).concat(record['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
        if (types.includes('WebPage')) fallback ??= record;
        else return record;
      }
    }
  }
  return fallback;
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
  return value.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
}

function machineOrText(value: string): string | null {
  return isoFromMachineDate(value) ?? parseDateline(value)?.iso ?? null;
}

function stripSiteName(title: string | null, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    if (site && parts[parts.length - 1]!.toLowerCase() === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
    return parts.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return title;
}
