/**
 * The name words of a search (../name-words.ts) as PostgreSQL checks them: the hit's text columns,
 * accents folded, must each hold a word that begins with the name, case aside (or with a capital, for
 * a stored person's name). Snowball, the
 * stemmer of the tsvector, does not cut "this" to "thi" as Porter does, but it conflates other names
 * with common words, and both stores must give the same hits.
 */
import { foldAccents } from '../../util/fold.js';
import { commonContinuations, isCasedName } from '../name-words.js';

/**
 * Accented Latin letters and the plain ones they fold to, for translate(): lower() and a pattern's (?i)
 * leave "È" as it is in a database of the C locale.
 */
const ACCENTED = ((): { from: string; to: string } => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x24f; code++) {
    const letter = String.fromCharCode(code);
    const plain = foldAccents(letter);
    if (plain !== letter && /^[A-Za-z]$/.test(plain)) {
      from += letter;
      to += plain;
    }
  }
  return { from, to };
})();

/**
 * SQL that is true when the row's `columns` (of `alias`) hold every pattern of the text[] parameter
 * `param`, or when it is NULL. The text keeps its case: each pattern says its own (namePatterns).
 */
export function namesCondition(columns: readonly string[], param: string, alias = 'x'): string {
  const text = `translate(concat_ws(' ', ${columns.map((c) => `${alias}.${c}`).join(', ')}), '${ACCENTED.from}', '${ACCENTED.to}')`;
  return `(${param}::text[] IS NULL OR ${text} ~ ALL (${param}::text[]))`;
}

/**
 * The query's name words as the patterns namesCondition takes (a name at a word's start, not the start
 * of a common word: "carrie" not in "carried", as holdsNameWords has it), or null for none.
 */
export function namePatterns(names: readonly string[]): string[] | null {
  // Name words and their continuations are plain letters (name-words.ts): nothing to escape. A folded
  // name takes any case ((?i), an ARE's embedded option); a capitalised one (a stored person's name)
  // is written "Gates" or "GATES", as holdsNameWords has it.
  const notCommon = (after: readonly string[]): string => (after.length > 0 ? `(?!(?:${after.join('|')})([^[:alnum:]]|$))` : '');
  return names.length > 0
    ? names.map((name) => {
        const after = commonContinuations(name.toLowerCase());
        if (!isCasedName(name)) return `(?i)(^|[^[:alnum:]])${name}${notCommon(after)}`;
        return `(^|[^[:alnum:]])(${name}${notCommon(after)}|${name.toUpperCase()}${notCommon(after.map((a) => a.toUpperCase()))})`;
      })
    : null;
}

/**
 * A page of ranked hits that hold the name words: `ranked` (a SELECT with `rank` and `seq` columns and
 * no ORDER BY) sorted on the index's rank alone, then the name check, which reads a hit's text, asked
 * of the sorted rows up to the page's last one. Asked beside the index's match it read every matching
 * row's text (detoasted) before the sort. OFFSET 0 keeps the planner from pushing the check back
 * under the sort.
 */
export function rankedWithNames(ranked: string, columns: readonly string[], names: string, limit: string, offset: string): string {
  return `SELECT * FROM (${ranked} ORDER BY rank DESC, seq DESC OFFSET 0) h WHERE ${namesCondition(columns, names, 'h')} ORDER BY h.rank DESC, h.seq DESC LIMIT ${limit} OFFSET ${offset}`;
}
