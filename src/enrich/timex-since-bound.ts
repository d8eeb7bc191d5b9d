/**
 * A date that only bounds a record ("its lowest close since March 2003", "the biggest one-day fall since
 * 1987", "the first contraction since 2004") tells when nothing in the story happened: it is the far end
 * of a comparison. So it anchors no later "a year earlier", "the following day" or "that month", which
 * go on from the story's own time ("... its highest level since 1999. A year earlier it stood at 5.2
 * percent." is a year before the report, not 1998).
 */

/** A superlative or "first" up to 60 characters before "since" and the date, in one clause. */
const RECORD_SINCE =
  /\b(?:highest|lowest|largest|biggest|smallest|worst|best|strongest|weakest|sharpest|steepest|deepest|fastest|slowest|longest|shortest|earliest|deadliest|coldest|hottest|warmest|wettest|driest|heaviest|busiest|quietest|fewest|first)\b[^.;:!?]{0,60}\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i;

/** Whether the date starting at this offset of the text is the far end of a record ("the lowest since <date>"). */
export function boundsRecord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  return before.includes('since') && RECORD_SINCE.test(before);
}
