/**
 * The page's own printed date against the one the input gives. A record's "publishedAt" is often when
 * the page was collected or re-stamped (an archive's crawl, a feed's re-run), and then it can lie months
 * or years after the story: "on Saturday" would be read against the wrong week. A date the page prints
 * under a label in its head ("Updated: 06/23/2015 7:18 PM", "Posted: Tuesday, Feb. 14, 2017") two days
 * or more before the given one says the story was out by then, so it is nearer to its writing. A day
 * either way is how time zones and late filing disagree, so the given date stands there; and a printed
 * date after it says nothing (an update after the story came out). The same holds for the date an
 * opening dateline gives in brackets (dated-dateline.ts): the day the story was filed.
 */

/** How many days before the given date the printed one must lie to be taken instead (as url-date.ts). */
const EARLIER_DAYS = 2;
const DAY_MS = 86_400_000;

/** The printed date where it lies two days or more before the given one, else the given one. */
export function withPrintedDay(given: string | null, printed: string | null): string | null {
  if (!given || !printed) return given;
  const givenDay = Date.parse(given.slice(0, 10));
  const printedDay = Date.parse(printed.slice(0, 10));
  if (Number.isNaN(givenDay) || Number.isNaN(printedDay)) return given;
  return givenDay - printedDay >= EARLIER_DAYS * DAY_MS ? printed : given;
}
