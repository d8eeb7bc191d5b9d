/**
 * One person whose name two outlets spell apart in every word ("Rahmat Hidayatullah" / "Rachmat
 * Hidayatulah"): a letter inserted in one word and a letter doubled in the other. No word is the same
 * as written, so the rule that needs one anchoring word (participants.ts, spellingVariants) misses
 * them. Such a pair is one person only where each word is a small edit of the other's (one letter, or
 * a doubled letter), the words are long enough to make a chance likeness rare, and the reports give the
 * person the same country: two people of one country so named in one event are rarer still.
 */

/** Whether two words differ by one letter added, dropped or changed. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const undoubled = (w: string): string => w.replace(/(\p{L})\1/gu, '$1');

/** Whether two words are a small edit apart: the same once doubled letters are single, or one letter apart. */
function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return undoubled(a) === undoubled(b) || oneEdit(a, b);
}

/**
 * Whether two names (words folded to lower case, in order) are near spellings of one name: as many
 * words, at least two, each a small edit of the other's, and at least one word not the same.
 */
export function nearSpellings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  return a.some((w, i) => w !== b[i]) && a.every((w, i) => nearWord(w, b[i]!));
}
