/**
 * Scraped page text to blocks: one block a line. Some scrapers put the crawl date in front of the page
 * ("date 2024-05-17 Top Stories"); it is taken off the line and kept as a fallback publication date.
 */
import type { Block } from './block.js';

export interface TextBlocks {
  blocks: Block[];
  crawlDate?: string;
}

const LEADING_DATE = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;

export function textToBlocks(text: string): TextBlocks {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const result: TextBlocks = { blocks: [] };
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const m = LEADING_DATE.exec(lines[first]!);
    if (m) {
      result.crawlDate = m[1]!;
      lines[first] = lines[first]!.slice(m[0].length);
    }
  }
  for (const line of lines) {
    const clean = line.replace(/[\t\u00a0 ]+/g, ' ').trim();
    if (clean) result.blocks.push({ text: clean, tag: 'line', linkDensity: 0, inArticle: false });
  }
  return result;
}
