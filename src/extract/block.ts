/**
 * A page reduced to a list of text blocks (a line of scraped text, or a paragraph-level HTML element):
 * the common input of the layout analysis, whatever the page format was.
 */
export type BlockTag = 'line' | 'p' | 'h1' | 'h2' | 'li' | 'blockquote' | 'figcaption' | 'div';

export interface Block {
  text: string;
  tag: BlockTag;
  /** Share of the text inside links (0 for scraped text). */
  linkDensity: number;
  /** Inside the element the page marks as its article (article, [itemprop=articleBody], main). */
  inArticle: boolean;
  /** HTML only: the id of the block's own element (see the page's element tree in html-blocks.ts). */
  element?: number;
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Prose: a paragraph of running text rather than a title, a label or a list of links. */
export function isProse(block: Block): boolean {
  const words = wordCount(block.text);
  if (block.linkDensity > 0.5) return false;
  if (words >= 25) return true;
  return words >= 8 && /[.!?…"”’)]$/.test(block.text.trim());
}
