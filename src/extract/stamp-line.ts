/**
 * A line that carries the page's own stamps side by side, as many news sites' templates print them
 * and as scraped text glues them, often right after the headline: "Barn fire closes county road Posted:
 * Thursday, February 7, 2019 6:41 AM EST Updated: Friday, February 22, 2019 3:05 PM EST", "Published:
 * Wednesday, 9/3/2014 - Updated: 5 months ago", "CREATED Oct 3, 2016 - UPDATED: Oct 5, 2016".
 * Read as one date the line is mostly not date (two dates, or a headline before them), so the
 * dateline reader turns it down; yet its "Posted" stamp is the story's first publication, and its
 * "Updated" one a later edit (what an archive's record often gives as the page's date).
 */
import { parseDateline } from './dateline.js';

export interface StampLine {
  /** ISO date(-time) of the publication stamp ("Posted", "Published", "Created"), or null. */
  published: string | null;
  /** ISO date(-time) of the update stamp ("Updated", "Modified"), or null (none, or "8 months ago"). */
  modified: string | null;
}

/** A stamp's label where it starts a stamp: capitalised or in capitals, then a colon or a date's first word. */
const LABEL = /(?:^|[\s|•·–—-])(Posted|POSTED|Published|PUBLISHED|Created|CREATED|Updated|UPDATED|Last [Uu]pdated|LAST UPDATED|Modified|MODIFIED)(?:\s+(?:on|at))?\s*(?::|(?=\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}{2}\.?\s+\d|\d{1,2}\/)))/gu;
const MODIFIED = /^(?:updated|last updated|modified)$/i;
/** A year written out, alone or in a numeric date ("2015", "11/18/14"). */
const YEAR = /\b(?:19|20)\d\d\b|\b\d{1,2}\/\d{1,2}\/\d\d\b/;
/** The longest line read: a headline and two stamps fit well within it, a paragraph does not. */
const MAX_LENGTH = 260;
/** The text between one stamp and the next must be mostly date ("Thursday, February 7, 2019 6:41 AM EST"). */
const MIN_COVERAGE = 0.6;

/**
 * The stamps of a line holding a publication stamp and at most one update stamp (in either order),
 * each label followed by its date; text before the first label (a glued headline or byline) is let be.
 * Null for a line with no publication stamp, or whose labels are not followed by dates (a sentence
 * that says "posted on Facebook").
 */
export function readStampLine(line: string): StampLine | null {
  const text = line.trim();
  if (text.length > MAX_LENGTH) return null;
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0 || labels.length > 2) return null;
  const stamps: StampLine = { published: null, modified: null };
  for (let k = 0; k < labels.length; k++) {
    const m = labels[k]!;
    const label = m[1]!;
    const start = m.index + m[0].length;
    const end = k + 1 < labels.length ? labels[k + 1]!.index : text.length;
    const part = text.slice(start, end).replace(/[\s|•·–—-]+$/u, '');
    // A stamp writes its year out: an age ("Updated: 2 hours ago") is the crawl's, and dates nothing.
    const date = YEAR.test(part) ? parseDateline(part) : null;
    const modified = MODIFIED.test(label);
    // A publication stamp must read; an update that does not is let be.
    if (!date || date.coverage < MIN_COVERAGE) {
      if (modified) continue;
      return null;
    }
    if (modified) stamps.modified ??= date.iso;
    else stamps.published ??= date.iso;
  }
  return stamps.published ? stamps : null;
}
