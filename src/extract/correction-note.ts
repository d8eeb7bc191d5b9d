/**
 * A correction note an outlet adds to a page it fixed ("Correction: An earlier version of this article
 * misspelt the chief executive's name. He is Ann Dee, not Ann Lee."). It is about the page, not the
 * event: read as text, its sentences became facts of the event and the misspelt name a second person.
 * Such paragraphs are set apart from the body; what they correct is kept as a message with the article.
 */

/** A paragraph that opens as an outlet's note on its own page. */
const NOTE = /^(?:\W{0,2})(?:correction|clarification|corrections?\s+and\s+clarifications)\s*[:.–—-]|^(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|page)\b|^this\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:amended|corrected)\b/i;

/** "He is Ann Dee, not Ann Lee", "her name is Ann Dee, not Ann Lee": the right name, then the wrong one. */
const RIGHT_NOT_WRONG = /\b(?:is|was|are|were|should\s+have\s+been|is\s+spelt|is\s+spelled)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),?\s+not\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)/gu;

export interface Corrections {
  /** The paragraphs left as the article's text. */
  kept: string[];
  /** The notes set apart. */
  notes: string[];
  /** Names a note puts right: the misspelt one and the right one. */
  names: { wrong: string; right: string }[];
}

export function setApartCorrections(paragraphs: readonly string[]): Corrections {
  const kept: string[] = [];
  const notes: string[] = [];
  for (const p of paragraphs) (NOTE.test(p.trim()) ? notes : kept).push(p);
  // A text that is all notes is no article with a note: left as it is.
  if (kept.length === 0) return { kept: [...paragraphs], notes: [], names: [] };
  const names = notes.flatMap((n) => [...n.matchAll(RIGHT_NOT_WRONG)].map((m) => ({ right: m[1]!, wrong: m[2]! })));
  return { kept, notes, names };
}
