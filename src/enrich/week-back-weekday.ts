/**
 * A bare weekday that reads back six days ("Monday" in a report dated Sunday): the farthest back a
 * weekday can reach, and in reports mostly not the day meant. A page stamped a day before it was written
 * tells of the day after its stamp ("deputies searched the area Wednesday" on a page dated Tuesday); a
 * scraped page carries another, older story beside its own ("charges were filed Friday in a chase").
 * On GVA's development half (even incident ids) such days were the event's for 7 articles and missed it,
 * the event being on or next to the publication day, for 16. Not where the text names the day as past
 * ("last Tuesday") or names the incident by it ("Friday's drive-by shooting", "the Friday shooting"): a
 * follow-up a week on writes its incident so. The caller (event-date.ts) also keeps it where it
 * follows the shooting's own words ("had been shot Saturday", "killed by gunfire from a passing car on
 * Thursday") or its clause goes on to tell it ("waited in a pickup Tuesday morning when a gunman
 * opened fire"); a sentence that only names the shooting beside another step ("a warrant went out
 * for him on Saturday afternoon, a day after ... was shot", "released from jail Wednesday") does not
 * keep it (fifty-ninth session: GVA readings even +3, odd +1, none lost).
 */

/** A weekday and at most a part of the day, no number: "Monday", "Friday night", "early Sunday". */
const BARE_WEEKDAY = /^(?!.*\d)(?=.*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\p{L}\s.-]+$/iu;
/** "last Tuesday": a day the text puts in the past week itself. */
const LAST_BEFORE = /\blast\s+$/i;
/** The incident named by the day: "Friday's drive-by shooting", "the Saturday shooting". */
const INCIDENT_NAMED_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:shooting|shootings|stabbing|killing|killings|slaying|homicide|murder|attack|incident|crash|robbery|carjacking|gunfire|violence)\b/i;
const DAY_MS = 86400000;
/** A written date in brackets right after the weekday: "(May 19)", "(5/19)". */
const DATE_IN_BRACKETS_AFTER = /^\s*\(\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\/\d{1,2})\b[^)]{0,10}\)/i;
/** How many days back a weekday reads when it is the one after the publication day's weekday. */
const WEEK_BACK_DAYS = 6;

/**
 * Whether the date `text` at `start`..`end` of `body` is a bare weekday read six days before the
 * publication day `published` (both UTC midnights in milliseconds), written neither as past nor as the
 * incident's name.
 */
export function weekBackWeekday(body: string, text: string, start: number, end: number, at: number, published: number): boolean {
  if (published - at !== WEEK_BACK_DAYS * DAY_MS || !BARE_WEEKDAY.test(text) || /\blast\b/i.test(text)) return false;
  // "Thursday afternoon (May 19)": the writer gives the weekday's date beside it, so it is no bare weekday.
  if (DATE_IN_BRACKETS_AFTER.test(body.slice(end, end + 24))) return false;
  return !LAST_BEFORE.test(body.slice(Math.max(0, start - 8), start)) && !INCIDENT_NAMED_AFTER.test(body.slice(end, end + 60));
}
