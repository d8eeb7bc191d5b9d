/**
 * A day a stranding began: "a convoy of 38 trucks ... has been stuck since Thursday at the border
 * crossing", "the lorries had been stranded since Monday". The report's news is the standoff, and it
 * began that day; read as a tally's span ("three shootings since Friday", event-date.ts), the day was
 * passed over and the report dated by its telling ("officials said on Friday"), a day off the standoff
 * and beside the aftershock of that day, and apart from the release two days on by one day only, which
 * read as two accounts of one date (review ux75a).
 *
 * Also with the place between and another auxiliary: "the lorries remain stranded at the Tervo crossing
 * since Monday", "are stuck on the bridge since". Only "stuck" or "stranded" (after "been", "remain",
 * "are", "were"...) before "since": a person "held since Friday" or "missing since Friday" is a
 * shooting's or a search's story, dated by its incident.
 */
const STUCK_SINCE = /\b(?:been|remains?|remained|are|were|is|was|sat|sit|sits)\s+(?:stuck|stranded)\s+(?:(?:at|on|in|near|outside|along)\s+[^.;!?\n]{1,60}?\s)?since\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i;

/** How far before a day its stranding's words may stand (the place between included). */
export const STUCK_SINCE_REACH = 110;

/** Whether the words before a day say a stranding began on it ("has been stuck since"). */
export function strandedSince(before: string): boolean {
  return STUCK_SINCE.test(before);
}
