/**
 * A byline printed as the author's name alone on its own line, between the headline and the page's
 * date line ("Second body found after the landslide" / "Shilan Mohammed" / "Thursday 12 March 2026
 * 17:10"), as some regional sites lay out their head. Read as nothing, the page had no author and
 * the name stood in the text as a person of the story. Only that place counts: a name alone above
 * the headline is a kicker or a masthead, and one under it with no date after it may be a subhead.
 */
import type { Byline } from './byline.js';
import { cleanAuthorName } from './byline.js';
import { lookupPlace } from '../enrich/gazetteer/places.js';
import { namesSection } from './section-label.js';
import { outletWord } from './masthead.js';

/** Two or three capitalised words, as a person's name is written (no initials, no capitals throughout). */
const PERSON_NAME = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2}$/u;

export function bareNameByline(line: string, underTitle: boolean, overDate: boolean): Byline | null {
  if (!underTitle || !overDate) return null;
  const text = line.trim();
  if (!PERSON_NAME.test(text) || cleanAuthorName(text) !== text) return null;
  // A place, a section or an outlet's name is written the same way ("Said Sadiq", "World News").
  if (lookupPlace(text) !== null || namesSection(text) || outletWord(text)) return null;
  return { authors: [text], agency: null, outlet: null };
}
