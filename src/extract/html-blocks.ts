/**
 * An HTML page to blocks and metadata. htmlparser2 is forgiving with broken markup and fast; the walk
 * is iterative so deeply nested pages cannot overflow the stack.
 *
 * Nothing is thrown away here except what never holds article text (scripts, styles, forms' controls):
 * each block records the elements it sits in and whether one of them looks like page chrome (nav,
 * aside, footer, or a class or id such as "share", "related", "comments"), and main-content.ts decides.
 * Class names are weak evidence on their own: a wrapper called "content-and-menu" holds the article.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, BlockTag } from './block.js';
import { collectMeta, type MetaCollector, newCollector, pageMetadata } from './html-metadata.js';
import type { PageMetadata } from './layout.js';

export interface HtmlBlocks {
  blocks: Block[];
  meta: PageMetadata;
  /** The element tree, by element id (Block.element): parent ids, 0 for the root. */
  parents: number[];
  /** Class-and-id weight of each element: + for article-like names, - for chrome-like ones. */
  weights: number[];
  /** Whether each element looks like page chrome (nav, aside, footer, or named like share/related/menu). */
  chrome: boolean[];
  /** JSON-LD articleBody, when the page gives one (some pages render their text only from it). */
  ldBody: string | null;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea', 'option', 'object', 'canvas', 'video', 'audio', 'map']);
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const INLINE_ONLY = new Set<BlockTag>(['p', 'h1', 'h2', 'figcaption']);
const BLOCK_TAGS: Record<string, BlockTag> = {
  p: 'p', h1: 'h1', h2: 'h2', h3: 'h2', h4: 'h2', h5: 'h2', h6: 'h2', li: 'li', blockquote: 'blockquote',
  figcaption: 'figcaption', pre: 'p', dd: 'p', dt: 'p', div: 'div', section: 'div',
  // A table row is one block (its cells read across); cells are inline unless they hold paragraphs.
  article: 'div', main: 'div', header: 'div', figure: 'div', ul: 'div', ol: 'div', table: 'div', tr: 'li', address: 'div',
  form: 'div', body: 'div', center: 'div', dl: 'div', caption: 'figcaption', hr: 'div', footer: 'div', aside: 'div', nav: 'div',
};
const CLUTTER_ATTR = /(^|[\s_-])(share|sharing|social|related|recommend\w*|comments?|newsletter|subscribe|signup|cookie|consent|gdpr|promo\w*|advert\w*|ads?|sponsor\w*|sidebar|breadcrumbs?|menu|navbar|nav|footer|popular|trending|most-read|paywall|author-bio|bio|outbrain|taboola|modal|popup|toolbar|tags|widget|masthead|banner|byline|meta|disqus|rating|print|pagination|pager)($|[\s_-])/i;
const ARTICLE_ATTR = /(^|[\s_-])(article-?body|article__body|articlebody|story-?body|entry-content|post-content|post-body|article-content|story-content|article-text|body-text|main-content|page-content|content-body|text-body|postbody|articletext|storytext)($|[\s_-])/i;
const POSITIVE_ATTR = /(article|body|content|entry|main|page|post|text|blog|story|column|hentry)/i;
const NEGATIVE_ATTR = /(hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|subscribe|newsletter|cookie|popular|trending|recommend|byline|author|caption)/i;

export function htmlToBlocks(html: string): HtmlBlocks {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const collector = newCollector();
  const state: WalkState = { blocks: [], parents: [0], weights: [0], chrome: [false] };
  walk(document.children, state, collector);
  const { meta, ldBody } = pageMetadata(collector);
  return { blocks: state.blocks, meta, parents: state.parents, weights: state.weights, chrome: state.chrome, ldBody };
}

interface WalkState {
  blocks: Block[];
  parents: number[];
  weights: number[];
  chrome: boolean[];
}

interface Frame {
  node: ChildNode;
  parent: number;
  inArticle: boolean;
}

interface OpenBlock {
  tag: BlockTag;
  parts: string[];
  linkChars: number;
  inArticle: boolean;
  element: number;
}

function walk(roots: ChildNode[], state: WalkState, meta: MetaCollector): void {
  // Iterative depth-first walk; an 'exit' marker closes a block when its element is done.
  const stack: (Frame | { exit: OpenBlock; prev: OpenBlock | null } | { linkExit: true })[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, parent: 0, inArticle: false });
  let current: OpenBlock | null = null;
  let linkDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      flush(item.exit, state.blocks);
      current = item.prev;
      continue;
    }
    if ('linkExit' in item) {
      linkDepth--;
      continue;
    }
    const { node } = item;
    if (node.type === 'text') {
      if (current) {
        // Newlines in the source are only white space; a line break is a <br> (pushed as '\n').
        const text = node.data.replace(/\s+/g, ' ');
        current.parts.push(text);
        if (linkDepth > 0) current.linkChars += text.trim().length;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') continue;
    const element = node as Element;
    const name = element.name.toLowerCase();
    collectMeta(element, name, meta);
    if (name === 'br' && current) {
      current.parts.push('\n');
      continue;
    }
    if (SKIP_TAGS.has(name) || isHidden(element)) continue;
    const id = state.parents.length;
    const names = classify(element);
    state.parents.push(item.parent);
    state.weights.push(names.weight + (name === 'article' || name === 'main' ? 25 : 0) + (element.attribs.itemprop === 'articleBody' && names.weight < 50 ? 50 : 0));
    const inArticle = item.inArticle || name === 'article' || element.attribs.itemprop === 'articleBody' || names.article;
    const role = element.attribs.role;
    state.chrome.push(CHROME_TAGS.has(name) || (role !== undefined && /\b(navigation|banner|complementary|contentinfo)\b/.test(role)) || names.chrome);
    const tag = BLOCK_TAGS[name];
    // Inside a paragraph or heading everything is inline, even a stray <div> (a stock ticker, an
    // inline widget): splitting there would cut a sentence in two.
    const insideParagraph = current !== null && INLINE_ONLY.has(current.tag);
    if (tag && !insideParagraph) {
      // A block element ends the text of the block around it and starts its own.
      const open: OpenBlock = { tag, parts: [], linkChars: 0, inArticle, element: id };
      if (current) {
        flush(current, state.blocks);
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
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: id, inArticle });
  }
}

function isHidden(element: Element): boolean {
  const style = element.attribs.style ?? '';
  return element.attribs.hidden !== undefined || element.attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

interface NameEvidence {
  /** Readability-style evidence from class and id names: +50 article body, +25 article-like, -25 chrome-like. */
  weight: number;
  article: boolean;
  chrome: boolean;
}

const NO_NAMES: NameEvidence = { weight: 0, article: false, chrome: false };
// Class names repeat across a page (and pages of a site): each distinct one is judged once.
const judged = new Map<string, NameEvidence>();

function classify(element: Element): NameEvidence {
  const cls = element.attribs.class;
  const id = element.attribs.id;
  if (!cls && !id) return NO_NAMES;
  const attrs = `${cls ?? ''} ${id ?? ''}`;
  let names = judged.get(attrs);
  if (!names) {
    const article = ARTICLE_ATTR.test(attrs);
    let weight = article ? 50 : POSITIVE_ATTR.test(attrs) ? 25 : 0;
    if (!article && NEGATIVE_ATTR.test(attrs)) weight -= 25;
    names = { weight, article, chrome: !article && CLUTTER_ATTR.test(attrs) };
    if (judged.size > 50_000) judged.clear();
    judged.set(attrs, names);
  }
  return names;
}

function flush(block: OpenBlock, blocks: Block[]): void {
  const raw = block.parts.join('');
  const total = raw.replace(/\s+/g, ' ').trim().length;
  const linkDensity = total > 0 ? Math.min(1, block.linkChars / total) : 0;
  for (const piece of raw.split('\n')) {
    const text = piece.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    blocks.push({ text, tag: block.tag, linkDensity, inArticle: block.inArticle, element: block.element });
  }
}
