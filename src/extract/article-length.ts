/**
 * One rule for how little text is still an article, whatever form it came in: scraped text, a page,
 * or a clean `body` from a JSON record. A record `{"body": "x"}` and a text file holding "x" are the
 * same input and get the same answer, naming the problem. (A longer line of scraped text that reads
 * as no sentence is still no article: alone on a saved page it is a headline or the site's own line,
 * "Sign Up For Our Morning Briefing Delivered To You Free"; a record's `body` is declared to be the story.)
 */
import { wordCount } from './block.js';

/** As many words as the shortest line the layout takes for prose (block.ts isProse): one short sentence. */
export const MIN_ARTICLE_WORDS = 8;

/** Han ideographs and kana: Chinese and Japanese write no spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** As many such characters as a short sentence has: the text is in such a script, not an English page quoting a name. */
const UNSPACED_SENTENCE = 20;

/** Why the body is too short to be an article, or null when it is long enough. */
export function tooShortProblem(body: string, minWords = MIN_ARTICLE_WORDS): string | null {
  const words = wordCount(body, minWords);
  if (words >= minWords) return null;
  // Counted by spaces, a page of Chinese is a few "words": the count alone would mislead.
  const unspaced = (body.match(UNSPACED_SCRIPT)?.length ?? 0) >= UNSPACED_SENTENCE ? '; the text is in a script written without spaces between words, such as Chinese or Japanese, and Triangulate reads English only' : '';
  return `too little text for an article (${words === 1 ? '1 word' : `${words} words`}; at least ${minWords} are needed${unspaced})`;
}
