/**
 * Pages that report no event, known for certain: an opinion column or an editorial (by the disclaimer
 * a column ends with, by the section label its outlet puts on its headline, by a section of the address)
 * and a newsletter's table of contents. Such a page is stored as an article without an event
 * (cluster/index.ts): joined to nothing, it had started an "event" of its own that was a column.
 *
 * Precision over recall: a news report must never lose its event, so every rule reads a mark an outlet
 * puts on the page itself, never the page's wording ("In my view, the chief said" is a report). A page
 * that only looks like commentary (an "Analysis:" piece, a "Column:" that reports, an explainer, a
 * profile) keeps its event; opinion.ts still raises the bar such a page joins an event at.
 */
import { OPINION_LABEL_RULE } from '../extract/opinion-label.js';
import type { Article, Message } from '../model/types.js';

/** Why a page has no event; the user sees it as "no event: <kind>". */
export type NoEventKind = 'opinion column' | 'editorial' | 'letter to the editor' | 'table of contents';


/** The rule of the cluster stage's warning on an article stored without an event ("no event: opinion column"). */
export const NO_EVENT_RULE = 'no-event';
const NO_EVENT_PREFIX = 'no event: ';

/** The warning an article stored without an event carries: data, listed with it. */
export function noEventWarning(kind: NoEventKind): Message {
  return { stage: 'cluster', rule: NO_EVENT_RULE, message: `${NO_EVENT_PREFIX}${kind}`, severity: 'warning' };
}

/** Why a stored article has no event, from its warning ("opinion column"); null where it carries none. */
export function noEventReason(warnings: readonly Message[]): string | null {
  const warning = warnings.find((w) => w.rule === NO_EVENT_RULE && w.message.startsWith(NO_EVENT_PREFIX));
  return warning ? warning.message.slice(NO_EVENT_PREFIX.length) : null;
}

/** A label before the headline: "Opinion:", "OPINION |", "Editorial -", "[Opinion]", "Op-ed:", "Commentary:". */
const LEADING_LABEL = /^\s*(?:\[\s*(opinion|op-?ed|editorial|commentary)\s*\]|(opinion|op-?ed|editorial|commentary|letters? to the editor)\s*(?::|\|)|(opinion|op-?ed|editorial|commentary)\s+[-–—]\s)/i;
/** A label after it: "... | Opinion", "... - Editorial". */
const TRAILING_LABEL = /\s(?:\||[-–—])\s*(opinion|op-?ed|editorial|commentary)\s*$/i;
/**
 * A section of the address followed by the page's own path: /opinion/..., /editorials/..., Guardian's
 * /commentisfree/..., /commentary/..., /comment/... A last segment alone ("/story-123/comment/") is a page's comments.
 */
const URL_SECTION = /^https?:\/\/[^/]+(?:\/[^/?#]+)*?\/(opinions?|op-?eds?|editorials?|commentary|commentisfree|comment|letters-to-the-editor)\/[^/?#]+/i;
/**
 * A column's closing disclaimer, as a paragraph of its own: "The views expressed in this column are the
 * author's own", "Opinions expressed are solely those of the writer". In the present tense: a report on
 * a row over a post ("the firm said the views expressed were the author's own") tells it in the past.
 */
const DISCLAIMER = /^[(*_]?\s*(?:the\s+|any\s+)?(?:views|opinions)(?:\s+and\s+opinions)?\s+expressed\s+(?:(?:in|on)\s+(?:this|the)\s+(?:article|column|piece|commentary|op-?ed|essay|blog post|letter)\s+|here(?:in)?\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+|strictly\s+)?(?:those\s+of\s+the\s+(?:author|writer|columnist|contributor)s?|(?:the|this)\s+(?:author|writer|columnist|contributor)(?:'s|’s|s'|s’)\s+own)\b/i;
/** A newsletter's list heading, alone on its line. */
const CONTENTS_HEADING = /^(?:table of contents|contents|in this (?:issue|edition|newsletter)|in today's (?:issue|edition|newsletter)|in today’s (?:issue|edition|newsletter))\s*:?$/i;
/** Lines a table of contents lists after its heading, at least. */
const CONTENTS_ENTRIES = 3;
/** An entry: a short line that is no sentence (no full stop at its end). */
const ENTRY = /^[^\n]{3,100}$/;

function labelKind(label: string): NoEventKind {
  const word = label.toLowerCase();
  if (word.startsWith('editorial')) return 'editorial';
  if (word.startsWith('letter')) return 'letter to the editor';
  return 'opinion column';
}

/** A section label on the headline, or the one the extract stage cut from it (kept as a message). */
function headlineKind(headline: string | null, warnings: readonly Message[]): NoEventKind | null {
  const lead = LEADING_LABEL.exec(headline ?? '');
  if (lead) return labelKind(lead[1] ?? lead[2] ?? lead[3]!);
  const trail = TRAILING_LABEL.exec(headline ?? '');
  if (trail) return labelKind(trail[1]!);
  const cut = warnings.find((w) => w.rule === OPINION_LABEL_RULE);
  // The message ends with the label in quotes.
  return cut ? labelKind(cut.message.replace(/^[^"]*"/, '')) : null;
}

function urlKind(url: string | undefined): NoEventKind | null {
  const m = URL_SECTION.exec(url ?? '');
  if (!m) return null;
  const section = m[1]!.toLowerCase();
  return section.startsWith('editorial') ? 'editorial' : section.startsWith('letters') ? 'letter to the editor' : 'opinion column';
}

function isContents(lines: readonly string[]): boolean {
  // Within the first few lines: a heading further down is a section of a story.
  const at = lines.slice(0, 4).findIndex((line) => CONTENTS_HEADING.test(line));
  if (at < 0) return false;
  const entries = lines.slice(at + 1, at + 1 + CONTENTS_ENTRIES);
  return entries.length === CONTENTS_ENTRIES && entries.every((line) => ENTRY.test(line) && !/[.!?]["”’]?$/.test(line));
}

/** Why the page reports no event, for certain; null for any page that may report one. */
export function noEventOf(article: Pick<Article, 'headline' | 'source' | 'body' | 'warnings'>): NoEventKind | null {
  const labelled = headlineKind(article.headline, article.warnings) ?? urlKind(article.source.url);
  if (labelled) return labelled;
  const lines = article.body.split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0);
  if (isContents(lines)) return 'table of contents';
  // The disclaimer closes the column (or opens it, under the byline): the first and last lines only.
  const ends = [...lines.slice(0, 3), ...lines.slice(-3)];
  if (ends.some((line) => DISCLAIMER.test(line))) return 'opinion column';
  return null;
}
