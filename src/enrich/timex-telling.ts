/**
 * A day named as when something was told, not when it happened: "police said Friday", "confirmed
 * Monday that", "told a news conference Friday morning", "announced late on Wednesday". A crime
 * report tells of a night, then of who said what on a later day; "whatever transpired that night",
 * "the people who were there that night" go back to the night of the events, not to the day of the
 * telling, which had anchored them four times in the nineteenth round's sample of news pages
 * (twentieth round). Only the verb straight before the day, or "told" and up to three words ("told
 * reporters Friday"): "Police said the man died Thursday" names the day of the death. So is a day
 * named for a news conference, a hearing or the charges: steps of the case, not its events.
 */

const TELLING_BEFORE =
  /\b(?:said|says|announced|confirmed|stated|testified|reported|explained|wrote|told(?:\s+[\w'’-]+){1,3}?)(?:\s+(?:late|early))?(?:\s+on)?\s+$/i;

/**
 * A day named for a step of the telling or of the case, not of the events: "a news conference Friday",
 * "his bond hearing Friday", "At Tuesday's news conference", "Friday's charges".
 */
const PROCEEDING = String.raw`(?:(?:news|press)\s+(?:conference|briefing|release)|briefing|(?:bond\s+|court\s+)?hearing|arraignment|court\s+appearance|charges)`;
const PROCEEDING_BEFORE = new RegExp(String.raw`\b${PROCEEDING}\s+(?:on\s+)?$`, 'i');
const PROCEEDING_AFTER = new RegExp(String.raw`^['’]s\s+${PROCEEDING}\b`, 'i');

/** Whether the reading at `start`..`end` names the day something was said, or a step of the case (the words around it in `body`). */
export function namesTellingDay(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 48), start);
  const words = body.slice(start, end);
  // Only a day by its name ("Friday", "Friday afternoon"): "Friday's" leads its noun.
  const after = body.slice(end, end + 32);
  return TELLING_BEFORE.test(before) || PROCEEDING_BEFORE.test(before) || (/day$/i.test(words) && PROCEEDING_AFTER.test(after));
}
