/**
 * Shorter forms of a full name that one article uses for the same person: the name without its middle
 * names or initials ("Allen Christopher Ostrovanek", then "Allen Ostrovanek"; "Elijah L. Jorrington" and "Elijah
 * Johnson"), and a hyphenated surname written alone ("Dominique Strauss-Kahn", then "Strauss-Kahn").
 * Read as a second person, each form split one person in two in the record an analyst reads. The
 * arguments are a name's lower-case words as `nameTokens` gives them (split at spaces and hyphens).
 */

/** An initial ("l", "l.") or a particle ("de", "van") cannot anchor a match on its own. */
const WEAK = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'jr', 'jr.', 'sr', 'sr.']);

function strong(word: string): boolean {
  return word.replace(/\./g, '').length >= 2 && !WEAK.has(word);
}

/**
 * Whether `short` (two words) is `long` (three or four) with its middle words left out: the same first
 * word and the same last word, both of two letters or more and neither a particle or a suffix.
 */
export function middleWordsLeftOut(long: readonly string[], short: readonly string[]): boolean {
  if (short.length !== 2 || long.length < 3 || long.length > 4) return false;
  const [first, last] = short as [string, string];
  return first === long[0] && last === long[long.length - 1] && strong(first) && strong(last);
}

/**
 * Whether `written`, one written word of two or more hyphenated parts ("Strauss-Kahn"), is the surname
 * that ends the longer name `full` ("Dominique Strauss-Kahn"): a surname alone, not a name of its own.
 */
export function hyphenatedSurnameOf(written: string, words: readonly string[], full: readonly string[]): boolean {
  if (/\s/.test(written.trim()) || words.length < 2 || full.length <= words.length) return false;
  return words.every((w, i) => full[full.length - words.length + i] === w);
}
