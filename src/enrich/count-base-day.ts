/**
 * The days a running count is measured from, which are not the report's news: the day of an earlier
 * figure the newer one is set against ("19 people had died ..., up from 15 on Monday", "down from 90
 * on Friday", "rose to 19 from 15 on Monday"), and the day the count started ("19 had died since the
 * outbreak was declared a week ago"). Read as candidates, each outscored the telling's own day ("said
 * on Tuesday"), and an outbreak's update was dated by its superseded figure or by its declaration
 * (review ux76b fault 5).
 */
const PREVIOUS_COUNT_BEFORE = /(?:\b(?:up|down)\s+from|\b(?:rose|risen|rising|climbed|increased|jumped|fell|fallen|dropped|declined)\s+(?:\S+\s+){0,4}?from|\bcompared\s+(?:with|to))\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+)?\d+(?:[,.]\d+)*\s+(?:[\p{L}-]+\s+){0,2}?(?:on|by)\s+(?:(?:early|late)\s+(?:on\s+)?)?$/iu;

/** A day's words that begin with the figure itself: the time tagger reads "15 on Monday" as one day. */
const FIGURE_IN_DAY = /^\d+(?:[,.]\d+)*\s+(?:on|by)\s+/i;

/**
 * Whether the words of a day's sentence before it (with any figure the day's own words begin with) end
 * with an earlier figure the newer one is set against: "up from 15 on ".
 */
export function previousCountOn(opening: string, dayText = ''): boolean {
  const figure = FIGURE_IN_DAY.exec(dayText);
  return PREVIOUS_COUNT_BEFORE.test(figure ? opening + figure[0] : opening);
}

/**
 * "since the outbreak was declared ", "since the epidemic was confirmed on ": the day the count runs
 * from. Only a declaration or a confirmation: "since he was shot on Friday" is a day of the story's own.
 */
const COUNT_START_BEFORE = /\bsince\s+(?:(?:the|an?|this|it|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been)\s+(?:officially\s+|first\s+)?(?:declared|confirmed)\s+(?:on\s+)?$/iu;

/** Whether the words before a day end with the start of the span a running count covers: "since the outbreak was declared ". */
export function countStartOn(opening: string): boolean {
  return COUNT_START_BEFORE.test(opening);
}
