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
 * An opinion section of the address: /opinion/..., /editorials/..., Guardian's /commentisfree/...,
 * /commentary/..., /comment/..., followed by the page's own path (a last segment alone,
 * "/story-123/comment/", is a page's comments). Only where an outlet files its sections: the first
 * segment, or the first after an edition, a language, a date or a "news"/"story" container
 * (/uk/opinion/, /en/opinion/, /2026/11/12/opinion/, /news/editorials/). Deeper, it is a subsection's
 * name (/news/politics/opinion/court-strikes-down-port-deal was a court report: review73).
 */
const SECTION = /^(opinions?|op-?eds?|editorials?|commentary|commentisfree|comment|letters-to-the-editor)$/i;
/** A segment before the sections: an edition or language ("uk", "en", "en-gb"), a date's part, a container. */
const BEFORE_SECTION = /^(?:[a-z]{2}(?:[-_][a-z]{2})?|\d{4}|\d{1,2}|news|story)$/i;
/** At most this many such segments: an edition and a year, month and day. */
const BEFORE_SECTION_MAX = 4;
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
/** A line that tells something: a sentence of six words or more ("Thanks for reading." is a sign-off). */
const REPORT_SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]["”’]?$|^(?:\S+\s+){14,}/u;

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
  const section = urlSection(url);
  if (!section) return null;
  return section.startsWith('editorial') ? 'editorial' : section.startsWith('letters') ? 'letter to the editor' : 'opinion column';
}

/** The opinion section the address files the page under, read from its path alone (a query string is no section). */
function urlSection(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = path.split('/').filter((s) => s.length > 0);
  for (let i = 0; i < segments.length - 1 && i <= BEFORE_SECTION_MAX; i++) {
    if (SECTION.test(segments[i]!)) return segments[i]!.toLowerCase();
    if (!BEFORE_SECTION.test(segments[i]!)) return null;
  }
  return null;
}

function isContents(lines: readonly string[]): boolean {
  // Within the first few lines: a heading further down is a section of a story.
  const at = lines.slice(0, 4).findIndex((line) => CONTENTS_HEADING.test(line));
  if (at < 0) return false;
  const entries = lines.slice(at + 1, at + 1 + CONTENTS_ENTRIES);
  if (entries.length < CONTENTS_ENTRIES || !entries.every((line) => ENTRY.test(line) && !/[.!?]["”’]?$/.test(line))) return false;
  // A list with a report under it is an explainer's sections ("Contents / Income tax / Pensions / Fuel
  // duty / The chancellor on Wednesday raised ...": review73): a newsletter's list is all its page holds.
  return !lines.slice(at + 1 + CONTENTS_ENTRIES).some((line) => REPORT_SENTENCE.test(line));
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
