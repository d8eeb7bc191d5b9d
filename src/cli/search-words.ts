/**
 * The words of `triangulate search` as the shell passed them. A word to leave out starts with a minus
 * ("-court"), which a command line otherwise takes for an option: the search command lets such words
 * through (allowUnknownOption), and they are put back into one query here, so `search -court`,
 * `search "ransomware -dublin"`, `search ransomware -dublin` and `search -- -court` all mean the same.
 * An unknown word of two minuses ("--limt") is still a mistyped option, never a word to find.
 */
import { CliError } from './context.js';

export function searchQuery(words: readonly string[]): string | undefined {
  const option = words.find((w) => /^--\p{L}/u.test(w));
  if (option) throw new CliError(`unknown option '${option.split('=')[0]}' (a word to leave out takes one minus: -word)`);
  const query = words.join(' ').trim();
  return query === '' ? undefined : query;
}
