/**
 * A day named as when something was told, not when it happened: "police said Friday", "confirmed
 * Monday that", "told a news conference Friday afternoon", "announced late on Wednesday". A crime
 * report tells of a night, then of who said what on a later day; "whatever transpired that night",
 * "the people who were there that night" go back to the night of the events, not to the day of the
 * telling, which had anchored them four times in the nineteenth round's sample of news pages
 * (twentieth round). Only the verb straight before the day, or "told" and up to three words ("told
 * reporters Friday"): "Police said the man died Thursday" names the day of the death.
 */

const TELLING_BEFORE =
  /\b(?:said|says|announced|confirmed|stated|testified|reported|explained|wrote|told(?:\s+[\w'’-]+){1,3}?)(?:\s+(?:late|early))?(?:\s+on)?\s+$/i;

/** Whether the reading starting at `start` names the day something was said (the words before it in `body`). */
export function namesTellingDay(body: string, start: number): boolean {
  return TELLING_BEFORE.test(body.slice(Math.max(0, start - 48), start));
}
