/**
 * The most common English words (SCOWL sizes 10 and 20, data/common-words.txt), read once on first use:
 * whether a capitalised word may be an ordinary word rather than a name.
 */
import { readFileSync } from 'node:fs';

let words: Set<string> | null = null;

/** Whether `word` (in lower case) is one of the most common English words. */
export function isCommonWord(word: string): boolean {
  words ??= new Set(readFileSync(new URL('../../../data/common-words.txt', import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')));
  return words.has(word);
}
