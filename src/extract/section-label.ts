/**
 * A section's name beside the headline in a page title, once the site's name is cut
 * (site-name.ts): "Pune (Poona) | Sports | Series will go ahead as planned, board says", "Ferry's
 * rudder 'jammed twice' | UK Latest", "Former captains criticise rugby selectors - National -
 * Sport". The section's words would be the event's title and terms.
 *
 * One part must read as a headline in sentence case (four words or more, some not capitalised,
 * starting with a capital that is not "I"), and every other part as a section: short and capitalised
 * like a name. A dash is also how headlines join names ("Ukraine - Russia talks resume in Geneva"),
 * quote a speaker ("... on Russia's terms - Kremlin") or give a score ("Liverpool 3 - 1 Everton"), so
 * a part beside a dash is cut only when it is a known section word, or one of two or more such parts
 * in a row ("Metro Plus - Late Shows - Two pop stars sign up for a Tamil musical"); a bar is cut
 * beside any. A colon is no separator here ("Mensah: Reaching ...").
 */

const SEPARATOR = /(\s+[-–—]\s+|\s*\|\s*)/;
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_CHARACTERS = 25;
const MIN_HEADLINE_WORDS = 4;
/** Small words a headline in title case keeps in lower case: no sign of sentence case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with', '&']);
/** Words that name a news site's sections. */
const SECTION_WORDS = new Set(
  'analysis arts breaking business crime culture editorial entertainment exclusive health latest lifestyle live local metro money national nation news opinion politics review science sport sports summary tech technology top travel uk update updates us video watch weather world'.split(' '),
);
/** Sections named in sentence case. */
const LOWER_CASE_SECTIONS = /^(?:breaking|latest|local|world|national|top)\s+(?:news|stories)$/i;
/** A score or a range, "3 - 1": no separator between labels and a headline. */
const NUMBERS_ACROSS_A_DASH = /\d\s+[-–—]\s+\d/;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Short, and written as a name is (every word capitalised but the small ones), or a known section. */
function readsAsLabel(part: string): boolean {
  const words = wordsOf(part);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || part.trim().length > MAX_LABEL_CHARACTERS) return false;
  if (LOWER_CASE_SECTIONS.test(part.trim())) return true;
  return /^[\p{Lu}\p{N}(]/u.test(words[0]!) && words.every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

export function namesSection(part: string): boolean {
  return LOWER_CASE_SECTIONS.test(part.trim()) || wordsOf(part).every((w) => SMALL_WORDS.has(w.toLowerCase()) || SECTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

function readsAsSentence(part: string): boolean {
  const words = wordsOf(part);
  return words.length >= MIN_HEADLINE_WORDS && /^[\p{Lu}\p{N}'"‘“]/u.test(part.trim()) && words[0] !== 'I' && words.some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
}

/** Whether the labels on one side of the headline, nearest first, with the separator before each, may all go. */
function cuttable(labels: readonly string[], separators: readonly string[]): boolean {
  if (!labels.every(readsAsLabel)) return false;
  return labels.every((label, i) => separators[i]!.includes('|') || namesSection(label) || labels.length >= 2);
}

export function withoutSectionLabels(headline: string): string {
  if (NUMBERS_ACROSS_A_DASH.test(headline)) return headline;
  // Parts at even indexes, separators at odd ones.
  const pieces = headline.split(SEPARATOR);
  if (pieces.length < 3) return headline;
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  const main = parts.findIndex(readsAsSentence);
  if (main < 0 || parts.some((p, i) => i !== main && readsAsSentence(p))) return headline;
  // Nearest first on each side: before the headline, the separator after each label; after it, the one before.
  const before = parts.slice(0, main).reverse();
  const beforeSeparators = separators.slice(0, main).reverse();
  const after = parts.slice(main + 1);
  const afterSeparators = separators.slice(main);
  if (!cuttable(before, beforeSeparators) || !cuttable(after, afterSeparators)) return headline;
  return parts[main]!.trim();
}
