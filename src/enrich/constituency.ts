/**
 * A place named as a member's constituency is who the member is, not where the event happened:
 * "Alex Pryor, MP for Gloucester", "Gloucester MP Alex Pryor", "the member for Stroud", "a senator from
 * Ohio". A report of a debate placed there (review ux74a fault 6).
 */

/** "MP for", "Member of Parliament for", "the member for", "senator from", "congresswoman from". */
const SEAT_BEFORE = /(?:\b(?:MPs?|MSPs?|MEPs?|TDs?|[Mm]embers?\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?Parliament|[Mm]ember)\s+for|\b(?:[Ss]enator|[Cc]ongress(?:man|woman)|Representative|Rep\.)\s+from)\s+(?:the\s+)?$/u;
/** "Gloucester MP", "Stroud's MP": a town before the member's title (upper case: "mp" is no title). */
const SEAT_AFTER = /^(?:['’]s)?\s+(?:MPs?|MSPs?|MEPs?)\b/u;

/** Whether the place at `start`..`end` of `body` is named as a member's constituency. */
export function namesAConstituency(body: string, start: number, end: number): boolean {
  return SEAT_BEFORE.test(body.slice(Math.max(0, start - 50), start)) || SEAT_AFTER.test(body.slice(end, end + 8));
}
