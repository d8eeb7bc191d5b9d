/**
 * A toll the sides dispute, with who gives each figure. Where a report gives each side's figures
 * (enrich/casualty-claims.ts: "Thailand says two of its sailors were killed; Cambodia says nobody
 * died"), the event lists every figure of every report, each with the reports that give it and the
 * speakers those reports credit it to: "0 (KNTV; says Chea Sokha) vs 2 (Bangkok Ledger, ...)". Side by
 * side, never a revision: two governments' figures are not a count that rose. Reports that give one
 * figure with no claims count as before, with their one figure.
 */
import type { Article, CasualtyClaim, Discrepancy, DiscrepancyVariant } from '../model/types.js';

type Kind = CasualtyClaim['kind'];

/** A claim's figure as the event shows it: "more than 10" for a bound. */
export function claimValue(c: Pick<CasualtyClaim, 'value' | 'moreThan'>): string {
  return c.moreThan ? `more than ${c.value}` : String(c.value);
}

/** The figures one report gives of a kind, each with who gives it: its claims, and its own figure where no claim gave it. */
function figuresOf(a: Article, kind: Kind): { value: string; by: string | null }[] {
  const claims = (a.casualtyClaims ?? []).filter((c) => c.kind === kind);
  const out = claims.map((c) => ({ value: claimValue(c), by: c.by }));
  const own = a.casualties?.[kind];
  if (own != null && !claims.some((c) => c.value === own)) out.push({ value: String(own), by: null });
  return out;
}

/**
 * `tolls`: the toll discrepancies read from each report's one figure. For a kind some report gives
 * claims of, the discrepancy of every report's figures with their claimants takes its place (none
 * where all the figures agree).
 */
export function withClaimedTolls(tolls: readonly Discrepancy[], articles: readonly Article[]): Discrepancy[] {
  if (!articles.some((a) => a.casualtyClaims?.length)) return [...tolls];
  const out = tolls.filter((d) => !articles.some((a) => a.casualtyClaims?.some((c) => c.kind === d.about)));
  for (const kind of ['killed', 'injured'] as const) {
    if (!articles.some((a) => a.casualtyClaims?.some((c) => c.kind === kind))) continue;
    const variants = new Map<string, { sources: string[]; claimedBy: string[] }>();
    for (const a of articles) {
      for (const { value, by } of figuresOf(a, kind)) {
        const v = variants.get(value) ?? { sources: [], claimedBy: [] };
        if (!v.sources.includes(a.id)) v.sources.push(a.id);
        if (by && !v.claimedBy.includes(by)) v.claimedBy.push(by);
        variants.set(value, v);
      }
    }
    if (variants.size < 2) continue;
    const listed: DiscrepancyVariant[] = [...variants]
      .sort((x, y) => y[1].sources.length - x[1].sources.length || parseInt(x[0].replace(/\D+/g, ''), 10) - parseInt(y[0].replace(/\D+/g, ''), 10))
      .map(([value, v]) => (v.claimedBy.length ? { value, sources: v.sources, claimedBy: v.claimedBy } : { value, sources: v.sources }));
    out.push({ about: kind, variants: listed });
  }
  // Killed before injured, as the tolls are listed.
  return out.sort((x, y) => rank(x.about) - rank(y.about));
}

const rank = (about: string): number => (about === 'killed' ? 0 : about === 'injured' ? 1 : 2);
