/**
 * A site's name and the section the page sits in, as a copied page's first line prints them: "Asia
 * Risk Monitor | Sanctions & Compliance", "Harbor Wire | World". A menu has three items or more
 * (menu-line.ts) and a tagline is written in sentence case (masthead-forms.ts); this is the pair of a
 * name and one section label, which left the outlet unread (review ux77b fault 4). Whether the first
 * item reads as an outlet's name is masthead.ts's to judge; here only the section side is.
 */
import { namesSection } from './section-label.js';

const MAX_SECTION_WORDS = 4;
/** Joining words a section's label keeps in lower case ("Law and Order", "Sanctions & Compliance"). */
const JOINING = new Set(['&', 'and', 'of', 'the', 'in', 'on', 'for', '+']);

/** Whether the text is a section's label: a known section, or a few words each capitalised as names are. */
export function readsAsSection(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SECTION_WORDS || trimmed.length > 40 || /[.!?:;,]$/.test(trimmed)) return false;
  if (namesSection(trimmed)) return true;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => JOINING.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’-]*$/u.test(w));
}

/** The name of a "Name | Section" line, or null: two items, the second a section's label. */
export function nameBeforeSection(text: string): string | null {
  const items = text.trim().split(/\s*\|\s*/);
  if (items.length !== 2 || !readsAsSection(items[1]!)) return null;
  return items[0]!;
}
