/**
 * A number right after a month's name is a day of that month, not a count: "the March 2 attack" had
 * read as two attacks, so two sentences naming that day met as figures of one thing and joined as one
 * fact. ("the 2 March attack" gives no count already: the counted word would be the month.) A month
 * told as a span before the number stays a count ("In March 3 people were killed").
 */

const MONTH_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+$/u;

/** Words before a month that make it a span the count happened in, not a date. */
const SPAN_BEFORE = /^(?:in|during|throughout|last|this|early|late|mid)\s+$/i;

/** Whether the figure `raw` at `at` in `text` is a day of the month named right before it. */
export function dayOfMonth(text: string, at: number, raw: string): boolean {
  if (!/^\d{1,2}$/.test(raw) || Number(raw) < 1 || Number(raw) > 31) return false;
  const before = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  return before !== null && !SPAN_BEFORE.test(before[1] ?? '');
}
