/**
 * Earlier events an article sets apart from its own (enrich/counted-back.ts: "four days after it
 * launched a ballistic missile"), as days, and the test that keeps an article or an event away from
 * the earlier event it tells of. Two launches four days apart are told in the same words by the same
 * outlets, and the join model, which reads a gap of a few days as a misread date about as often as
 * two events, joined them; an article that itself counts the days between the two is the better witness.
 */
import { countedBackEvents } from '../enrich/counted-back.js';
import type { Article } from '../model/types.js';

/**
 * YYYY-MM-DD days of earlier events the article counts back to from its own event's day, and of an
 * agreement, a meeting or a vote it names by a recent day or week ("last week's ceasefire", "the truce
 * signed in Doha last Thursday").
 */
export function earlierEventDays(article: Pick<Article, 'body' | 'sentences' | 'timexes' | 'eventDate'>): string[] {
  const own = article.eventDate;
  if (!own || own.fallback) return [];
  const days = countedBackEvents(article.body, article.sentences, article.timexes, own.value).map((e) => e.date);
  return [...new Set([...days, ...namedAgreementDays(article, own.value)])].sort();
}

const DAY_MS = 86_400_000;

/**
 * Agreements, meetings and votes: a report of what followed one (a breach of a truce, the results of a
 * vote, a clash after talks) is another event, which the record lists among the earlier events it
 * refers to. Not crimes or attacks: a report of an arrest "in last week's shooting" belongs to it.
 */
/**
 * Acts of states and bodies that a later act answers: sanctions and the resolution or veto at a
 * council are told by the reports of the next step ("the sanctions announced by the US Treasury on
 * Tuesday", "Russia's veto at the Security Council on March 13") and are events of their own. A bare
 * "statement" is not: police give one in every report of a crime.
 */
const POLICY_ACT = String.raw`(?:sanctions|designations|listings|blacklisting|resolution|veto|joint\s+statement|(?:missile|nuclear|weapons?)\s+(?:launch|test))`;
const AGREEMENT = String.raw`(?:ceasefire|cease-fire|truce|armistice|agreement|accord|deal|treaty|peace\s+plan|summit|talks|election|elections|vote|referendum|run-?off|${POLICY_ACT})`;
/** "last week's ceasefire", "Thursday's truce": the date right before the noun, one word between at most. */
const NOUN_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+)?${AGREEMENT}\b`, 'iu');
/**
 * "the October 18 presidential run-off", "the March 8 election": a vote named by its written-out day
 * (a month and a day, not a weekday: "the Sunday vote" may be the article's own). A challenge or an
 * appeal filed a week on names the vote so, and is an event of its own.
 */
const VOTE_NAMED_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:elections?|vote|referendum|run-?off)\b/iu;
const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;
/** Who acted, after a passive verb: "by the US Treasury ", "by the European Union ". */
const AGENT = String.raw`(?:by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})`;
/** Where: "in Doha ", "at the Security Council ". */
const PLACE = String.raw`(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)`;
/**
 * "the truce signed in Doha last Thursday", "the deal agreed on Friday": the noun, its verb, a place, the
 * date; a state's act also without its verb ("the veto at the Security Council on March 13").
 */
const NOUN_BEFORE = new RegExp(String.raw`\b${AGREEMENT}\s+(?:(?:was\s+|were\s+)?(?:signed|agreed|reached|brokered|struck|sealed|held|announced|concluded|imposed|adopted|issued|vetoed)\s+${AGENT}?${PLACE}?(?:on\s+)?|(?<=${POLICY_ACT}\s+)${PLACE}?(?:on|of)\s+)$`, 'iu');
/** How far back such an agreement may be named. */
const AGREEMENT_DAYS = 30;

function namedAgreementDays(article: Pick<Article, 'body' | 'timexes'>, own: string): string[] {
  const ownAt = Date.parse(`${own}T00:00:00Z`);
  const out: string[] = [];
  for (const timex of article.timexes) {
    if (timex.type !== 'DATE') continue;
    const after = article.body.slice(timex.end, timex.end + 40);
    const before = article.body.slice(Math.max(0, timex.start - 80), timex.start);
    if (!NOUN_AFTER.test(after) && !NOUN_BEFORE.test(before) && !(MONTH_DAY.test(timex.text) && /\bthe\s+$/i.test(before) && VOTE_NAMED_AFTER.test(after))) continue;
    for (const day of daysOf(timex.value)) {
      const at = Date.parse(`${day}T00:00:00Z`);
      // Earlier than the own day by more than a day, and not long before.
      if (ownAt - at > DAY_MS && ownAt - at <= AGREEMENT_DAYS * DAY_MS) out.push(day);
    }
  }
  return out;
}

/** The days a TimeML date value covers: a day, or the seven of an ISO week ("2026-W12"). */
function daysOf(value: string): string[] {
  const day = /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (day) return [day[1]!];
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!week) return [];
  // ISO week 1 holds 4 January; its Monday starts the count.
  const jan4 = Date.UTC(+week[1]!, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS) + (+week[2]! - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * DAY_MS).toISOString().slice(0, 10));
}

function near(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= DAY_MS;
}

/**
 * Whether one side (an article, an event) sets the other apart as an earlier event: every day of
 * `other` lies within a day of an earlier event `earlier` names, and none within a day of the side's
 * own days (an event that also holds those days is not only the earlier one).
 */
export function setsApart(earlier: readonly string[], own: readonly string[], other: readonly string[]): boolean {
  if (earlier.length === 0 || other.length === 0 || own.length === 0) return false;
  return other.every((d) => earlier.some((e) => near(d, e)) && !own.some((o) => near(d, o)));
}
