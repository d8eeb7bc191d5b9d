/**
 * A headline set in capitals ("REGION SHUTS SCHOOLS AS FEVER SPREADS") shouts on a list of events, and
 * one that only labels a document ("FEVER SITUATION REPORT No. 9 - Week 12", "Outbreak update No. 3")
 * says what kind of page carried the news, not what happened. An event prefers another report's
 * headline written in ordinary case; where it has none, a label gives way to the report's lead, and a
 * headline in capitals is put in title case (its acronyms kept where the text writes them so).
 */
import { leadTitle } from './lead-title.js';

/** What a headline may hold that says nothing of the news: numbering, a week, a date, punctuation. */
const NUMBERING = /\b(?:no\.?|nr\.?|number|issue|edition|vol\.?|week|epi(?:demiological)?\s+week|day|#)\s*\d+\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\b|\b\d+\b/gi;
/** The kinds of document an office issues under a label. */
const DOCUMENT = /\b(?:situation\s+report|sitrep|(?:epidemiological|weekly|daily|monthly|health|outbreak|disease|surveillance)\s+(?:bulletin|report|update)|bulletin|update|press\s+briefing|briefing\s+note|fact\s*sheet|information\s+note|communiqu[eé])\b/gi;
/** Words a label may add to its kind: whose or what about ("cholera", "national", "official"). */
const MOST_SUBJECT_WORDS = 2;

/** Whether a headline only labels a document: its kind, at most two words of subject, and numbering. */
export function isDocumentLabel(headline: string): boolean {
  if (!new RegExp(DOCUMENT.source, 'i').test(headline)) return false;
  const rest = headline.replace(DOCUMENT, ' ').replace(NUMBERING, ' ').split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !/^(?:of|the|on|for|and|in|no)$/i.test(w));
  return rest.length <= MOST_SUBJECT_WORDS;
}

/** Whether most of a headline's words are written in capitals. */
export function isShouted(headline: string): boolean {
  const words = headline.split(/[^\p{L}]+/u).filter((w) => w.length > 1);
  const capitals = words.filter((w) => w === w.toUpperCase());
  return capitals.length >= 2 && capitals.length * 3 >= words.length * 2;
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'from', 'with', 'into', 'over', 'after', 'amid', 'vs']);

/** A headline in capitals in title case: "REGION SHUTS SCHOOLS AS WHO WARNS" -> "Region Shuts Schools as WHO Warns" where the text writes "WHO". */
export function titleCased(headline: string, body = ''): string {
  // Acronyms the report writes in capitals in its running text (not in a line of capitals).
  // Only the headline's own words are looked for, and each line is judged once: a long body of one line
  // judged at every capitals word was quadratic (review69: 2 s on 40,000 characters).
  const asked = new Set(headline.match(/\p{Lu}{2,}/gu) ?? []);
  const shouted = new Map<number, boolean>();
  const kept = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}])(\p{Lu}{2,})(?![\p{L}])/gu)) {
    if (!asked.has(m[1]!) || kept.has(m[1]!)) continue;
    const start = body.lastIndexOf('\n', m.index!) + 1;
    let loud = shouted.get(start);
    if (loud === undefined) shouted.set(start, (loud = isShoutedLine(body, m.index!)));
    if (!loud) kept.add(m[1]!);
  }
  let first = true;
  return headline.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const opening = first;
    first = false;
    if (word !== word.toUpperCase() || kept.has(word)) return word;
    const lower = word.toLowerCase();
    if (!opening && SMALL.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** Whether the line around `at` is written in capitals (a masthead, a heading). */
function isShoutedLine(body: string, at: number): boolean {
  const start = body.lastIndexOf('\n', at) + 1;
  const end = body.indexOf('\n', at);
  return isShouted(body.slice(start, end < 0 ? body.length : end));
}

/** Whether a headline reads as news: neither a document's label nor capitals. */
export function readsAsNews(headline: string): boolean {
  return !isDocumentLabel(headline) && !isShouted(headline);
}

/** The reports with headlines, those whose headline reads as news first, each side in its order. */
export function newsFirst<T extends { headline: string | null }>(reports: readonly T[]): T[] {
  const news = reports.filter((a) => a.headline && readsAsNews(a.headline));
  return news.length === 0 || news.length === reports.length ? [...reports] : [...news, ...reports.filter((a) => !news.includes(a))];
}

/** A town and its date or wire before a dash, opening a lead: "Tarvos, 3 May 2031 - ", "TARVOS -- ". */
const LEAD_DATELINE = /^\s*\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2}(?:,\s*[^\n,()–—-]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--?|[–—])\s+(?=[\p{Lu}\d])/u;

/** The event's title from its chosen headline and the report that gave it (see above). */
export function readableTitle(title: string, body: string | null): string {
  if (body && isDocumentLabel(title)) {
    const lead = leadTitle(body.replace(LEAD_DATELINE, ''));
    if (lead && lead !== '(untitled)') return lead;
  }
  return isShouted(title) ? titleCased(title, body ?? '') : title;
}
