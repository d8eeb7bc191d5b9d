/**
 * Which blocks of an HTML page are the article. Paragraph-like blocks score their container (and,
 * less, the two containers above it) by length, commas and how little of them is link text; class and
 * id names add or take away evidence. The best container wins, with sibling containers that score well
 * (articles split across several containers). Inside it, chrome that starts inside the region (share
 * bars, related lists), link lists and labels are dropped. When that leaves little text, the page's
 * JSON-LD articleBody or a pass that ignores chrome names is used instead.
 */
import type { Block } from './block.js';
import { wordCount } from './block.js';
import type { HtmlBlocks } from './html-blocks.js';

export interface MainContent {
  blocks: Block[];
  /** How the content was found, for the article's messages. */
  method: 'container' | 'relaxed' | 'json-ld' | 'none';
}

const MIN_TEXT = 250;
const CONTENT_TAGS = new Set(['p', 'div', 'li', 'blockquote']);

export function selectMainContent(page: HtmlBlocks): MainContent {
  const strict = selectByContainer(page, true);
  if (textLength(strict) >= MIN_TEXT) return { blocks: strict, method: 'container' };
  // Ignoring chrome names finds text in pages that misname their article, and in cookie walls: the
  // relaxed pass must find a real amount of text to count.
  const relaxedAll = selectByContainer(page, false);
  const relaxed = textLength(relaxedAll) >= MIN_TEXT / 2 ? relaxedAll : [];
  const ld = page.ldBody ? ldBlocks(page.ldBody) : [];
  const best = [
    { blocks: strict, method: 'container' as const },
    { blocks: relaxed, method: 'relaxed' as const },
    { blocks: ld, method: 'json-ld' as const },
  ].sort((a, b) => textLength(b.blocks) - textLength(a.blocks))[0]!;
  return textLength(best.blocks) > 0 ? best : { blocks: [], method: 'none' };
}

function textLength(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

function ldBlocks(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((t) => ({ text: t, tag: 'p' as const, linkDensity: 0, inArticle: true }));
}

/** The element ids from an element up to the root, nearest first (the element itself included). */
function* upward(page: HtmlBlocks, id: number): Generator<number> {
  for (let at = id; at > 0; at = page.parents[at]!) yield at;
}

/** Whether a chrome element stands between the block and `top` (top itself excluded). */
function chromeBelow(page: HtmlBlocks, element: number, top: number): boolean {
  for (const id of upward(page, element)) {
    if (id === top) return false;
    if (page.chrome[id]) return true;
  }
  return false;
}

function hasChrome(page: HtmlBlocks, element: number): boolean {
  for (const id of upward(page, element)) if (page.chrome[id]) return true;
  return false;
}

function selectByContainer(page: HtmlBlocks, useChrome: boolean): Block[] {
  const blocks = page.blocks.filter((b) => b.element !== undefined);
  const scores = new Map<number, number>();
  for (const block of blocks) {
    if (!CONTENT_TAGS.has(block.tag)) continue;
    const length = block.text.length;
    if (length < 25) continue;
    const commas = (block.text.match(/[,，、]/g) ?? []).length;
    // Text inside chrome counts little: a wrapper named "content-and-menu" may still hold the article.
    const chromeFactor = useChrome && hasChrome(page, block.element!) ? 0.3 : 1;
    const score = (1 + commas + Math.min(3, Math.floor(length / 100))) * (1 - block.linkDensity) * chromeFactor;
    // The block's own element comes first; its container and the two above it share its score.
    let level = 0;
    for (const id of upward(page, block.element!)) {
      if (level > 0) scores.set(id, (scores.get(id) ?? 0) + score / level);
      if (++level > 3) break;
    }
  }
  let top = -1;
  let topScore = -Infinity;
  for (const [id, score] of scores) {
    const final = score + page.weights[id]! * Math.min(1, score / 10);
    if (final > topScore) {
      topScore = final;
      top = id;
    }
  }
  if (top < 0) return [];
  top = promoteOverSplitArticle(page, scores, top, topScore);
  // Sibling containers that also hold article text join the top one.
  const parent = page.parents[top]!;
  const threshold = Math.max(10, topScore * 0.2);
  const joins = (sibling: number): boolean => sibling === top || ((scores.get(sibling) ?? 0) + page.weights[sibling]! >= threshold && page.weights[sibling]! >= 0);
  const included = (block: Block): boolean => {
    let child = -1;
    for (const id of upward(page, block.element!)) {
      if (id === top) return true;
      // Photo captions beside the text container (a figure next to the article body) belong too.
      if (id === parent) return child > 0 && (joins(child) || block.tag === 'figcaption');
      child = id;
    }
    return false;
  };
  const chosen = blocks.filter((b) => included(b) && keep(b, useChrome && chromeBelow(page, b.element!, top)));
  // A little text inside chrome (a cookie dialog, a newsletter box) is not an article.
  if (useChrome && hasChrome(page, top) && textLength(chosen) < MIN_TEXT) return [];
  return chosen;
}

/**
 * An article cut into several chunks (one container per few paragraphs, each with an ad rail beside
 * it) gives several containers of comparable score. When two of them, or one named like an article
 * body as the top one is, sit under one ancestor a few levels up, that ancestor is the article.
 */
function promoteOverSplitArticle(page: HtmlBlocks, scores: Map<number, number>, top: number, topScore: number): number {
  // Rivals: containers of comparable score, or (when the top one is named as an article body) other
  // containers named the same way, however short: an article's first chunk is often one paragraph.
  const bodyNamed = (id: number): boolean => page.weights[id]! >= 50;
  const rivals = [...scores]
    .filter(([id, score]) => id !== top && ((score >= topScore * 0.4 && score >= 10) || (bodyNamed(id) && bodyNamed(top) && score >= 3)))
    .map(([id]) => id);
  if (rivals.length === 0) return top;
  let ancestor = top;
  for (let level = 0; level < 4; level++) {
    ancestor = page.parents[ancestor]!;
    if (ancestor <= 0) break;
    const inside = rivals.filter((id) => isInside(page, id, ancestor));
    // Rivals that are only the top's own ancestors do not count: they hold the same text.
    const others = inside.filter((id) => !isInside(page, top, id));
    // Two rivals, or one named like an article body as the top is, make the case.
    if (others.length >= 2 || others.some((id) => page.weights[id]! >= 25 && page.weights[top]! >= 25)) return ancestor;
  }
  return top;
}

function isInside(page: HtmlBlocks, id: number, ancestor: number): boolean {
  for (const at of upward(page, id)) if (at === ancestor) return true;
  return false;
}

function keep(block: Block, chrome: boolean): boolean {
  if (block.tag === 'figcaption') return true;
  if (chrome) return false;
  if (block.linkDensity > 0.5) return false;
  const words = wordCount(block.text);
  if (block.tag === 'h1' || block.tag === 'h2') return words <= 20;
  if (words < 4 && !/[.!?…"”]$/.test(block.text)) return false;
  return true;
}
