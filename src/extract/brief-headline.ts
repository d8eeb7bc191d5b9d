/**
 * A brief of a few lines that opens with its outlet's name and day ("Harbour Desk Brief -- 3 March
 * 2027", masthead.ts) prints no headline of its own: its next line, one short sentence, stands for it,
 * as a wire's one-line summary does. Without it the brief was listed by its file's name or as "(no
 * headline)" in every list of sources. The line is also the brief's lead and stays in its body, which
 * holds little else (its figures are facts that other reports may contradict).
 */
import { type Block, wordCount } from './block.js';
import { looksLikeByline } from './byline.js';
import { parseDateline } from './dateline.js';

const MIN_WORDS = 4;
const MAX_WORDS = 25;

/** The headline the line after a dated masthead (at `mastheadIndex`) gives, its closing full stop left off; or null. */
export function briefHeadline(blocks: readonly Block[], mastheadIndex: number): string | null {
  const next = blocks[mastheadIndex + 1]?.text.trim() ?? '';
  const words = wordCount(next, MAX_WORDS);
  if (words < MIN_WORDS || words > MAX_WORDS || next.length > 200) return null;
  // One sentence only: a paragraph of two is the story itself, not a line that heads it.
  if (/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(next)) return null;
  if (looksLikeByline(next) || parseDateline(next) !== null || !/^["“‘]?\p{Lu}/u.test(next)) return null;
  return next.replace(/\s*\.$/, '');
}
