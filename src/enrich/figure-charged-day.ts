/**
 * The day a political figure was charged, as the lead of a report of a case that harmed no one tells
 * it: "Prosecutors on Thursday charged opposition leader X with organising mass riots ... [next
 * sentence] X was detained on Tuesday". Each court step of such a case is a record of its own day
 * (README), and the lead's charge is this report's step. In chooseEventDate the charge's words weigh
 * as an aftermath's (in a crime's story the shooting's day wins), so the detention's day the next
 * sentence recalls had won (review ux75b). Only a political figure (the detention step of
 * cluster/unrest-steps.ts) and only where the page names no violence (cluster/case-steps.ts): a
 * suspect charged over a shooting keeps the shooting's day.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';
import { POLITICAL_FIGURE, figureNameCased } from '../cluster/unrest-steps.js';
import { namesViolence } from '../cluster/case-steps.js';

const FIGURE_CHARGED = new RegExp(
  [
    String.raw`\b(?:charged|indicted)\s+(?:the\s+|a\s+)?(?:main\s+|leading\s+|prominent\s+|veteran\s+)?${POLITICAL_FIGURE}\b`,
    String.raw`\b${POLITICAL_FIGURE}\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?(?:charged|indicted)\b`,
  ].join('|'),
  'iu',
);

/** Days before the publication within which the lead's day may be the charge's (a week's weekdays). */
const WITHIN_DAYS = 7;

/**
 * The lead's day for a political figure's charge in a report naming no violence: the latest day the
 * lead sentence names, up to `latest` (ms, the last day an event may fall on) and no more than a week
 * before `published` (ms); null where the lead tells no such charge or names no day.
 */
export function figureChargedDay(body: string, sentences: readonly Span[], timexes: readonly Timex[], published: number, latest: number): DateEvidence | null {
  const lead = sentences[0];
  if (!lead) return null;
  const text = body.slice(lead.start, lead.end);
  const charged = FIGURE_CHARGED.exec(text);
  // "a lawyer for the opposition leader said three students were charged": no figure charged.
  if (!charged || !figureNameCased(charged[0]) || namesViolence('', body)) return null;
  let found: { at: number; timex: Timex } | null = null;
  for (const timex of timexes) {
    if (timex.start < lead.start || timex.end > lead.end || !/^\d{4}-\d{2}-\d{2}/.test(timex.value)) continue;
    const at = Date.parse(`${timex.value.slice(0, 10)}T00:00:00Z`);
    if (!(at <= latest && at >= published - WITHIN_DAYS * 86400000)) continue;
    if (!found || at > found.at) found = { at, timex };
  }
  if (!found) return null;
  return { value: found.timex.value.slice(0, 10), anchoring: found.timex.anchoring, fallback: false, text: found.timex.text, sentence: text };
}
