/**
 * An HTML page to blocks and metadata. htmlparser2 is forgiving with broken markup and fast; the walk
 * is iterative so deeply nested pages cannot overflow the stack.
 *
 * Nothing is thrown away here except what never holds article text (scripts, styles, forms' controls):
 * each block records its element, the element tree is kept as parent pointers, and elements that look
 * like page chrome (nav, aside, footer, or a class or id such as "share", "related", "comments") are
 * flagged; main-content.ts decides. Class names are weak evidence on their own: a wrapper called
 * "content-and-menu" holds the article.
 */
import { Parser } from 'htmlparser2';
import type { Block, BlockTag } from './block.js';
import { collectMeta, collectText, type MetaCollector, newCollector, pageMetadata, TEXT_LIMITS, type TextNeed } from './html-metadata.js';
import type { PageMetadata } from './layout.js';
import { isStampAlone } from './live-stamp.js';

export interface HtmlBlocks {
  blocks: Block[];
  meta: PageMetadata;
  /** The element tree, by element id (Block.element): parent ids, 0 above the root. Parents have smaller ids. */
  parents: number[];
  /** Class-and-id weight of each element: + for article-like names, - for chrome-like ones. */
  weights: number[];
  /** Whether each element looks like page chrome (nav, aside, footer, or named like share/related/menu). */
  chrome: boolean[];
  /** JSON-LD articleBody, when the page gives one (some pages render their text only from it). */
  ldBody: string | null;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea', 'option', 'object', 'canvas', 'video', 'audio', 'map', 'title']);
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
/** Blocks inside which a stray <div> (a stock ticker, an inline widget) stays inline. */
const PARAGRAPH_LIKE = new Set<BlockTag>(['p', 'h1', 'h2', 'figcaption']);
const BLOCK_TAGS: Record<string, BlockTag> = {
  p: 'p', h1: 'h1', h2: 'h2', h3: 'h2', h4: 'h2', h5: 'h2', h6: 'h2', li: 'li', blockquote: 'blockquote',
  figcaption: 'figcaption', pre: 'p', dd: 'p', dt: 'p', div: 'div', section: 'div', td: 'div', th: 'div',
  article: 'div', main: 'div', header: 'div', figure: 'div', ul: 'div', ol: 'div', table: 'div', tr: 'div', address: 'div',
  form: 'div', body: 'div', center: 'div', dl: 'div', caption: 'figcaption', hr: 'div', footer: 'div', aside: 'div', nav: 'div',
};
// Class and id names, judged one token at a time. Chrome is read from a token's last BEM part
// ("article-body__newsletter" is a newsletter box); an article body name must end the token.
const CLUTTER_TOKEN = /(^|[_-])(share|sharing|social|related|recommend\w*|comments?|newsletter|subscribe|signup|cookie|consent|gdpr|promo\w*|advert\w*|ads?|sponsor\w*|sidebar|breadcrumbs?|menu|navbar|nav|footer|popular|trending|most-read|author-bio|bio|outbrain|taboola|modal|popup|toolbar|tags|widget|masthead|banner|byline|meta|disqus|rating|print|pagination|pager|breaking-news|ticker|read-?also|also-?read|see-?also|further-?reading|lees-?ook|lire-?aussi)($|[_-])/i;
/** A photo caption's element; "has-caption" and the like only describe a wrapper. */
const CAPTION_TOKEN = /^(?!(has|with|no)[_-])[\w-]*caption(-?text)?$/i;
/** Text longer than this is not a caption, whatever its element is called. */
const CAPTION_MAX = 500;
const EMBED_TOKEN = /(social|media|twitter|tweet|instagram|facebook|tiktok|post)[_-]?embed|embed[_-]?(social|twitter|tweet|instagram|facebook|tiktok|post)/i;
const ARTICLE_TOKEN = /(^|[_-])(article-?body|articlebody|story-?body|entry-content|post-content|post-body|article-content|story-content|article-text|body-text|main-content|page-content|content-body|text-body|postbody|articletext|storytext)$/i;
const POSITIVE_ATTR = /(article|body|content|entry|main|page|post|text|blog|story|column|hentry)/i;
const NEGATIVE_ATTR = /(hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|subscribe|newsletter|cookie|popular|trending|recommend|byline|author|caption)/i;
/** Cells of a table row shorter than this read across as one line ("3 Ana Ruiz 4210 2 0"). */
const SHORT_CELL = 80;

export function htmlToBlocks(html: string): HtmlBlocks {
  const collector = newCollector();
  // Element 1 is a synthetic root: text outside any block (no <body>, text after </html>) lands there.
  const state: WalkState = { blocks: [], parents: [0, 0], weights: [0, 0], chrome: [false, false], rows: new Map() };
  walk(closeRunawayTitle(html), state, collector);
  const { meta, ldBody } = pageMetadata(collector);
  return { blocks: joinShortRows(state), meta, parents: state.parents, weights: state.weights, chrome: state.chrome, ldBody };
}

/**
 * A <title> that is never closed makes the parser read the whole page as title text. When no
 * </title> follows soon, the title is closed at the next tag.
 */
function closeRunawayTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html.slice(0, 200_000));
  if (!open) return html;
  const start = open.index + open[0].length;
  if (/<\/title\s*>/i.test(html.slice(start, start + 4096))) return html;
  const next = html.indexOf('<', start);
  const end = next < 0 ? Math.min(html.length, start + 300) : next;
  return `${html.slice(0, end)}</title>${html.slice(end)}`;
}

interface WalkState {
  blocks: Block[];
  parents: number[];
  weights: number[];
  chrome: boolean[];
  /** Table cells by block index: the row (tr element) they belong to. */
  rows: Map<number, number>;
}

interface OpenBlock {
  tag: BlockTag;
  /** Text since the block opened or since its last line break, and how much of it is link text. */
  text: string;
  linkChars: number;
  inArticle: boolean;
  element: number;
  row: number;
  caption: boolean;
}

/** One open element, as the parser reports it. */
interface Frame {
  /** Element id, or 0 for elements that hold no article text (script, style, hidden...). */
  id: number;
  skipped: boolean;
  link: boolean;
  block: OpenBlock | null;
  /** The block that was current before this element opened its own. */
  previous: OpenBlock | null;
  inArticle: boolean;
  row: number;
  inPre: boolean;
  /** Inside an element named as a photo caption ("caption", "imageEmbedCaption", "wp-caption-text"). */
  inCaption: boolean;
  need: TextNeed | null;
  text: string;
}

/**
 * The page as parser events (htmlparser2's tokenizer, with its implied closing of unclosed elements),
 * without building a document tree: blocks, the element tree as parent pointers, and metadata.
 */
function walk(html: string, state: WalkState, meta: MetaCollector): void {
  const root: OpenBlock = { tag: 'div', text: '', linkChars: 0, inArticle: false, element: 1, row: 0, caption: false };
  const frames: Frame[] = [];
  const capturing: Frame[] = [];
  let current: OpenBlock = root;
  let skipped = 0;
  let links = 0;
  const top = (): Frame | undefined => frames[frames.length - 1];
  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        const need = collectMeta(name, attribs, meta);
        const outer = top();
        const frame: Frame = { id: 0, skipped: false, link: false, block: null, previous: null, inArticle: outer?.inArticle ?? false, row: outer?.row ?? 0, inPre: outer?.inPre ?? false, inCaption: outer?.inCaption ?? false, need, text: '' };
        if (need) capturing.push(frame);
        frames.push(frame);
        if (skipped > 0 || SKIP_TAGS.has(name) || isHidden(attribs)) {
          frame.skipped = true;
          skipped++;
          return;
        }
        if (name === 'br') {
          flush(current, state);
          return;
        }
        const id = state.parents.length;
        frame.id = id;
        const names = classify(attribs);
        state.parents.push(parentId(frames));
        state.weights.push(names.weight + (name === 'article' || name === 'main' ? 25 : 0) + (attribs.itemprop === 'articleBody' && names.weight < 50 ? 50 : 0));
        frame.inArticle ||= name === 'article' || attribs.itemprop === 'articleBody' || names.article;
        const role = attribs.role;
        state.chrome.push(CHROME_TAGS.has(name) || (role !== undefined && /\b(navigation|banner|complementary|contentinfo)\b/.test(role)) || names.chrome);
        if (name === 'tr') frame.row = id;
        if (name === 'pre') frame.inPre = true;
        if (names.caption) frame.inCaption = true;
        const tag = BLOCK_TAGS[name];
        // Inside a paragraph or heading a stray <div> stays inline (splitting would cut a sentence); any
        // other block element starts a new block, as a browser would close the paragraph.
        const inline = name === 'div' && PARAGRAPH_LIKE.has(current.tag) && current !== root;
        if (tag && !inline) {
          flush(current, state);
          frame.previous = current;
          frame.block = { tag, text: '', linkChars: 0, inArticle: frame.inArticle, element: id, row: name === 'td' || name === 'th' ? frame.row : 0, caption: frame.inCaption };
          current = frame.block;
        } else if (name === 'a') {
          frame.link = true;
          links++;
        }
      },
      ontext(data) {
        for (const c of capturing) if (c.text.length < TEXT_LIMITS[c.need!]) c.text += data;
        if (skipped > 0) return;
        // Newlines in the source are only white space; a line break is a <br> (which ends the block's
        // current line), or a newline inside <pre>.
        const frame = top();
        if (frame?.inPre && data.includes('\n')) {
          const lines = data.split('\n');
          for (let i = 0; i < lines.length; i++) {
            if (i > 0) flush(current, state);
            append(current, lines[i]!, links > 0);
          }
        } else append(current, data, links > 0);
      },
      onclosetag() {
        const frame = frames.pop();
        if (!frame) return;
        if (frame.need) {
          capturing.splice(capturing.indexOf(frame), 1);
          collectText(frame.need, frame.text, meta);
        }
        if (frame.skipped) {
          skipped--;
          return;
        }
        if (frame.link) links--;
        if (frame.block) {
          flush(frame.block, state);
          current = frame.previous ?? root;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush(root, state);
}

/** The nearest open element that is part of the tree (skipped ones are not), or the synthetic root. */
function parentId(frames: readonly Frame[]): number {
  for (let i = frames.length - 2; i >= 0; i--) if (frames[i]!.id > 0) return frames[i]!.id;
  return 1;
}

function isHidden(attribs: Record<string, string>): boolean {
  const style = attribs.style;
  return attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}

interface NameEvidence {
  /** Readability-style evidence from class and id names: +50 article body, +25 article-like, -25 chrome-like. */
  weight: number;
  article: boolean;
  chrome: boolean;
  caption: boolean;
}

const NO_NAMES: NameEvidence = { weight: 0, article: false, chrome: false, caption: false };
// Class names repeat across a page (and pages of a site): each distinct one is judged once.
const judged = new Map<string, NameEvidence>();

function classify(attribs: Record<string, string>): NameEvidence {
  const cls = attribs.class;
  const id = attribs.id;
  if (!cls && !id) return NO_NAMES;
  // Most elements have a class and no id: their class string is the key as it is.
  const attrs = id === undefined ? cls!.slice(0, 500) : `${cls ?? ''} ${id}`.slice(0, 500);
  let names = judged.get(attrs);
  if (!names) {
    const tokens = attrs.split(/\s+/).filter(Boolean);
    const article = tokens.some((t) => ARTICLE_TOKEN.test(t));
    // An embedded post ("social-media-embed", "embed-twitter") is quoted in the story, not a share bar.
    const chrome = !article && tokens.some((t) => !EMBED_TOKEN.test(t) && CLUTTER_TOKEN.test(t.split(/__|--/).pop()!));
    let weight = article ? 50 : POSITIVE_ATTR.test(attrs) ? 25 : 0;
    if (!article && NEGATIVE_ATTR.test(attrs)) weight -= 25;
    const caption = !article && tokens.some((t) => CAPTION_TOKEN.test(t));
    names = { weight, article, chrome, caption };
    if (judged.size > 50_000) judged.clear();
    judged.set(attrs, names);
  }
  return names;
}

function append(block: OpenBlock, data: string, link: boolean): void {
  block.text += data;
  if (link) block.linkChars += data.trim().length;
}

/** The block's text so far becomes a block (at a line break, a nested block or the block's end). */
function flush(block: OpenBlock, state: WalkState): void {
  const raw = block.text;
  const linkChars = block.linkChars;
  block.text = '';
  block.linkChars = 0;
  if (raw === '') return;
  const clean = raw.replace(/\s+/g, ' ').trim();
  if (!clean) return;
  if (block.row) state.rows.set(state.blocks.length, block.row);
  // A caption-named element is a caption whether the CMS writes it as a <div> or a <p> (AMP pages and
  // many templates put <p class="caption"> under the image); headings and list items keep their tag.
  const tag = block.caption && clean.length <= CAPTION_MAX && (block.tag === 'div' || block.tag === 'p') ? 'figcaption' : block.tag;
  state.blocks.push({ text: clean, tag, linkDensity: Math.min(1, linkChars / clean.length), inArticle: block.inArticle, element: block.element });
}

/**
 * Consecutive cells of one table row, all short, become one line that reads across the row; so does a
 * row that opens with a time (a timetable, a schedule), whose time is the row's, not a live entry's stamp.
 */
function joinShortRows(state: WalkState): Block[] {
  if (state.rows.size === 0) return state.blocks;
  const out: Block[] = [];
  const blocks = state.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const row = state.rows.get(i);
    let j = i;
    while (row !== undefined && j + 1 < blocks.length && state.rows.get(j + 1) === row) j++;
    const cells = blocks.slice(i, j + 1);
    if (j > i && (cells.every((c) => c.text.length <= SHORT_CELL) || isStampAlone(cells[0]!.text))) {
      const text = cells.map((c) => c.text).join(' ');
      const linkChars = cells.reduce((n, c) => n + c.linkDensity * c.text.length, 0);
      out.push({ text, tag: 'li', linkDensity: Math.min(1, linkChars / text.length), inArticle: cells[0]!.inArticle, element: state.parents[cells[0]!.element!]! });
      i = j;
    } else out.push(blocks[i]!);
  }
  return out;
}
