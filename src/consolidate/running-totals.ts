/**
 * A running total's figures as one count revised over time, not as outlets at odds: "312 cases since
 * the start of the outbreak" on the 12th, "1,104" on the 20th and "1,805" on the 27th are one count
 * that grew between reports. A revision when, in the order first reported, each figure is higher than
 * the one before, no report gave the earlier figure after the later one was out, and the later came a
 * day or more after the earlier (or from the source that gave the earlier figure: an outlet's own
 * update, a live page's morning and evening totals). Two outlets' different totals on one day stay a
 * dispute.
 */
import type { Article, Discrepancy, DiscrepancyVariant } from '../model/types.js';
import { figureReportedAt } from './reported-at.js';

/** Hours between two reports of a running total for the later to be read as the next day's count. */
const NEXT_DAY_HOURS = 20;

interface Timed {
  v: DiscrepancyVariant;
  value: number;
  reports: Article[];
  first: number;
  last: number;
}

/** The variants with their numeric figure (`valueOf`), reports and times; null where one is missing. */
function timed(d: Discrepancy, byId: ReadonlyMap<string, Article>, valueOf: (v: DiscrepancyVariant) => number): Timed[] | null {
  const out: Timed[] = [];
  for (const v of d.variants) {
    const reports = v.sources.map((id) => byId.get(id));
    if (reports.some((a) => a === undefined)) return null;
    const value = valueOf(v);
    const times = (reports as Article[]).flatMap((a) => figureReportedAt(a, String(value)));
    if (Number.isNaN(value) || times.some((t) => Number.isNaN(t))) return null;
    out.push({ v, value, reports: reports as Article[], first: Math.min(...times), last: Math.max(...times) });
  }
  return out;
}

/** A figure in a body, in digits with or without thousands commas, not inside a longer number. */
function gives(body: string, value: number): boolean {
  const digits = String(value).replace(/\B(?=(\d{3})+$)/g, ',?');
  return new RegExp(`(?<![\\d,.])${digits}(?![\\d]|[,.]\\d)`).test(body);
}

/** UTC to the second, as the toll's revisions give it. */
function utcIso(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The discrepancy marked `revised`, its figures in the order first reported with when each was first
 * and last reported, where its figures rose as a running total does (above); else null.
 */
export function runningTotalRevised(d: Discrepancy, articles: readonly Article[] | ReadonlyMap<string, Article>, valueOf: (v: DiscrepancyVariant) => number = (v) => Number(v.value)): Discrepancy | null {
  if (d.variants.length < 2) return null;
  const byId = articles instanceof Map ? (articles as ReadonlyMap<string, Article>) : new Map((articles as readonly Article[]).map((a) => [a.id, a]));
  const read = timed(d, byId, valueOf);
  if (!read) return null;
  const order = [...read].sort((a, b) => a.first - b.first);
  for (let i = 1; i < order.length; i++) {
    const [before, after] = [order[i - 1]!, order[i]!];
    if (!(after.value > before.value) || !(before.last < after.first)) return null;
    const nextDay = after.first - before.last >= NEXT_DAY_HOURS * 3600_000;
    // One source moving its own total on, whatever the hour: the outlet that gave the earlier figure, or
    // a live page that gave it in an earlier entry (another outlet's figure a few hours later may be
    // its own count, told against the first).
    const outlets = new Set(before.reports.map((a) => a.outlet).filter((o): o is string => Boolean(o)));
    const moved = after.reports.some((a) => (a.outlet && outlets.has(a.outlet)) || (Boolean(a.liveEntries?.length) && gives(a.body, before.value) && Math.min(...figureReportedAt(a, String(before.value))) < Math.min(...figureReportedAt(a, String(after.value)))));
    if (!nextDay && !moved) return null;
  }
  return { ...d, variants: order.map((r) => ({ ...r.v, firstReported: utcIso(r.first), lastReported: utcIso(r.last) })), revised: true };
}
