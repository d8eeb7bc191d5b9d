/**
 * The day a page's address carries ("/2016/07/19/", "/20160719/", "-20161230-story.html"). Many news
 * sites put the day a story first came out in its address, and the address does not change when the
 * page is edited or re-stamped later; a page's own date can be that later stamp (an edit, a move to a
 * new system, the day it was crawled), so its "on Friday" would be read against the wrong week.
 */

/** A day in a path: "/2016/07/19/", "/2016-07-19/", "/20160719/", "-20160719-". */
const SLASHED = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/|$)/;
const DASHED = /[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const RUN = /[/_=-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** How many days before the page's date the address's day must lie to be taken instead: a story filed late at night may be stamped the next day. */
const EARLIER_DAYS = 2;
const DAY_MS = 86_400_000;

/** The day an address carries, as YYYY-MM-DD, or null. Only the path and query: a host has no day. */
export function urlDay(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const m = SLASHED.exec(path) ?? DASHED.exec(path) ?? RUN.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  // "2015/02/31" is no day.
  if (at.getUTCMonth() !== mo - 1) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * The page's publication time, or the address's day where that lies two days or more before it: the
 * page's stamp is then a later one. A day after it says nothing (an address may be made ahead).
 */
export function withUrlDay(publishedAt: string | null, url: string | null): string | null {
  const day = urlDay(url);
  if (!day || !publishedAt) return publishedAt;
  const stamped = Date.parse(publishedAt.slice(0, 10));
  if (Number.isNaN(stamped)) return publishedAt;
  return stamped - Date.parse(day) >= EARLIER_DAYS * DAY_MS ? day : publishedAt;
}
