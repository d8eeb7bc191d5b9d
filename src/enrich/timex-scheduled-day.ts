/**
 * Past forms that announce a day ahead rather than tell of one gone. A court "continues" a case to a
 * later day, and "the hearing was continued on Dec. 9" said in late November is that coming Dec. 9;
 * offices, schools and courts "closed on Dec. 24" in a holiday notice close on the coming eve. Read as
 * past verbs of happening (timex-chrono.ts, doneAhead), both had put a day a few weeks ahead eleven
 * months back. A plain past ("was arrested on Dec. 9", "the store closed on Dec. 9 after 40 years") keeps
 * the past bias: only the court's passive and a closure on a holiday, or in a sentence about one, are read so.
 */

/**
 * "were continued until", "has been continued to": the passive of a court's continuance names the day
 * it is put off to. "was continued on" may name the day the judge put it off as well: it is read ahead
 * only for a date a few weeks ahead, where a story would have given an old day's year (announcedAhead).
 */
const CONTINUED_UNTIL = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:again|once\s+more|later)\s+)?continued\s+(?:(?:again|once\s+more)\s+)?(?:to|until|till)\s+(?:(?:early|late|mid-?)\s*)?$/i;
const CONTINUED_ON = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:again|once\s+more|later)\s+)?continued\s+(?:(?:again|once\s+more)\s+)?on\s+(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * "continued the case to", "continued his sentencing until": a judge's continuance in the active, what
 * is continued named; not "continued to fall until", where "to" opens a verb.
 */
const CONTINUED_THE_CASE = /\bcontinued\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:case|cases|hearing|trial|arraignment|sentencing|matter|proceedings?)\s+(?:until|till|to)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** A closing or a reopening just before the date ("closed on", "will be shut on", "reopen on"). */
const CLOSURE_BEFORE = /\b(?:closed|closes|close|closing|shut|shuts|reopen|reopens|reopened)\s+(?:(?:all\s+day|early)\s+)?(?:on\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/** Days the calendar closes offices on, or their eves: Christmas, New Year, Independence Day, Veterans Day. */
const HOLIDAY_DAYS: ReadonlySet<string> = new Set(['12-24', '12-25', '12-26', '12-31', '1-1', '7-3', '7-4', '11-11']);

/** A holiday the sentence names. */
const HOLIDAY_WORDS = /\b(?:holidays?|Christmas|New\s+Year['’]?s?|Thanksgiving|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Memorial\s+Day|Labou?r\s+Day|Veterans\s+Day|Hanukkah|Kwanzaa)\b/i;

/** Whether the words before a date put a case off to it ("was continued until", "continued the hearing to"): the date lies ahead. */
export function continuedTo(before: string): boolean {
  return CONTINUED_UNTIL.test(before) || CONTINUED_THE_CASE.test(before);
}

/**
 * Whether a date a few weeks ahead after a past verb (`before` the words up to it, `sentence` its
 * sentence, `month` and `day` its own) is a day announced ahead: a continuance, or a closure on a
 * holiday or its eve or in a sentence that names one.
 */
export function announcedAhead(before: string, sentence: string, month: number, day: number): boolean {
  if (continuedTo(before) || CONTINUED_ON.test(before)) return true;
  return CLOSURE_BEFORE.test(before) && (HOLIDAY_DAYS.has(`${month}-${day}`) || HOLIDAY_WORDS.test(sentence));
}
