/**
 * A digest: a weekly or daily round-up that tells several incidents in turn ("Weekly security
 * round-up", "Week in review"), each by its own day. Joined to one of them, it gave that event the
 * others' ships, groups and lead sentence, and the other events lost it. It joins no event
 * (cluster/index.ts): it reports each incident in a paragraph, and none is its story.
 *
 * Known by a round-up's mark of a period in the headline or the outlet's name (a masthead such as
 * "Coastal Weekly Roundup"), and by a body that names two days or more of the week, one an incident: a round-up whose
 * body tells one day ("Roundup: the storm's second day") is one story told in parts.
 */
import type { Article } from '../model/types.js';

/**
 * A round-up of a period: "weekly security round-up", "daily digest", "week in review". A "City
 * Roundup" headline on a news site may front one incident's story with a second told after it, and the
 * page is that incident's report.
 */
const MARK = /\b(?:(?:weekly|daily|week's|weekend)\b[^|:\n]{0,30}\b(?:round-?ups?|digest|briefing|review|summary|bulletin)|week in review|week \d{1,2}\b[^\n]{0,40}\b(?:round-?ups?|digest))\b/i;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

export function isDigest(article: Pick<Article, 'headline' | 'outlet' | 'body'>): boolean {
  if (!MARK.test(article.headline ?? '') && !MARK.test(article.outlet ?? '')) return false;
  const days = new Set(article.body.match(WEEKDAY) ?? []);
  return days.size >= 2;
}
