/**
 * Figures of a past time that a report with no date of its own cannot date. A sentence dated to
 * another time than the event's ("shipments worth $3.1 billion left port last year") keeps its
 * figures apart from the event's own: they are compared only with figures of the same earlier time
 * (facts.ts). A copy of the same wire that gives no publication date cannot read "last year" as a
 * year, so its sentence was kept apart from every dated copy's. Its figures are marked as of a time
 * it cannot tell, and meet figures of the same thing of any time.
 */

/** What marks a kind of figure as of a past time the report cannot date. */
const ANY_TIME = '? ';

/** A period counted back from the report's own day: "last year", "the previous month", "two years ago". */
const RELATIVE_PAST = /\b(?:last|previous|past|preceding)\s+(?:year|month|decade|quarter|spring|summer|autumn|fall|winter)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b/i;

/** Whether a sentence of a report with no publication date tells a time counted back from that date. */
export function undatablePast(text: string, published: string | null | undefined): boolean {
  return !published && RELATIVE_PAST.test(text);
}

/** A kind of figure marked as of a time the report cannot tell. */
export function ofAnyTime(kind: string): string {
  return `${ANY_TIME}${kind}`;
}

/** A kind of figure dated to another time ("2025 money:USD") or of a time untold, without its time. */
const TIME_PREFIX = /^(?:\? |\d{4}\S* )/;

/**
 * The two kinds as compared: where either is of a time its report cannot tell, both without their
 * time; otherwise as they are (a figure of an earlier time meets only that time's).
 */
export function comparedKinds(x: string, y: string): [string, string] {
  if (x.startsWith(ANY_TIME) || y.startsWith(ANY_TIME)) return [x.replace(TIME_PREFIX, ''), y.replace(TIME_PREFIX, '')];
  return [x, y];
}
