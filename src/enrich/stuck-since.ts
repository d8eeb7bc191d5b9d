/**
 * A day a stranding began: "a convoy of 38 trucks ... has been stuck since Thursday at the border
 * crossing", "the lorries had been stranded since Monday". The report's news is the standoff, and it
 * began that day; read as a tally's span ("three shootings since Friday", event-date.ts), the day was
 * passed over and the report dated by its telling ("officials said on Friday"), a day off the standoff
 * and beside the aftershock of that day, and apart from the release two days on by one day only, which
 * read as two accounts of one date (review ux75a).
 *
 * Only "been stuck" or "been stranded" right before "since": a person "held since Friday" or "missing
 * since Friday" is a shooting's or a search's story, dated by its incident.
 */
const STUCK_SINCE = /\bbeen\s+(?:stuck|stranded)\s+since\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i;

/** Whether the words before a day say a stranding began on it ("has been stuck since"). */
export function strandedSince(before: string): boolean {
  return STUCK_SINCE.test(before);
}
