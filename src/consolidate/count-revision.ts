/**
 * A vote's preliminary count and its final count, as a revision rather than a dispute: "51.8 percent
 * with 97 percent of ballots counted" on Monday and "51.2 percent, according to the final count" on
 * Tuesday are one figure that moved as the count ended, not two outlets that disagree. The toll's
 * revision (build-event.ts overTime) asks for a count that rose, which a share need not do; here the
 * reports say which count they give.
 */
import type { Article, Discrepancy, DiscrepancyVariant } from '../model/types.js';
import { figureReportedAt } from './reported-at.js';

/** A count still under way: "preliminary results", "with 97 percent of ballots counted". */
const PARTIAL = /\b(?:preliminary|partial|early|provisional|incomplete)\s+(?:results?|count|counts|figures|returns|tally)\b|\bof\s+(?:all\s+)?(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|protocols|returns)\s+(?:counted|processed|tallied|reported|in)\b/iu;
/**
 * The count's end: "the final count", "official results", "certified the result", and the body that
 * counts saying so ("the election commission confirmed on Tuesday that X had won", "the commission on
 * Tuesday declared X the winner"): a commission's word on who won is its count's end, not a tally under way.
 */
const FINAL = /\b(?:final|official|certified|complete)\s+(?:results?|count|counts|figures|returns|tally)\b|\b(?:certified|confirmed)\s+(?:the\s+)?(?:results?|victory|win|outcome)\b|\b(?:commission|board)\s+(?:on\s+\p{L}+\s+)?(?:confirmed|certified|declared)\b(?!\s+(?:preliminary|partial|early|provisional))/iu;

/**
 * The discrepancy marked `revised`, its two figures in the order reported, where every report of the
 * first came out before any of the second, every report of the first tells a count under way, and every
 * report of the second tells the final count. Else unchanged: three figures, or
 * two final counts that differ, are still outlets that disagree.
 */
export function countRevised(d: Discrepancy, articles: readonly Article[]): Discrepancy {
  if (d.variants.length > 2) return preliminaryMarked(d, articles);
  if (d.variants.length !== 2) return d;
  const read = variantsInTime(d, articles);
  if (!read) return d;
  const [early, late] = [...read].sort((a, b) => a.first - b.first) as [VariantInTime, VariantInTime];
  if (!(early.last < late.first)) return d;
  const bodies = (r: VariantInTime): string[] => r.reports.map((a) => a!.body);
  // A preliminary report may say when the final count is due ("the final count on Tuesday"): what
  // tells it apart is its count under way, and the time order.
  if (!bodies(early).every((b) => PARTIAL.test(b)) || !bodies(late).every((b) => FINAL.test(b))) return d;
  return { ...d, variants: [early, late].map((r) => ({ ...r.v, firstReported: utcIso(r.first), lastReported: utcIso(r.last) })), revised: true };
}

/**
 * Three or more figures where the first reported tells a count under way and came out before all the
 * others, each of which tells the final count: the first is marked `preliminary` and put first, the
 * final counts follow in the order first reported, and they stay a dispute (not `revised`). Else unchanged.
 */
function preliminaryMarked(d: Discrepancy, articles: readonly Article[]): Discrepancy {
  const read = variantsInTime(d, articles);
  if (!read) return d;
  const [early, ...finals] = [...read].sort((a, b) => a.first - b.first) as [VariantInTime, ...VariantInTime[]];
  if (!finals.every((r) => early.last < r.first)) return d;
  if (!early.reports.every((a) => PARTIAL.test(a!.body)) || !finals.every((r) => r.reports.every((a) => FINAL.test(a!.body)))) return d;
  return { ...d, variants: [early, ...finals].map((r, i) => ({ ...r.v, firstReported: utcIso(r.first), lastReported: utcIso(r.last), ...(i === 0 ? { preliminary: true as const } : {}) })) };
}

/** An instant as UTC to the second, as the toll's revisions give it. */
function utcIso(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface VariantInTime {
  v: DiscrepancyVariant;
  reports: Article[];
  first: number;
  last: number;
}

/** Each figure with its reports and when it was first and last given; null when a report or a time is missing. */
function variantsInTime(d: Discrepancy, articles: readonly Article[]): VariantInTime[] | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const read = d.variants.map((v) => {
    const reports = v.sources.map((id) => byId.get(id));
    const times = reports.flatMap((a) => (a ? figureReportedAt(a, v.value) : [NaN]));
    return { v, reports, first: Math.min(...times), last: Math.max(...times) };
  });
  if (read.some((r) => Number.isNaN(r.first) || Number.isNaN(r.last) || r.reports.some((a) => a === undefined))) return null;
  return read.map((r) => ({ ...r, reports: r.reports as Article[] }));
}
