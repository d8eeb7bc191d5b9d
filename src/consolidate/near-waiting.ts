/**
 * The earlier events of a built event, with the near mentions kept back. A mention dated a few days
 * before the event ("stole ... last weekend" in a statement of Thursday) is listed only where another
 * stored event answers it, since unlinked it may be the event itself misdated. Dropped outright, it
 * could never be linked when the report of that earlier event came in after the statement: the order
 * of arrival decided what an analyst saw. Kept here, unshown, it waits under the keys of
 * earlier-links.ts like an unlinked mention, and the earlier event links it when it is written.
 */
import type { Article, NewsEvent, WaitingMention } from '../model/types.js';
import { contentWords } from './facts.js';
import { type EventLookup, type JudgedRelated, judgeRelated } from './related.js';

/** The `related` and (where some wait) `nearWaiting` fields of an event built from `articles`. */
export async function relatedFields(articles: readonly Article[], selfId: string, lookup: EventLookup | null, selfDate: string | null): Promise<Pick<NewsEvent, 'related' | 'nearWaiting'>> {
  const judged = await judgeRelated(articles, selfId, lookup, selfDate);
  const related = judged.filter((j) => !j.waiting).map((j) => j.related);
  const waiting = waitingOf(judged);
  return waiting.length > 0 ? { related, nearWaiting: waiting } : { related };
}

/** The near mentions of a judgement that wait for a stored event. */
export function waitingOf(judged: readonly JudgedRelated[]): WaitingMention[] {
  return judged.filter((j) => j.waiting).map((j) => ({ description: j.related.description, date: j.related.date }));
}

/**
 * Whether a judged part (a mention as listed unlinked) is the waiting mention: the same date, and the
 * same description or a word of it (a judgement made with more reports may word it otherwise).
 */
export function answersWaiting(part: WaitingMention, waiting: WaitingMention): boolean {
  if (part.date !== waiting.date) return false;
  if (part.description === waiting.description) return true;
  const words = contentWords(waiting.description);
  return [...contentWords(part.description)].some((w) => words.has(w));
}

/** `nearWaiting` of an event whose waiting mentions `answered` parts now link: those left, absent where none are. */
export function stillWaiting(waiting: readonly WaitingMention[] | undefined, answered: readonly WaitingMention[]): Pick<NewsEvent, 'nearWaiting'> {
  const left = (waiting ?? []).filter((w) => !answered.some((p) => answersWaiting(p, w)));
  return left.length > 0 ? { nearWaiting: left } : {};
}
