/**
 * An outbreak's deaths (Casualties.died) across the reports of an event: a running total that rises
 * from report to report ("2 deaths", a week on "9", then "29", "44", "58"), and, on one day, tellers
 * who count differently (a ministry's 58 against a charity's 66). The rising figures are one count
 * revised as it came in, shown as a series in the order they were told; only figures given on the same
 * day by different tellers are a dispute, each figure with who gives it. Two figures weeks apart from
 * different tellers (a charity's 12 in week one, the ministry's 58 in week five) are no dispute.
 *
 * The running total follows the teller heard on most days; on a day it is disputed the series takes
 * that teller's figure. The event's figure is the series' latest, dated by the day it was told: where
 * reports of one running total land in several events, each event still shows its own latest figure
 * and day, never another event's figure set against it.
 */
import type { Article, Discrepancy, DiscrepancyVariant } from '../model/types.js';
import { figureReportedAt } from './reported-at.js';
import type { SameTeller } from './teller-body.js';

/** One figure one report gives, with who gives it and when. */
interface Told {
  value: number;
  by: string | null;
  at: number;
  source: string;
  order: number;
}

export interface RunningToll {
  /** The latest figure of the running total. */
  died: number;
  /** The day (YYYY-MM-DD) it was last told, where the reports give a time. */
  asOf: string | null;
  discrepancies: Discrepancy[];
}

/** Words that do not tell two tellers apart ("Ministry of Health" and "World Health Organization" share only "health"). */
const GENERIC = new Set(['the', 'of', 'and', 'for', 'a', 'an', 's', 'official', 'officials', 'health', 'national', 'public', 'world', 'its', 'own']);

function tellerWords(by: string): Set<string> {
  return new Set(by.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/).filter((w) => w && !GENERIC.has(w)));
}

/** Whether two tellers share a word that tells bodies apart: "the health ministry" and "Ministry of Health" share "ministry". */
function sharedWord(a: string, b: string): boolean {
  const x = tellerWords(a);
  return [...tellerWords(b)].some((w) => x.has(w));
}

/** Tellers that are one: a shared word, or one body by another name (`oneBody`: "MSF" and "Médecins Sans Frontières"). */
function tellerTest(oneBody: SameTeller | undefined): SameTeller {
  return (a, b) => sharedWord(a, b) || (oneBody?.(a, b) ?? false);
}

function figuresOf(a: Article, order: number): Told[] {
  const own = a.casualties?.died;
  const claims = (a.casualtyClaims ?? []).filter((c) => c.kind === 'died');
  const told: { value: number; by: string | null }[] = claims.map((c) => ({ value: c.value, by: c.by }));
  if (own != null && !claims.some((c) => c.value === own)) told.push({ value: own, by: null });
  return told.map(({ value, by }) => {
    const times = figureReportedAt(a, String(value)).filter((t) => Number.isFinite(t));
    return { value, by, at: times.length ? Math.max(...times) : NaN, source: a.id, order };
  });
}

const dayOf = (t: number): string | null => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null);
const iso = (t: number): string => new Date(t).toISOString().replace(/\.000Z$/, 'Z');

/** The figures as variants: one per value, with its reports, its tellers and when it was told, in `order`. */
function variantsOf(points: readonly Told[], sameTeller: SameTeller): DiscrepancyVariant[] {
  const byValue = new Map<number, Told[]>();
  for (const p of points) byValue.set(p.value, [...(byValue.get(p.value) ?? []), p]);
  return [...byValue.values()].map((told) => {
    const sources = [...new Set(told.map((t) => t.source))];
    // One body is named once, as first heard, though reports write it two ways.
    const claimedBy = told.flatMap((t) => (t.by ? [t.by] : [])).filter((by, i, all) => !all.slice(0, i).some((o) => o === by || sameTeller(o, by)));
    const times = told.map((t) => t.at).filter((t) => Number.isFinite(t));
    const variant: DiscrepancyVariant = { value: String(told[0]!.value), sources };
    if (claimedBy.length) variant.claimedBy = claimedBy;
    if (times.length === told.length) {
      variant.firstReported = iso(Math.min(...times));
      variant.lastReported = iso(Math.max(...times));
    }
    return variant;
  });
}

/** Whether the figures of one day come from tellers who disagree: two values, each from a named teller the other's tellers are not. */
function disputedDay(points: readonly Told[], sameTeller: SameTeller): boolean {
  const named = points.filter((p) => p.by);
  return named.some((a) => named.some((b) => a.value !== b.value && !sameTeller(a.by!, b.by!)));
}

/**
 * The running total of deaths from an illness the reports give, or null where none gives one.
 * `oneBody` tells tellers named two ways apart from two tellers (teller-body.ts).
 */
export function runningToll(articles: readonly Article[], oneBody?: SameTeller): RunningToll | null {
  const sameTeller = tellerTest(oneBody);
  const points = articles.flatMap((a, order) => figuresOf(a, order));
  if (points.length === 0) return null;
  // The running total's teller: the one heard on the most days.
  const days = new Map<string, Told[]>();
  for (const p of points) {
    const day = dayOf(p.at) ?? `order-${p.order}`;
    days.set(day, [...(days.get(day) ?? []), p]);
  }
  const tellers = points.filter((p) => p.by).map((p) => p.by!);
  const heardOn = (teller: string): number => [...days.values()].filter((ps) => ps.some((p) => p.by && sameTeller(p.by, teller))).length;
  const main = tellers.reduce<string | null>((best, t) => (best === null || heardOn(t) > heardOn(best) ? t : best), null);
  const discrepancies: Discrepancy[] = [];
  const series: Told[] = [];
  for (const told of days.values()) {
    if (disputedDay(told, sameTeller)) {
      discrepancies.push({ about: 'died', variants: variantsOf(told, sameTeller).sort((a, b) => Number(a.value) - Number(b.value)) });
      // The running total's teller's own figure. Where that teller is not heard that day, the lowest
      // figure, where the day's figures all pass every earlier day's: each teller says at least that many
      // have died, and the total moved on (left out, the header kept a figure days old, ux76b fault 3).
      const own = main ? told.filter((p) => p.by && sameTeller(p.by, main)) : [];
      const lowest = Math.min(...told.map((p) => p.value));
      const dayAt = Math.min(...told.map((p) => p.at));
      const before = points.filter((p) => p.at < dayAt);
      const moved = own.length === 0 && before.length > 0 && before.every((p) => p.value < lowest) ? told.filter((p) => p.value === lowest) : [];
      series.push(...own, ...moved);
    } else series.push(...told);
  }
  if (series.length === 0) series.push(...points);
  const time = (p: Told): number => (Number.isFinite(p.at) ? p.at : p.order);
  series.sort((a, b) => time(a) - time(b) || a.order - b.order || a.value - b.value);
  const variants = variantsOf(series, sameTeller);
  const inOrder = variants.map((v) => Number(v.value));
  const rose = inOrder.every((n, i) => i === 0 || n > inOrder[i - 1]!);
  // A count that rose report after report is one total revised; one that fell is reports at odds.
  if (variants.length > 1) discrepancies.unshift(rose ? { about: 'died', variants, revised: true } : { about: 'died', variants });
  const latest = series[series.length - 1]!;
  const died = rose ? latest.value : Math.max(...series.map((p) => p.value));
  const lastTold = series.filter((p) => p.value === died).map((p) => p.at).filter((t) => Number.isFinite(t));
  return { died, asOf: lastTold.length ? dayOf(Math.max(...lastTold)) : null, discrepancies };
}

/**
 * A violent event's dead told by the news as one running count ("two dead", later "has risen to
 * three", the next day "rises to four"), and by a body that gives a count of its own on its own page
 * (a rights group whose own field team counted more): the running count is one figure
 * revised, the body's is a rival teller's figure, set against the count it differs from, with who
 * gives it. As `runningToll`, a teller is heard on days; here the news's unnamed voice is the running
 * count's teller wherever it is heard on more days than any body. `tellerOf` names the body a report's
 * figure is told by (null: unnamed); `timeOf` is when a report first told it.
 * Null where no body tells a figure the running count did not reach. `kind` is the figure read: the
 * dead, or the hurt (a rights group's "at least 20 wounded" against the hospital's count).
 */
export interface RivalTolls {
  /** The running count's figures: one variant per figure, in the order first told. */
  series: DiscrepancyVariant[];
  /** Each rival figure beside the running count's figure of its time. */
  disputes: Discrepancy[];
}

export function rivalTolls(
  articles: readonly Article[],
  tellerOf: (a: Article) => string | null,
  timeOf: (a: Article, value: number) => number,
  oneBody?: SameTeller,
  kind: 'killed' | 'injured' = 'killed',
): RivalTolls | null {
  const sameTeller = tellerTest(oneBody);
  const points: Told[] = articles.flatMap((a, order) => {
    const value = a.casualties?.[kind];
    return value == null ? [] : [{ value, by: tellerOf(a), at: timeOf(a, value), source: a.id, order }];
  });
  if (points.some((p) => !Number.isFinite(p.at))) return null;
  const unnamed = points.filter((p) => !p.by);
  const named = points.filter((p) => p.by);
  if (unnamed.length === 0 || named.length === 0) return null;
  const days = (ps: readonly Told[]): number => new Set(ps.map((p) => dayOf(p.at))).size;
  const bodies = named.map((p) => named.filter((q) => sameTeller(p.by!, q.by!)));
  if (bodies.some((ps) => days(ps) >= days(unnamed))) return null;
  const byTime = (a: Told, b: Told): number => a.at - b.at || a.order - b.order;
  const series = [...unnamed].sort(byTime);
  const disputes: Discrepancy[] = [];
  for (const rival of named) {
    // The running count's figure when the body told its own; the first where it told it before any.
    const current = [...series].reverse().find((p) => p.at <= rival.at) ?? series[0]!;
    // A count the running count later reached or passed is no rival's: the news caught up with it.
    if (current.value === rival.value || series.some((p) => p.at > rival.at && p.value >= rival.value)) continue;
    const told = [...series.filter((p) => p.value === current.value), ...named.filter((p) => p.value === rival.value && sameTeller(p.by!, rival.by!))];
    const variants = variantsOf(told, sameTeller).sort((a, b) => Number(a.value) - Number(b.value));
    if (!disputes.some((d) => d.variants.map((v) => v.value).join('|') === variants.map((v) => v.value).join('|'))) disputes.push({ about: kind, variants });
  }
  if (disputes.length === 0) return null;
  return { series: variantsOf(series, sameTeller), disputes };
}
