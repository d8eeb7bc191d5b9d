/**
 * Past forms that announce a day ahead rather than tell of one gone. A court "continues" a case to a
 * later day, and "the hearing was continued on Dec. 9" said in late November is that coming Dec. 9;
 * offices, schools and courts "closed on Dec. 24" in a holiday notice close on the coming eve. Read as
 * past verbs of happening (timex-chrono.ts, doneAhead), both had put a day a few weeks ahead eleven
 * months back. A plain past ("was arrested on Dec. 9", "the store closed on Dec. 9 after 40 years") keeps
 * the past bias: only a court's continuance in a sentence with a court word and no past event after it,
 * and a holiday closure in a notice's words ("will be closed", "are closed", "offices closed", "closed on
 * Dec. 24 and will reopen") with no mark of the past (a year, "never", deaths, layoffs), are read so.
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

/**
 * A court word in the sentence: a continuance puts a case off ("the talks were continued on Dec. 5" is
 * not one, and keeps the past bias).
 */
const COURT_WORD = /\b(?:case|cases|hearings?|trials?|arraignments?|sentencing|judge|court|courtroom|magistrate|prosecutors?|defen[cs]e|attorneys?|lawyers?|motions?|plea|bond|docket|proceedings?|jury)\b/i;

/**
 * A past event told after the day a case was continued to ("until Monday, when he pleaded guilty"): the
 * story narrates the continuance from after that day, so the day is gone by.
 */
const PAST_WHEN_AFTER = /^[^.;]{0,12}?\bwhen\s+(?:[\w'-]+\s+){1,3}?(?:pleaded|pled|was|were|admitted|agreed|appeared|entered|received|testified|waived|accepted|ruled|took|had)\b/i;

/**
 * The notice forms of a closure before the date: "will be closed on", "are closed on", "remain closed
 * on", "closes on", "will close on". A past "closed" alone is a notice only in the cases of
 * NOTICE_CLOSED_BY and REOPEN_AFTER; a past "reopened" never is ("the bridge reopened on Dec. 26").
 */
const NOTICE_CLOSURE_BEFORE = /\b(?:(?:will\s+(?:be|remain)|are|is|remain|remains)\s+(?:(?:also|all)\s+)?(?:closed|shut)|(?:will\s+)?(?:close|shut|reopen)|closes|shuts|reopens)\s+(?:(?:all\s+day|early)\s+)?(?:on\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/** "closed on" just before the date, a past or a participle. */
const CLOSED_BEFORE = /\b(?:closed|shut)\s+(?:(?:all\s+day|early)\s+)?(?:on\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * The offices a holiday notice closes, just before "closed on": "Town offices closed on Dec. 24". A plant,
 * mill or store that "closed on Dec. 24" is told of as a closure that happened.
 */
const NOTICE_CLOSED_BY = /\b(?:offices|office|schools|libraries|library|courts|courthouse|banks|city\s+hall|town\s+hall|post\s+offices?|government\s+buildings?|DMV)\s+(?:(?:will\s+be|are|is|be)\s+)?(?:closed|shut)\s+(?:(?:all\s+day|early)\s+)?(?:on\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/** "... and will reopen", "reopening on": the notice tells of the reopening to come. */
const REOPEN_AFTER = /\b(?:will\s+reopen|reopens|reopening|to\s+reopen)\b/i;

/**
 * What marks a closure as told of, not announced: a year, "last year", "never", "after 40 years", deaths or
 * layoffs, an explosion.
 */
const PAST_MARKERS = /\b(?:last\s+year|never|after\s+(?:\d+|[a-z]+)\s+(?:years|decades)|a\s+year|(?:19|20)\d\d|deaths?|died|dead|killed|killing|layoffs?|laid\s+off|laying\s+off|lost\s+(?:their|his|her|its)\s+jobs?|explosion|blast)\b/i;

/** Days the calendar closes offices on, or their eves: Christmas, New Year, Independence Day, Veterans Day. */
const HOLIDAY_DAYS: ReadonlySet<string> = new Set(['12-24', '12-25', '12-26', '12-31', '1-1', '7-3', '7-4', '11-11']);

/** A holiday the sentence names (not the bare word "holiday", which a story of a past closure uses as well). */
const HOLIDAY_NAMES = /\b(?:Christmas|New\s+Year['’]?s?|Thanksgiving|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Memorial\s+Day|Labou?r\s+Day|Veterans\s+Day|Hanukkah|Kwanzaa)\b/i;

/**
 * Whether the words before a date put a case off to it ("was continued until", "continued the hearing
 * to"): the date lies ahead. With `sentence` and `after` (the words after the date), only in a sentence
 * with a court word and not where a past event follows ("until Monday, when he pleaded guilty").
 */
export function continuedTo(before: string, sentence?: string, after?: string): boolean {
  if (!CONTINUED_UNTIL.test(before) && !CONTINUED_THE_CASE.test(before)) return false;
  if (sentence !== undefined && !COURT_WORD.test(sentence)) return false;
  return after === undefined || !PAST_WHEN_AFTER.test(after);
}

/**
 * Whether a date a few weeks ahead after a past verb (`before` the words up to it, `around` the words
 * about it, `after` those after it, `month` and `day` its own) is a day announced ahead: a continuance in
 * a court story, or a holiday closure in a notice's words with no mark of the past.
 */
export function announcedAhead(before: string, around: string, after: string, month: number, day: number): boolean {
  if ((continuedTo(before) || CONTINUED_ON.test(before)) && COURT_WORD.test(around) && !PAST_WHEN_AFTER.test(after)) return true;
  if (PAST_MARKERS.test(around) || !(HOLIDAY_DAYS.has(`${month}-${day}`) || HOLIDAY_NAMES.test(around))) return false;
  return NOTICE_CLOSURE_BEFORE.test(before) || NOTICE_CLOSED_BY.test(before) || (CLOSED_BEFORE.test(before) && REOPEN_AFTER.test(after));
}
