/**
 * A day of the month is no count: "wounded in the neck outside a cousin's home in Millbrook April 23 died
 * on Monday" had read as 23 dead. A figure right after a month's name (capitalised, as a date writes
 * it: "may" the verb is not one) is that day.
 */
const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;

/** Whether the figure at `at` in `text` is written as a day of a month ("March 18", "Aug. 9"). */
export function dayOfMonth(text: string, at: number): boolean {
  return MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}
