/**
 * A section's name beside the headline in a page title, once the site's name is cut
 * (site-name.ts): "Giants - Eli Manning continues to thrive", "Calcutta (Kolkata) | Sports | Tour to
 * continue for now, says BCCI", "Plane's engines 'failed to respond' | UK Latest". The section's
 * words would be the event's title and terms. Cut only when one part reads as a headline written in
 * sentence case (four words or more, some not capitalised) and every other part is short and
 * capitalised like a section's name: "Biden - Putin summit ends" (three words), "NFL Preview -
 * Seattle (11-6) At Green Bay (13-3)" (title case throughout) and "Fire destroys barn - Police
 * investigate cause" (two headlines) stay whole. A colon is no separator here ("Cole: Winning ...").
 */

const SEPARATOR = /\s+[-–—]\s+|\s*\|\s*/;
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_CHARACTERS = 25;
const MIN_HEADLINE_WORDS = 4;
/** Small words a headline in title case keeps in lower case: no sign of sentence case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sections named in sentence case. */
const LOWER_CASE_SECTIONS = /^(?:breaking|latest|local|world|national|top)\s+(?:news|stories)$/i;

/** Short, and written as a name is (every word capitalised but the small ones), or a known section. */
function readsAsLabel(part: string): boolean {
  const words = wordsOf(part);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || part.trim().length > MAX_LABEL_CHARACTERS) return false;
  if (LOWER_CASE_SECTIONS.test(part.trim())) return true;
  return /^[\p{Lu}\p{N}(]/u.test(words[0]!) && words.every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

function readsAsSentence(part: string): boolean {
  const words = wordsOf(part);
  return words.length >= MIN_HEADLINE_WORDS && words.some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
}

export function withoutSectionLabels(headline: string): string {
  const parts = headline.split(SEPARATOR);
  if (parts.length < 2) return headline;
  const sentences = parts.filter(readsAsSentence);
  if (sentences.length !== 1) return headline;
  const main = sentences[0]!;
  return parts.every((p) => p === main || readsAsLabel(p)) ? main.trim() : headline;
}
