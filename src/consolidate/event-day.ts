/**
 * The event's day from its reports' own days (each article's eventDate, enrich/event-date.ts): the
 * reports of the first days vote, a written-out day counting more than one worked out from a weekday,
 * and a follow-up's own later news (an arrest, a death days on) left out. Apart from build-event.ts so
 * the choice can be tested and measured on its own.
 */
import type { Article } from '../model/types.js';

export function chooseDate(articles: readonly Article[]): { value: string; anchoring: 'stated' | 'inferred'; evidence: string } | null {
  const dated = articles.map((a, order) => ({ a, order })).filter(({ a }) => a.eventDate && !a.eventDate.fallback);
  const all = dated.length > 0 ? dated : articles.map((a, order) => ({ a, order })).filter(({ a }) => a.eventDate);
  if (all.length === 0) return null;
  const pool = [...firstWave(all), ...incidentDaysWrittenLater(all)];
  // A date an article writes out counts double against one worked out from "on Friday", unless it is the
  // report's own day ("in critical condition on Wednesday, Dec. 30" in Wednesday's paper says where the
  // story stands, not when it began). Ties go to the earliest date, then the earliest report: the
  // incident comes before the deaths, arrests and vigils that later reports are dated by (GVA: date
  // 0.806 -> 0.808). A day guessed for a clock time the report gives without its day ("about 10 p.m.",
  // "just after midnight") counts half: another report's named day ("early Saturday") says more.
  const tally = new Map<string, { weight: number; first: number }>();
  for (const { a, order } of pool) {
    const entry = tally.get(a.eventDate!.value) ?? { weight: 0, first: order };
    // A photo caption's date is weaker evidence than the text's (a photo may be older): it counts once.
    entry.weight += a.eventDate!.anchoring === 'stated' && !a.eventDate!.caption && a.eventDate!.value !== a.publishedAt?.slice(0, 10) ? 2 : a.eventDate!.guessedDay ? 0.5 : 1;
    entry.first = Math.min(entry.first, order);
    tally.set(a.eventDate!.value, entry);
  }
  const value = [...tally.entries()].sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) || x[1].first - y[1].first)[0]![0];
  const supporting = pool.filter(({ a }) => a.eventDate!.value === value).map(({ a }) => a.eventDate!);
  const stated = supporting.find((d) => d.anchoring === 'stated' && !d.caption) ?? supporting.find((d) => d.anchoring === 'stated');
  const evidence = stated ?? supporting[0]!;
  return { value, anchoring: stated ? 'stated' : 'inferred', evidence: evidence.sentence ? `"${evidence.text}" in${evidence.caption ? ' a photo caption' : ''}: ${evidence.sentence}` : evidence.text };
}

/**
 * Days after the first report within which reports speak of the event itself. Four, not three: a
 * weekend's shooting is still told as news by Wednesday's or Thursday's paper ("shot early Friday" in a
 * Tuesday story), and its weekday still falls in the same week; a follow-up's own news comes later.
 */
const FIRST_WAVE_DAYS = 4;

/**
 * The reports of the first days. Follow-ups weeks later (a charge, a hearing, a funeral) are dated by
 * their own news ("was charged on Tuesday"), and a long story has more of them than first reports.
 * Undated reports stay in.
 */
export function firstWave<T extends { a: Article }>(pool: readonly T[]): T[] {
  const times = pool.map(({ a }) => (a.publishedAt ? Date.parse(a.publishedAt) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return [...pool];
  const cutoff = Math.min(...times) + FIRST_WAVE_DAYS * 86400000;
  return pool.filter(({ a }) => !a.publishedAt || !(Date.parse(a.publishedAt) > cutoff));
}

/**
 * The days later reports write out that are no later than the day the first report came out: "charged
 * with reckless homicide after the Jan. 13 shooting", "accused of shooting Ricky Hamblewick on the night
 * of Dec. 19". A follow-up's own news (an arrest, a hearing) comes after the first report; a day written
 * out before it can only be the incident's, and it is surer than the first reports' "on Thursday".
 */
function incidentDaysWrittenLater<T extends { a: Article }>(all: readonly T[]): T[] {
  const wave = new Set(firstWave(all));
  const days = all.map(({ a }) => (a.publishedAt ? dayNumber(a.publishedAt) : null)).filter((d): d is number => d !== null);
  if (days.length === 0) return [];
  const first = Math.min(...days);
  return all.filter((x) => {
    if (wave.has(x) || x.a.eventDate!.anchoring !== 'stated' || x.a.eventDate!.fallback) return false;
    const day = dayNumber(x.a.eventDate!.value);
    return day !== null && day <= first;
  });
}

/** The day of a date value ("2026-11-23", "2026-11-23T14:15"), in days since 1970; null for a month or a year. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : null;
}

/**
 * Leaves out the reports dated by later news of their own: a report that came out after another and dates
 * what it tells two days or more after the day that one gives ("The Kremlin on Wednesday rejected" the
 * sanctions of Monday; "a second victim died Monday" after Saturday's shooting). Reports a day apart stay
 * (that is how outlets disagree about a night: "late on Saturday" against "about 1 a.m. on Sunday"),
 * unless the later one came out two days or more after the other's day and the other came out before
 * the later day began: a hearing the day after the charges, told the day after that, is the hearing's
 * own day ("late on Saturday" in a report of Monday morning still disagrees with "1 a.m. on Sunday").
 */
export function withoutLaterNews<T extends { a: Article }>(pool: readonly T[]): T[] {
  const published = (a: Article): number => (a.publishedAt ? Date.parse(a.publishedAt) : NaN);
  return pool.filter(({ a }) => {
    const day = dayNumber(a.eventDate!.value);
    if (day === null) return true;
    const publishedDay = a.publishedAt ? dayNumber(a.publishedAt) : null;
    return !pool.some(({ a: earlier }) => {
      const earlierDay = dayNumber(earlier.eventDate!.value);
      if (earlierDay === null || !(published(earlier) < published(a))) return false;
      // A day on, only when the other report came out before that day began: it could not have told it.
      return day - earlierDay >= 2 || (day - earlierDay === 1 && publishedDay !== null && publishedDay - earlierDay >= 2 && published(earlier) < day * 86400000);
    });
  });
}

