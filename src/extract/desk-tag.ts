/**
 * Wire desks' tags before a headline: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)";
 * Reuters' "UPDATE 2-", "EXCLUSIVE-", "RPT-". They say how the story was filed, not what it reports,
 * and an event titled "(LEAD) N. Korean hacking group ..." reads as a wire queue, so they are cut.
 */
const DESK_TAG = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|EDITORIAL|RECAST|CORRECTED|REFILE)[^)]{0,20}\)\s*|(?:UPDATE\s+\d+|EXCLUSIVE|WRAPUP\s+\d+|RPT|REFILE|CORRECTED|BREAKINGVIEWS|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT)\s*-\s*)+/;

export function withoutDeskTag(headline: string): string {
  const cut = headline.replace(DESK_TAG, '');
  return cut.length >= 10 ? cut : headline;
}
