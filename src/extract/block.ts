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

/**
 * Words: runs of letters or digits (with inner apostrophes, dots and hyphens), counted without
 * allocating. Counting stops past `enough` words, for callers that only compare with a small number.
 */
export function wordCount(text: string, enough = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, newline and the common separators end a word; anything else continues or starts one.
    const wordChar = c < 128 ? isWordAscii(c) : c === 0x2019 ? inWord : LETTER_OR_DIGIT.test(text[i]!);
    // Apostrophes, dots and hyphens continue a word but never start one ("'s", "-").
    if (!wordChar) inWord = false;
    else if (!inWord && (c < 128 ? isAlnumAscii(c) : true)) {
      inWord = true;
      if (++count > enough) return count;
    }
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isAlnumAscii(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordAscii(c: number): boolean {
  return isAlnumAscii(c) || c === 39 || c === 46 || c === 45;
}

/** Prose: a paragraph of running text rather than a title, a label or a list of links. */
export function isProse(block: Block): boolean {
  const words = wordCount(block.text);
  if (block.linkDensity > 0.5) return false;
  if (words >= 25) return true;
  return words >= 8 && /[.!?…"”’)。！？」』]$/.test(block.text.trim());
}
