/**
 * When a report told something. An article's time is its publication, but a live page's entries were
 * posted over hours (extract/live-blog.ts): what an entry tells was reported at the entry's time, so a
 * toll a live page gave at 09:00 and revised at 14:00 is not dated by the page's first line.
 */
import type { Article } from '../model/types.js';

/** Instants (ms) only: the times are compared, whatever zone each was written in. */
function publication(article: Article): number {
  return article.publishedAt ? Date.parse(article.publishedAt) : NaN;
}

/** The live entries with a time, as instants. */
function timedEntries(article: Article): { start: number; end: number; at: number }[] {
  return (article.liveEntries ?? []).filter((e) => e.time !== null).map((e) => ({ start: e.start, end: e.end, at: Date.parse(e.time!) }));
}

/** When the article reported what begins at `offset` of its body: the entry holding it, else the publication (NaN when unknown). */
export function reportedAt(article: Article, offset: number): number {
  const entry = timedEntries(article).find((e) => offset >= e.start && offset < e.end);
  return entry ? entry.at : publication(article);
}

/** When the article reported this text of its body (a fact's sentence), as reportedAt; its publication where the text is not found. */
export function textReportedAt(article: Article, text: string): number {
  if (!article.liveEntries?.length) return publication(article);
  const at = article.body.indexOf(text);
  return at < 0 ? publication(article) : reportedAt(article, at);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * When the article reported a figure ("19"): the times of the live entries whose text gives it (in
 * digits, or in words up to twenty; a clock time gives none), else its publication. One page may give a figure in several entries.
 */
export function figureReportedAt(article: Article, figure: string): number[] {
  const entries = timedEntries(article);
  if (entries.length === 0) return [publication(article)];
  const pattern = figurePattern(figure);
  const times = entries.filter((e) => pattern.test(article.body.slice(e.start, e.end))).map((e) => e.at);
  return times.length > 0 ? times : [publication(article)];
}

/** A figure ("19") as a text writes it: in digits (not a clock time), or in words up to twenty. */
export function figurePattern(figure: string): RegExp {
  const digits = figure.replace(/[^\d]/g, '');
  const word = NUMBER_WORDS[Number(digits)];
  // Not a clock time ("a briefing at 12:30", "at 12 pm", "10:12 GMT"): the hour or minutes of one are no figure.
  return new RegExp(`(?<![\\d,.]|\\d:)${digits.replace(/\B(?=(\d{3})+$)/g, ',?')}(?![\\d]|[,.:]\\d|\\s*[ap]\\.?m\\b)${word ? `|\\b${word}\\b` : ''}`, 'i');
}
