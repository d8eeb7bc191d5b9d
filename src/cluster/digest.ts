/**
 * A digest: a weekly or daily round-up that tells several incidents in turn ("Weekly security
 * round-up", "Week in review"), each by its own day. Joined to one of them, it gave that event the
 * others' ships, groups and lead sentence, and the other events lost it. It joins no event, and no
 * later report joins the event it starts (cluster/index.ts): it reports each incident in a paragraph,
 * none is its story, and an event that is a digest alone would otherwise gather reports of several
 * incidents (review ux72a: a weekly roundup read first took a week's sanctions and a missile launch
 * days apart into one record) or be the bridge that merges them.
 *
 * Known by a round-up's mark of a period in the headline or the outlet's name (a masthead such as
 * "Coastal Weekly Roundup"), and by a body that names two days or more of the week, one an incident: a round-up whose
 * body tells one day ("Roundup: the storm's second day") is one story told in parts. A headline that
 * names its subject's week ("Nonproliferation week: two launches and a rebuke", "The week in
 * shipping", "This week in Ukraine") asks for three days: "Fashion Week:" names a week-long event whose
 * report may give two. And with no mark at all, by a body framed by "last week" or "this week" that
 * tells three kinds of state act (a launch, sanctions, a council's vote) on three days or more.
 */
import type { Article } from '../model/types.js';

/**
 * A round-up of a period: "weekly security round-up", "daily digest", "week in review". A "City
 * Roundup" headline on a news site may front one incident's story with a second told after it, and the
 * page is that incident's report.
 */
const MARK = /\b(?:(?:weekly|daily|week's|weekend)\b[^|:\n]{0,30}\b(?:round-?ups?|digest|briefing|review|summary|bulletin)|week in review|week \d{1,2}\b[^\n]{0,40}\b(?:round-?ups?|digest))\b/i;
/**
 * A headline that names a subject's week: "<Subject> week:" at its start (one to three words, not
 * "Last week:" or "Next week:", which open one story's news), "The week in <subject>", "This week in
 * <subject>".
 */
const SUBJECT_WEEK = /^\s*(?!(?:last|next|this|that|a|one|the|every|each|holy|busy|big|long)\s+week\b)(?:[\p{L}'’-]+\s+){1,3}week\s*:|^\s*(?:the|this)\s+week\s+in\s+\p{L}/iu;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** The days a subject's week must name: more than a week-long event's report gives. */
const SUBJECT_WEEK_DAYS = 3;

/** A body's frame of a past or present week, in its opening: "twice in five days last week", "this week". */
const WEEK_FRAME = /\b(?:last|this|past)\s+week\b/i;
/** The opening read for the frame: a digest says what period it covers first. */
const FRAME_OPENING = 400;
/**
 * Kinds of state act a digest's clauses tell, one pattern each. Crimes are left out on purpose: a
 * shooting's report tells the shooting, the arrest and the charge on three days, all one story (GVA).
 */
const STATE_ACTS: readonly RegExp[] = [
  /\b(?:fired|launched|test-fired|tested)\b[^.;]{0,60}?\b(?:missiles?|rockets?|ICBMs?|satellites?|projectiles?)\b/iu,
  /\b(?:sanction(?:ed|s)|designated|blacklisted|froze)\b/iu,
  /\b(?:voted|vetoed|blocked|adopted|backed|passed|approved)\b[^.;]{0,60}?\b(?:statement|resolution|motion|bill|law)\b/iu,
  /\b(?:met|held\s+talks|signed|summit|phone\s+call|called)\b/iu,
];
/** Kinds, and days, a frame-only digest must tell. */
const BODY_KINDS = 3;
const BODY_DAYS = 3;

export function isDigest(article: Pick<Article, 'headline' | 'outlet' | 'body'>): boolean {
  const headline = article.headline ?? '';
  if (MARK.test(headline) || MARK.test(article.outlet ?? '')) return new Set(article.body.match(WEEKDAY) ?? []).size >= 2;
  if (SUBJECT_WEEK.test(headline)) return new Set(article.body.match(WEEKDAY) ?? []).size >= SUBJECT_WEEK_DAYS;
  return WEEK_FRAME.test(article.body.slice(0, FRAME_OPENING)) && actsOnDays(article.body);
}

/** Whether the body's clauses that name a weekday tell three kinds of state act on three days or more. */
function actsOnDays(body: string): boolean {
  const days = new Set<string>();
  const kinds = new Set<number>();
  for (const clause of body.split(/[.;!?\n]+/u)) {
    const day = clause.match(WEEKDAY)?.[0];
    if (!day) continue;
    const kind = STATE_ACTS.findIndex((p) => p.test(clause));
    if (kind < 0) continue;
    days.add(day);
    kinds.add(kind);
  }
  return days.size >= BODY_DAYS && kinds.size >= BODY_KINDS;
}
