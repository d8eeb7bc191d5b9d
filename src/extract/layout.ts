/**
 * Layout analysis: from a page's blocks to headline, byline, dateline, captions and body. The page's
 * own metadata (JSON-LD, meta tags, the input record) is passed in and wins over what the text
 * suggests; the text fills what metadata leaves open.
 *
 * The body is the run of prose that follows the article's head (headline, byline, dateline) and ends at
 * the first clutter that closes an article: a list heading, an e-mail line, an edit credit, a bio.
 */
import { bodyMasthead, datedMasthead, mastheadLine, mastheadOutlet } from './masthead.js';
import { pressReleaseIssuer } from './masthead-forms.js';
import { briefHeadline } from './brief-headline.js';
import { AGENCY_SIGNATURE, agencyName } from './agencies.js';
import { wireCreditLine } from './wire-credit-line.js';
import { isLoneWireDateline } from './dated-dateline.js';
import { type Block, isProse, wordCount } from './block.js';
import { isStampLine } from './live-stamp.js';
import { type Byline, looksLikeByline, parseAgencyByline, parseByline, parseNamesOverAgency, parseTitledByline, splitGluedByline } from './byline.js';
import { creditReporters, isAuthorBio, isCredit, isEmailLine, isInlineLabel, isPromoLine, isReporterContact, isSectionLabel, isSeparator, isShareBar, isSiteWidget, isStrongCaption, looksLikeCaption } from './clutter.js';
import { isRelativeStamp, parseDateline } from './dateline.js';
import { withPrintedDay } from './printed-date.js';
import { readStampLine } from './stamp-line.js';
import { numberedNoticeDate } from './numbered-notice.js';
import { isMenuLine } from './menu-line.js';
import { bareNameByline } from './bare-byline.js';

export interface PageMetadata {
  headline?: string;
  authors?: string[];
  outlet?: string;
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  url?: string;
  /** A date the scraper put in front of the text ("date 2024-03-30"): a fallback for the publication date. */
  crawlDate?: string;
  /** When the page was fetched (the input's `fetchedAt`, with a time): what a stamp "3 hours ago" counts back from. */
  fetchedAt?: string;
  /** HTML only: the document's <title>, used when no metadata names the headline. */
  documentTitle?: string;
  /** HTML only: the site's name the <title> gives beside the headline (site-name.ts). */
  titleSite?: string;
}

export interface Layout {
  headline: string | null;
  authors: string[];
  agency: string | null;
  outlet: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  paragraphs: string[];
  captions: string[];
  /** Why lines were left out, for the article's messages. */
  dropped: { rule: string; text: string }[];
}

interface HeadMarks {
  headlineIndex: number;
  headline: string | null;
  bylines: { index: number; byline: Byline }[];
  datelines: PageDate[];
  /**
   * Stamps read from a line that is more than a dateline (a headline or byline glued to them, or a
   * publication and an update side by side; stamp-line.ts): they date the page, but the line is left
   * where the layout puts it, so they neither end the head nor anchor the headline's search.
   */
  stamps: PageDate[];
  /** The index of a brief's dated masthead line ("Harbour Desk Brief -- 3 March 2027"), or -1. */
  briefAt?: number;
  /** The index of an office's numbered notice line ("Incident 014-21 -- 9 February 2021"), if any. */
  noticeAt?: number;
  /** The headline is the brief's lead line, which stays in the body too (brief-headline.ts). */
  headlineInBody?: boolean;
}

interface PageDate {
  index: number;
  iso: string;
  kind: 'published' | 'modified';
  labelled: boolean;
}

/**
 * Scraped pages print each teaser of a story list twice (a link's title and its summary in one, then
 * the same again): two or more such doubled lines in a row are a teaser list, not the article, and go.
 * A single doubled line is kept once (pages also print their own lead twice).
 */
function withoutTeaserRuns(blocks: Block[]): Block[] {
  const drop = new Set<number>();
  let i = 0;
  while (i + 1 < blocks.length) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j]!.text === blocks[j + 1]!.text && blocks[j]!.text.length >= 40) j += 2;
    const pairs = (j - i) / 2;
    if (pairs >= 2) for (let k = i; k < j; k++) drop.add(k);
    else if (pairs === 1) drop.add(i);
    i = pairs > 0 ? j : i + 1;
  }
  return drop.size === 0 ? blocks : blocks.filter((_, k) => !drop.has(k));
}

export function analyseLayout(input: readonly Block[], meta: PageMetadata): Layout {
  const blocks = withoutTeaserRuns(input.filter((b) => b.text.trim() !== ''));
  const head = findHead(blocks, meta);
  const byline = mergeBylines(head.bylines.map((b) => b.byline));
  const authors = meta.authors && meta.authors.length > 0 ? meta.authors : byline.authors;
  const dates = head.stamps.length === 0 ? head.datelines : [...head.datelines, ...head.stamps].sort((a, b) => a.index - b.index);
  const layout: Layout = {
    headline: meta.headline ?? head.headline,
    authors,
    agency: byline.agency,
    outlet: meta.outlet ?? byline.outlet,
    // A page that prints only its update time ("Updated: November 17, 2026 11:20 IST") was written by
    // then: that time, not the later crawl, is the nearest to its writing.
    // A given date days after the one the page prints under a label is a later stamp (printed-date.ts).
    publishedAt: withPrintedDay(meta.publishedAt ?? null, printedDate(dates)) ?? dates.find((d) => d.kind === 'published')?.iso ?? meta.modifiedAt ?? dates.find((d) => d.kind === 'modified')?.iso ?? meta.crawlDate ?? null,
    modifiedAt: meta.modifiedAt ?? dates.find((d) => d.kind === 'modified')?.iso ?? null,
    paragraphs: [],
    captions: [],
    dropped: [],
  };
  const headEnd = Math.max(head.headlineIndex, ...head.bylines.map((b) => b.index), ...head.datelines.map((d) => d.index));
  collectCaptions(blocks, head, headEnd, layout);
  collectBody(blocks, headEnd, layout, head.headlineInBody === true);
  glueLoneDateline(blocks, head.headlineIndex + 1, layout);
  stripAgencySignature(layout);
  if (!layout.outlet) layout.outlet = outletFromCredits(blocks, authors) ?? mastheadOutlet(blocks, head.headlineIndex >= 0 ? head.headlineIndex : head.bylines[0]?.index ?? -1, layout.paragraphs);
  // A wire credit closing the story names its reporters where no byline did.
  if (layout.authors.length === 0) layout.authors = layout.dropped.filter((d) => d.rule === 'credit').flatMap((d) => creditReporters(d.text));
  return layout;
}

/**
 * A wire's dateline set on its own line between the head and the lead ("OSLO, April 7, 2026 (HW)"), as
 * copied text keeps it, was neither head nor prose and was lost with the day, place and credit it gives
 * (review ux77a). It opens the lead again as the wire wrote it, where dated-dateline.ts, agencies.ts and
 * the place reader look for it. Only the lines before the lead: a date line further down is not its.
 */
function glueLoneDateline(blocks: readonly Block[], from: number, layout: Layout): void {
  const lead = layout.paragraphs[0];
  if (lead === undefined) return;
  for (let i = Math.max(0, from); i < Math.min(blocks.length, from + 6); i++) {
    const text = blocks[i]!.text.trim();
    if (text === lead) return;
    if (isLoneWireDateline(text)) {
      layout.paragraphs[0] = `${text} — ${lead}`;
      return;
    }
  }
}

/** The date the page's head prints under a label ("Posted:", "Updated:"), its publication's first. */
function printedDate(dates: readonly PageDate[]): string | null {
  return dates.find((d) => d.labelled && d.kind === 'published')?.iso ?? dates.find((d) => d.labelled)?.iso ?? null;
}

function findHead(blocks: readonly Block[], meta: PageMetadata): HeadMarks {
  const marks: HeadMarks = { headlineIndex: -1, headline: null, bylines: [], datelines: [], stamps: [] };
  // The head sits before the first prose paragraph that is not a caption.
  const limit = Math.min(blocks.length, firstBodyProse(blocks) + 6);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]!;
    const text = block.text.trim();
    const glued = splitGluedByline(text);
    if (glued) {
      marks.bylines.push({ index: i, byline: glued.byline });
      if (marks.headline === null) {
        marks.headline = glued.headline;
        marks.headlineIndex = i;
      }
      continue;
    }
    // A "By ..." line no name can be read from is still the byline, not a headline candidate.
    const next = blocks[i + 1]?.text.trim() ?? '';
    const byline = wordCount(text) <= 14 ? parseByline(text) ?? parseAgencyByline(text) ?? parseTitledByline(text) ?? parseNamesOverAgency(text, next) ?? creditLine(blocks, i, marks) ?? (looksLikeByline(text) ? { authors: [], agency: null, outlet: null } : null) ?? nameOverDate(blocks, i, next, meta) : null;
    if (byline) {
      marks.bylines.push({ index: i, byline });
      // A byline may carry the stamps ("By Jane Doe. CREATED Oct 3, 2016 - UPDATED: Oct 5, 2016").
      pushStamps(marks, i, text);
      continue;
    }
    // "Harbour Desk Brief -- 3 March 2027": the outlet's name and the day, dated like a dateline (masthead.ts).
    const dated = i < 3 ? datedMasthead(text) : null;
    if (dated) {
      marks.datelines.push({ index: i, iso: dated.iso, kind: 'published', labelled: true });
      marks.briefAt ??= i;
      continue;
    }
    // "Incident 014-21 -- 09 February 2021": a notice's serial and issue day date it (numbered-notice.ts).
    const notice = i < 4 ? numberedNoticeDate(text) : null;
    if (notice) {
      marks.datelines.push({ index: i, iso: notice, kind: 'published', labelled: true });
      marks.briefAt ??= i;
      marks.noticeAt ??= i;
      continue;
    }
    if (wordCount(text) <= 14) {
      const dateline = parseDateline(text, meta.fetchedAt);
      if (dateline && dateline.coverage >= 0.6) {
        marks.datelines.push({ index: i, iso: dateline.iso, kind: dateline.kind, labelled: dateline.labelled });
        continue;
      }
    }
    pushStamps(marks, i, text);
  }
  if (marks.headline === null) {
    const found = findHeadline(blocks, marks, meta);
    marks.headline = found.text;
    marks.headlineIndex = found.index;
    // A title-like line above a notice's serial line is the office's name or menu; the notice's lead names it.
    const overNotice = marks.noticeAt !== undefined && found.index < marks.noticeAt;
    const brief = (found.text === null || overNotice) && marks.briefAt !== undefined ? briefHeadline(blocks, marks.briefAt) : null;
    if (brief) {
      marks.headline = brief;
      marks.headlineInBody = true;
    }
  } else if (meta.headline) {
    marks.headlineIndex = indexOfText(blocks, meta.headline, marks.headlineIndex);
  }
  return marks;
}

/**
 * A wire's name alone on the line under the headline ("Iberian Press Agency", "Reuters"): the credit of
 * wire copy a site carries. Read as a title, it was taken for the headline and the agency was lost
 * (review ux71b). Only under a title-like line, and not a page's first line, where a wire's own site
 * prints its name as its masthead.
 */
function creditLine(blocks: readonly Block[], i: number, marks: HeadMarks): Byline | null {
  // Or under the date line that is under the title ("Headline", "Nov. 26, 2026 8:55PM", "Baltic News
  // Agency"): one wire copy gave its agency and the other, with its date above the credit, gave none (ux73a).
  const dated = i >= 2 && [...marks.datelines, ...marks.stamps].some((d) => d.index === i - 1) && isTitleLike(blocks[i - 2]!.text.trim());
  if (i < 1 || (!dated && !isTitleLike(blocks[i - 1]!.text.trim()))) return null;
  // Also a name ending "Wire" or "News Service", and the day beside it ("Nordic Press Wire | April 7, 2026"): wire-credit-line.ts.
  const credit = wireCreditLine(blocks[i]!.text);
  if (!credit) return null;
  if (credit.iso) marks.datelines.push({ index: i, iso: credit.iso, kind: 'published', labelled: false });
  return { authors: [], agency: credit.agency, outlet: null };
}

/** The author's name alone between the headline and the date line (bare-byline.ts). */
function nameOverDate(blocks: readonly Block[], i: number, next: string, meta: PageMetadata): Byline | null {
  if (i < 1 || wordCount(blocks[i]!.text) > 3) return null;
  const date = next ? parseDateline(next, meta.fetchedAt) : null;
  return bareNameByline(blocks[i]!.text, isTitleLike(blocks[i - 1]!.text.trim()), date !== null && date.coverage >= 0.6);
}

/** The page's stamps printed side by side in one line, or glued to the headline or byline (stamp-line.ts). */
function pushStamps(marks: HeadMarks, index: number, text: string): void {
  const stamps = readStampLine(text);
  if (!stamps) return;
  if (stamps.published) marks.stamps.push({ index, iso: stamps.published, kind: 'published', labelled: true });
  if (stamps.modified) marks.stamps.push({ index, iso: stamps.modified, kind: 'modified', labelled: true });
}

function firstBodyProse(blocks: readonly Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isProse(block) && !looksLikeCaption(block.text) && block.tag !== 'figcaption' && !isClutter(block.text)) return i;
  }
  return blocks.length;
}

function findHeadline(blocks: readonly Block[], marks: HeadMarks, meta: PageMetadata): { text: string | null; index: number } {
  if (meta.headline) return { text: meta.headline, index: indexOfText(blocks, meta.headline, -1) };
  const h1 = blocks.findIndex((b) => b.tag === 'h1' && !looksLikeByline(b.text));
  if (h1 >= 0) return { text: blocks[h1]!.text.trim(), index: h1 };
  // Scraped text: the title-like line nearest before the byline or dateline, else a line the page
  // repeats (many pages print the headline twice), else the line before the first paragraph.
  const anchor = Math.min(
    ...marks.bylines.map((b) => b.index),
    ...marks.datelines.map((d) => d.index),
    firstBodyProse(blocks),
  );
  // A public body's masthead ("MINISTRY OF THE INTERIOR - REPUBLIC OF X") over a label and a date line
  // reads like a title too; it is the headline only where no title follows the date.
  let masthead: { text: string; index: number } | null = null;
  for (let i = anchor - 1; i >= 0 && i >= anchor - 6; i--) {
    const text = blocks[i]!.text.trim();
    if (!isTitleLike(text)) continue;
    // The outlet's masthead over a byline ("THE HARBOUR LEDGER" / "Tendai Moyo, Health Correspondent"
    // / the headline) is never the headline, not even for want of another: the title-like line after
    // the byline is.
    if (i < 3 && marks.bylines.some((b) => b.index > i) && mastheadLine(text, i === 0)) continue;
    if (bodyMasthead(text) === null && pressReleaseIssuer(text) === null) return { text, index: i };
    masthead ??= { text, index: i };
  }
  // A page that opens with its byline ("By Jane Doe" over the headline): the title-like line after it.
  const marked = new Set([...marks.bylines.map((b) => b.index), ...marks.datelines.map((d) => d.index)]);
  for (let i = anchor + 1; i < firstBodyProse(blocks); i++) {
    const text = blocks[i]!.text.trim();
    if (!marked.has(i) && isTitleLike(text)) return { text, index: i };
  }
  return masthead ?? { text: null, index: -1 };
}

function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 25 && !/[.:]$/.test(text) && !isMenuLine(text) && !looksLikeByline(text) && !isClutter(text) && !looksLikeCaption(text) && !isStrongCaption(text) && parseDateline(text) === null && !isRelativeStamp(text);
}

function isClutter(text: string): boolean {
  return isSectionLabel(text) || isInlineLabel(text) || isSeparator(text) || isEmailLine(text) || isCredit(text) || isShareBar(text) || isSiteWidget(text);
}

function collectCaptions(blocks: readonly Block[], head: HeadMarks, headEnd: number, layout: Layout): void {
  blocks.forEach((block, i) => {
    if (block.tag === 'figcaption' || (i <= headEnd && i !== head.headlineIndex && looksLikeCaption(block.text) && wordCount(block.text) >= 5)) {
      layout.captions.push(block.text.trim());
    }
  });
}

function collectBody(blocks: readonly Block[], headEnd: number, layout: Layout, headlineInBody = false): void {
  const hasArticleContainer = blocks.some((b) => b.inArticle);
  const headline = headlineInBody ? '' : normalise(layout.headline ?? '');
  let started = false;
  for (let i = Math.max(0, headEnd + 1); i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.text.trim();
    if (hasArticleContainer && !block.inArticle) {
      if (started) layout.dropped.push({ rule: 'outside-article', text });
      continue;
    }
    const closing = closingRule(text, layout.authors);
    if (closing) {
      if (started) {
        layout.dropped.push({ rule: closing, text });
        break;
      }
      continue;
    }
    if (block.tag === 'figcaption' || block.tag === 'h1' || normalise(text) === headline) continue;
    // Widgets and calls to follow or subscribe stand between paragraphs too ("Follow reporter Tom
    // Field on Twitter" under each embedded tweet): dropped, not taken for the article's end.
    if (isSiteWidget(text) || isPromoLine(text)) {
      layout.dropped.push({ rule: isSiteWidget(text) ? 'widget' : 'promo', text });
      continue;
    }
    if (isStrongCaption(text)) {
      if (!layout.captions.includes(text)) layout.captions.push(text);
      continue;
    }
    // A live entry's stamp ("10:42 GMT") is no prose but dates the entry under it (live-blog.ts).
    if (isStampLine(text)) layout.paragraphs.push(text);
    else if (isProse(block) || (started && isShortParagraph(block))) {
      started = true;
      layout.paragraphs.push(text);
    } else if (started) {
      layout.dropped.push({ rule: isShareBar(text) ? 'share-bar' : 'not-prose', text });
    }
  }
  // A page with no head marks at all: fall back to every prose block.
  if (layout.paragraphs.length === 0) {
    for (const block of blocks) if (isProse(block) && !looksLikeCaption(block.text) && !isSiteWidget(block.text)) layout.paragraphs.push(block.text.trim());
  }
}

/** Clutter that ends an article: everything after it belongs to the page, not the story. */
function closingRule(text: string, authors: readonly string[]): string | null {
  if (isSectionLabel(text)) return 'headline-list';
  if (isEmailLine(text)) return 'email';
  if (isReporterContact(text, authors)) return 'reporter-contact';
  if (isCredit(text)) return 'credit';
  if (isAuthorBio(text, authors)) return 'author-bio';
  return null;
}

function isShortParagraph(block: Block): boolean {
  const words = wordCount(block.text);
  return words >= 4 && block.linkDensity < 0.5 && /[.!?"”’)]$/.test(block.text.trim()) && !isClutter(block.text);
}

export function stripAgencySignature(layout: Layout): void {
  const last = layout.paragraphs.length - 1;
  if (last < 0) return;
  const m = AGENCY_SIGNATURE.exec(layout.paragraphs[last]!);
  const agency = m ? agencyName(m[1] ?? m[2] ?? '') : null;
  if (!m || !agency) return;
  layout.paragraphs[last] = layout.paragraphs[last]!.slice(0, m.index).trimEnd();
  layout.agency ??= agency;
}

/** "… reporting intern for The Readable" in a credit or bio names the outlet. */
function outletFromCredits(blocks: readonly Block[], authors: readonly string[]): string | null {
  for (const block of blocks) {
    if (!isAuthorBio(block.text, authors)) continue;
    const m = /\b(?:for|at|with|joined)\s+(The\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3})/u.exec(block.text);
    if (m) return m[1]!;
  }
  return null;
}

export function mergeBylines(bylines: readonly Byline[]): Byline {
  const merged: Byline = { authors: [], agency: null, outlet: null };
  for (const b of bylines) {
    for (const a of b.authors) if (!merged.authors.includes(a)) merged.authors.push(a);
    merged.agency ??= b.agency;
    merged.outlet ??= b.outlet;
  }
  return merged;
}

function indexOfText(blocks: readonly Block[], text: string, fallback: number): number {
  const wanted = normalise(text);
  const i = blocks.findIndex((b) => normalise(b.text) === wanted);
  return i >= 0 ? i : fallback;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
