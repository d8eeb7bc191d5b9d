/**
 * Which blocks of an HTML page are the article. Paragraph-like blocks score their container (and,
 * less, the two containers above it) by length, commas and how little of them is link text; class and
 * id names add or take away evidence. The best container wins, with sibling containers that score well
 * (articles split across several containers) and the common ancestor of an article cut into chunks.
 * Inside it, chrome that starts inside the region (share bars, related lists), link lists and labels
 * are dropped. When that leaves little text, the page's JSON-LD articleBody or a pass that ignores
 * chrome names is used instead.
 *
 * Element ids are in document order (a parent's id is smaller than its children's), so every question
 * about the tree is answered from arrays built in one pass: no walk to the root per block.
 */
import type { Block } from './block.js';
import { wordCount } from './block.js';
import type { HtmlBlocks } from './html-blocks.js';
import { isStampLine } from './live-stamp.js';

export interface MainContent {
  blocks: Block[];
  /** How the content was found, for the article's messages. */
  method: 'container' | 'relaxed' | 'json-ld' | 'none';
}

const MIN_TEXT = 250;
const CONTENT_TAGS = new Set(['p', 'div', 'li', 'blockquote', 'figcaption']);
/** Sentence ends in any script: a short paragraph that ends like a sentence is kept. */
const SENTENCE_END = /[.!?…"”。！？」』)]$/;

interface Tree {
  page: HtmlBlocks;
  /** Last id inside each element's subtree: x is inside a iff a <= x <= end[a]. */
  end: Int32Array;
  /** The nearest element at or above each element that looks like chrome (0: none). */
  nearestChrome: Int32Array;
}

export function selectMainContent(page: HtmlBlocks): MainContent {
  const tree = buildTree(page);
  const strict = selectByContainer(tree, true);
  if (textLength(strict) >= MIN_TEXT) return { blocks: strict, method: 'container' };
  // Ignoring chrome names finds text in pages that misname their article, and in cookie walls: the
  // relaxed pass must find a real amount of text to count.
  const relaxedAll = selectByContainer(tree, false);
  const relaxed = textLength(relaxedAll) >= MIN_TEXT / 2 ? relaxedAll : [];
  const ld = page.ldBody ? ldBlocks(page.ldBody) : [];
  const best = [
    { blocks: strict, method: 'container' as const },
    { blocks: relaxed, method: 'relaxed' as const },
    { blocks: ld, method: 'json-ld' as const },
  ].sort((a, b) => textLength(b.blocks) - textLength(a.blocks))[0]!;
  return textLength(best.blocks) > 0 ? best : { blocks: [], method: 'none' };
}

function buildTree(page: HtmlBlocks): Tree {
  const n = page.parents.length;
  const end = new Int32Array(n);
  const nearestChrome = new Int32Array(n);
  for (let id = 1; id < n; id++) {
    end[id] = id;
    nearestChrome[id] = page.chrome[id] ? id : nearestChrome[page.parents[id]!]!;
  }
  for (let id = n - 1; id > 1; id--) {
    const parent = page.parents[id]!;
    if (end[id]! > end[parent]!) end[parent] = end[id]!;
  }
  return { page, end, nearestChrome };
}

function inside(tree: Tree, id: number, ancestor: number): boolean {
  return ancestor <= id && id <= tree.end[ancestor]!;
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

function selectByContainer(tree: Tree, useChrome: boolean): Block[] {
  const { page } = tree;
  const blocks = page.blocks.filter((b) => b.element !== undefined);
  const scores = new Map<number, number>();
  for (const block of blocks) {
    if (!CONTENT_TAGS.has(block.tag)) continue;
    const length = block.text.length;
    if (length < 25) continue;
    const commas = (block.text.match(/[,，、]/g) ?? []).length;
    // Text inside chrome counts little: a wrapper named "content-and-menu" may still hold the article.
    const chromeFactor = useChrome && tree.nearestChrome[block.element!] !== 0 ? 0.3 : 1;
    // Captions count for less: they are the story only where a slideshow has no other text.
    const captionFactor = block.tag === 'figcaption' ? 0.5 : 1;
    const score = (1 + commas + Math.min(3, Math.floor(length / 100))) * (1 - block.linkDensity) * chromeFactor * captionFactor;
    // The block's container and the two above it share its score (text loose in the synthetic root
    // element scores the root itself).
    let id = page.parents[block.element!]! || block.element!;
    for (let level = 1; level <= 3 && id > 0; level++, id = page.parents[id]!) {
      scores.set(id, (scores.get(id) ?? 0) + score / level);
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
  top = promoteOverSplitArticle(tree, scores, top, topScore);
  // Sibling containers that also hold article text join the top one; so do photo captions beside it.
  const parent = page.parents[top]!;
  const threshold = Math.max(10, topScore * 0.2);
  const joins = (sibling: number): boolean => sibling === top || ((scores.get(sibling) ?? 0) + page.weights[sibling]! >= threshold && page.weights[sibling]! >= 0);
  const branch = new Int32Array(page.parents.length);
  for (let id = 1; id < branch.length; id++) branch[id] = page.parents[id] === parent ? id : branch[page.parents[id]!]!;
  const included = (block: Block): boolean => {
    const el = block.element!;
    if (inside(tree, el, top)) return true;
    const sibling = branch[el]!;
    return sibling > 0 && (joins(sibling) || block.tag === 'figcaption');
  };
  // Chrome that starts inside the chosen region (a share bar in the article) is dropped; chrome
  // around the whole region (a page wrapper named like a menu) is not.
  const chromeInside = (block: Block): boolean => {
    const c = tree.nearestChrome[block.element!]!;
    return c !== 0 && c !== top && !inside(tree, top, c);
  };
  const chosen = blocks.filter((b) => included(b) && keep(b, useChrome && chromeInside(b)));
  // A little text inside chrome (a cookie dialog, a newsletter box) is not an article.
  if (useChrome && tree.nearestChrome[top] !== 0 && textLength(chosen) < MIN_TEXT) return [];
  return chosen;
}

/**
 * An article cut into several chunks (one container per few paragraphs, each with an ad rail beside
 * it) gives several containers of comparable score. When two of them, or one named like an article
 * body as the top one is, sit under one ancestor a few levels up, that ancestor is the article; so it
 * is when two more chunks hang under an ancestor the way the top one does.
 */
function promoteOverSplitArticle(tree: Tree, scores: Map<number, number>, top: number, topScore: number): number {
  const { page } = tree;
  // Rivals: containers of comparable score, or (when the top one is named as an article body) other
  // containers named the same way, however short: an article's first chunk is often one paragraph.
  const bodyNamed = (id: number): boolean => page.weights[id]! >= 50;
  const rivals = [...scores]
    .filter(([id, score]) => id !== top && !inside(tree, top, id) && ((score >= topScore * 0.4 && score >= 10) || (bodyNamed(id) && bodyNamed(top) && score >= 3)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([id]) => id);
  // Chunks of one template: containers reached from an ancestor by the same path of named wrappers
  // as the top one (a story in three sections, a recipe's steps, a slideshow's slides). They may be
  // shorter than the top one (a story's last third), but not teaser-short.
  const own = scores.get(top) ?? 0;
  const chunks = [...scores].filter(([id, score]) => id !== top && !inside(tree, top, id) && (score >= Math.max(10, topScore * 0.15) || score >= own * 0.5)).map(([id]) => id);
  if (rivals.length === 0 && chunks.length === 0) return top;
  let ancestor = top;
  for (let level = 0; level < 6; level++) {
    ancestor = page.parents[ancestor]!;
    if (ancestor <= 1) break;
    const others = level < 4 ? rivals.filter((id) => inside(tree, id, ancestor)) : [];
    // Two rivals, or one named like an article body as the top is, make the case.
    if (others.length >= 2 || others.some((id) => page.weights[id]! >= 25 && page.weights[top]! >= 25)) return ancestor;
    // Two more chunks of the top one's template make the case.
    if (level >= 1 && chunks.filter((id) => inside(tree, id, ancestor) && samePath(page, id, top, ancestor)).length >= 2) return ancestor;
  }
  return top;
}

/**
 * Whether chunk starts the way top does: the first steps of its path upwards carry the same
 * class-name weights as top's path up to ancestor (chunk may sit deeper, in more wrappers), and at
 * least one of them is named.
 */
function samePath(page: HtmlBlocks, chunk: number, top: number, ancestor: number): boolean {
  let x = chunk;
  let named = false;
  for (let y = top; y !== ancestor; y = page.parents[y]!) {
    if (x === ancestor || x <= 1 || y <= 1 || page.weights[x] !== page.weights[y]) return false;
    if (page.weights[y] !== 0) named = true;
    x = page.parents[x]!;
  }
  return named;
}

function keep(block: Block, chrome: boolean): boolean {
  if (block.tag === 'figcaption') return true;
  if (chrome) return false;
  if (block.linkDensity > 0.5) return false;
  const words = wordCount(block.text, 20);
  if (block.tag === 'h1' || block.tag === 'h2') return words <= 20;
  // Items of a list inside the article (ingredients, product names) are short but are the article.
  if (block.tag === 'li' && block.linkDensity < 0.3) return true;
  // A live entry's stamp ("10:42 GMT") is short but dates the entry under it (live-blog.ts).
  if (isStampLine(block.text)) return true;
  if (words < 4 && !SENTENCE_END.test(block.text)) return false;
  return true;
}
