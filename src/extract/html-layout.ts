/**
 * The article parts of an HTML page: metadata first (JSON-LD, meta tags, the input record), the visible
 * byline and dateline where metadata is silent, and the body from the main content region with
 * captions, labels, credits and bios taken out.
 */
import { type Block, wordCount } from './block.js';
import { type Byline, looksLikeByline, parseByline } from './byline.js';
import { isAuthorBio, isCredit, isEmailLine, isInlineLabel, isIssuerBoilerplate, isPromoLine, isRelatedLabel, isSectionLabel, isSeparator, isReporterContact, isShareBar, isSiteWidget, isStrongCaption } from './clutter.js';
import { parseDateline } from './dateline.js';
import type { HtmlBlocks } from './html-blocks.js';
import { type Layout, mergeBylines, type PageMetadata, stripAgencySignature } from './layout.js';
import { selectMainContent } from './main-content.js';
import { dateInText } from './visible-date.js';
import { wireCreditLine } from './wire-credit-line.js';

export function htmlLayout(page: HtmlBlocks, hints: PageMetadata): Layout & { method: string } {
  const meta: PageMetadata = { ...page.meta, ...hints };
  const main = selectMainContent(page);
  const bylines: Byline[] = [];
  let dateline: string | null = null;
  let printed: string | null = null;
  // Date parsing is the costly part of this scan: a page gets a bounded number of tries.
  let dateTries = meta.publishedAt ? 0 : 40;
  for (const block of scanOrder(page, main.blocks)) {
    // Cheap tests first: a byline starts with "By", a dateline holds a digit.
    const text = block.text;
    if (text.length > 120 || wordCount(text, 14) > 14) continue;
    if (BYLINE_START.test(text)) {
      const byline = parseByline(text);
      if (byline) bylines.push(byline);
    } else if (dateTries > 0 && !dateline && HAS_YEAR.test(text)) {
      dateTries--;
      const parsed = parseDateline(text);
      if (parsed && parsed.coverage >= 0.6 && parsed.kind === 'published') dateline = parsed.iso;
      else printed ??= dateInText(text);
    }
  }
  const byline = mergeBylines(bylines.slice(0, 2));
  // A byline set as a heading or title ("By Test Reporter" in an <h1>) is never the headline.
  const unlessByline = (text: string | undefined): string | undefined => (text && !looksLikeByline(text) ? text : undefined);
  const headline = unlessByline(meta.headline) ?? headingFromPage(page, main.blocks, meta.documentTitle) ?? unlessByline(meta.documentTitle) ?? null;
  const authors = meta.authors && meta.authors.length > 0 ? meta.authors : byline.authors;
  const layout: Layout & { method: string } = {
    headline,
    authors,
    agency: byline.agency ?? creditUnderHeadline(page.blocks, headline),
    outlet: meta.outlet ?? byline.outlet,
    // Only an update time stated: the text as we have it was written by then (relative dates read from it).
    publishedAt: meta.publishedAt ?? dateline ?? printed ?? meta.modifiedAt ?? null,
    modifiedAt: meta.modifiedAt ?? null,
    paragraphs: [],
    captions: [],
    dropped: [],
    method: main.method,
  };
  const headlineKey = normalise(headline ?? '');
  Object.assign(layout, sortBlocks(main.blocks, headlineKey, authors, false));
  // A slideshow tells its story in the captions: when they hold most of the text, they are the body.
  const captionText = layout.captions.reduce((n, c) => n + c.length, 0);
  const bodyText = layout.paragraphs.reduce((n, c) => n + c.length, 0);
  if (captionText >= SLIDESHOW_MIN && bodyText < captionText * 0.5) Object.assign(layout, sortBlocks(main.blocks, headlineKey, authors, true));
  stripAgencySignature(layout);
  return layout;
}

/**
 * The wire a credit line right under the headline names ("Nordic Press Wire | April 7, 2026"), as a
 * site carrying wire copy prints it in place of a byline (wire-credit-line.ts), or null. The whole
 * page is searched: the main-content region leaves such a line out as page furniture.
 */
function creditUnderHeadline(blocks: readonly Block[], headline: string | null): string | null {
  if (!headline) return null;
  const key = normalise(headline);
  const at = blocks.findIndex((b) => normalise(b.text) === key);
  if (at < 0) return null;
  for (const block of blocks.slice(at + 1, at + 3)) {
    const credit = wireCreditLine(block.text);
    if (credit) return credit.agency;
  }
  return null;
}

type Sorted = Pick<Layout, 'paragraphs' | 'captions' | 'dropped'>;

/** The region's blocks sorted into paragraphs, captions and dropped lines (with the rule that dropped each). */
function sortBlocks(blocks: readonly Block[], headlineKey: string, authors: readonly string[], captionsAreBody: boolean): Sorted {
  const out: Sorted = { paragraphs: [], captions: [], dropped: [] };
  const remaining = suffixLengths(blocks);
  const seen = new Set<string>();
  let kept = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A list heading ("More stories", "Read also", "About Ascom") or a press release's issuer paragraph, followed by
    // little text, ends the article: what follows is the page's tail (teasers, boilerplate).
    // A "Read also" box mid-article: its teasers go, the story after them stays (review75: one link and the
    // story's last paragraph after it had ended the article).
    const resumesAt = isRelatedLabel(block.text) ? storyAfterTeasers(blocks, i + 1) : -1;
    if (kept > 0 && resumesAt > 0) {
      for (const teaser of blocks.slice(i, resumesAt)) out.dropped.push({ rule: 'related', text: teaser.text });
      i = resumesAt - 1;
      continue;
    }
    if (kept > 0 && (isSectionLabel(block.text) || isRelatedLabel(block.text) || isIssuerBoilerplate(block.text)) && remaining[i + 1]! < kept * 0.3) {
      for (const rest of blocks.slice(i)) out.dropped.push({ rule: 'tail', text: rest.text });
      break;
    }
    // A paragraph rendered twice (a pull quote, a mobile copy) is said once; short lines that repeat
    // (the same step in each day of a plan, a table's row labels) are the article's own structure.
    let rule = block.text.length >= REPEAT_MIN && seen.has(block.text) ? 'repeated' : dropRule(block, headlineKey, authors);
    seen.add(block.text);
    if (rule === 'caption' && captionsAreBody && !seen.has(`caption:${block.text}`)) rule = null;
    seen.add(`caption:${block.text}`);
    if (rule === 'caption') {
      if (!out.captions.includes(block.text)) out.captions.push(block.text);
    } else if (rule) out.dropped.push({ rule, text: block.text });
    else {
      out.paragraphs.push(block.text);
      kept += block.text.length;
    }
  }
  return out;
}

/** A teaser is a headline: short, with no sentence's end. A story's paragraph is a sentence or more. */
const TEASER_MAX = 3;
function isStoryParagraph(text: string): boolean {
  return wordCount(text) >= 15 && /[.!?"”’)]\s*$/u.test(text);
}

/**
 * Where the story goes on after a related-links heading at `from`: the index of the first story paragraph
 * after at most TEASER_MAX teaser lines, or -1 where none follows (the box ends the article).
 */
function storyAfterTeasers(blocks: readonly Block[], from: number): number {
  for (let j = from; j < blocks.length && j <= from + TEASER_MAX; j++) {
    if (isStoryParagraph(blocks[j]!.text)) return j > from ? j : -1;
  }
  return -1;
}

/**
 * With no headline in metadata: a heading near the article that the <title> contains (the title
 * adds the site's name), else the first <h1> (the title without the site's name comes after).
 */
function headingFromPage(page: HtmlBlocks, main: readonly Block[], title: string | undefined): string | null {
  const first = main.length ? page.blocks.indexOf(main[0]!) : 0;
  const near = page.blocks.slice(Math.max(0, first - 20), first + 5).filter((b) => (b.tag === 'h1' || b.tag === 'h2') && wordCount(b.text) >= 2 && !looksLikeByline(b.text));
  if (title) {
    const key = normalise(title);
    const inTitle = near.find((b) => key.includes(normalise(b.text)));
    if (inTitle) return inTitle.text;
  }
  return page.blocks.find((b) => b.tag === 'h1' && wordCount(b.text) >= 2 && !looksLikeByline(b.text))?.text ?? null;
}

/**
 * Where to look for the byline and dateline: the article's own blocks, then the blocks just before
 * it (nearest first), then the rest of the page; blocks inside chrome (a sidebar's teaser byline, a
 * header's "today's date") come last.
 */
function scanOrder(page: HtmlBlocks, main: readonly Block[]): Block[] {
  const inChrome = new Uint8Array(page.parents.length);
  for (let id = 1; id < inChrome.length; id++) inChrome[id] = page.chrome[id] || inChrome[page.parents[id]!] ? 1 : 0;
  const chrome = (b: Block): boolean => b.element !== undefined && inChrome[b.element] === 1;
  const first = main.length ? page.blocks.indexOf(main[0]!) : -1;
  const near = first < 0 ? [] : page.blocks.slice(Math.max(0, first - 15), first).reverse();
  const ordered = [...main, ...near.filter((b) => !chrome(b))];
  const chosen = new Set(ordered);
  const rest = page.blocks.filter((b) => !chosen.has(b));
  return [...ordered, ...rest.filter((b) => !chrome(b)), ...rest.filter(chrome)];
}

/** Characters of text from each block to the end (index i: blocks i..end). */
function suffixLengths(blocks: readonly Block[]): number[] {
  const out = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) out[i] = out[i + 1]! + blocks[i]!.text.length;
  return out;
}

const REPEAT_MIN = 80;
/** Caption text that can make a slideshow's body. */
const SLIDESHOW_MIN = 300;
/** Datelines and printed dates carry a year: without one, no date parser is worth running. */
const HAS_YEAR = /(?:19|20)\d{2}/;
const BYLINE_START = /^\s*(?:written\s+)?by[:\s]/i;
const DATELINE_START = /^\s*(published|posted|updated|last updated|modified|first published)\b/i;

function dropRule(block: Block, headlineKey: string, authors: readonly string[]): string | null {
  const text = block.text;
  if (block.tag === 'figcaption' || isStrongCaption(text)) return 'caption';
  if (block.tag === 'h1' || (Math.abs(text.length - headlineKey.length) < 12 && normalise(text) === headlineKey)) return 'headline';
  if (isSeparator(text)) return 'separator';
  if (isSectionLabel(text) || isInlineLabel(text)) return 'label';
  if (isEmailLine(text)) return 'email';
  if (isCredit(text)) return 'credit';
  if (isShareBar(text)) return 'share-bar';
  if (isPromoLine(text)) return 'promo';
  if (isSiteWidget(text)) return 'widget';
  if (isReporterContact(text, authors)) return 'reporter-contact';
  if (isAuthorBio(text, authors)) return 'author-bio';
  if (text.length <= 120 && wordCount(text, 14) <= 14 && ((BYLINE_START.test(text) && parseByline(text)) || (HAS_YEAR.test(text) && (DATELINE_START.test(text) || (parseDateline(text)?.coverage ?? 0) >= 0.6)))) return 'byline';
  return null;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
