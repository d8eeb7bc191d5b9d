/**
 * A public event a later sentence names by its written-out day as a modifier: "the violent dispersal of
 * the October 24 protest", "the results of the March 3 election". The day is that event's, named in
 * passing; where the lead tells its own act by a later day ("The United States on Wednesday imposed
 * visa restrictions"), the lead's day is the report's (review ux75b). Nouns of violence ("the May 25
 * shooting") are left to the incident rules: a follow-up is dated by the shooting it follows.
 */

/** "the " right before the day: the day modifies a noun. */
export const ARTICLE_BEFORE = /\bthe\s+$/i;
/** A written-out month and day, not a weekday ("the Sunday vote" may be the article's own). */
export const MONTH_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?$/i;
/** The public event the day modifies, after at most two words ("the October 24 opposition protest"). */
const PUBLIC_EVENT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:protests?|rally|rallies|demonstrations?|marches|march|elections?|vote|polls|referendum|run-?off|summit|talks|ruling|verdict)\b/iu;

/** Whether a date (`text`, with the words before and after it) names another public event as its modifier. */
export function datedPublicEvent(before: string, text: string, after: string): boolean {
  return MONTH_DAY.test(text.trim()) && ARTICLE_BEFORE.test(before) && PUBLIC_EVENT_AFTER.test(after);
}
