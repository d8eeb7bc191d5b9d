/**
 * A count of those still in hospital days after an event ("Eleven people remain in hospital, three of
 * them critical") is part of the hurt, not their number: some were treated and went home. Read alone it
 * is the article's only count of the wounded, and as the latest report's it had outvoted the 14, 23
 * and 20 injured earlier reports gave. Where another report of the event gives more hurt, such an
 * article's wounded figure is left out of the vote and of the toll's discrepancies.
 */
import type { Casualties } from '../model/types.js';
import { wordNumber } from '../enrich/casualty-count.js';

const STILL = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:(?:people|persons|workers|victims|others|patients|men|women|children|of\s+(?:them|the\s+(?:injured|wounded)))\s+)?(?:remain(?:s|ed)?|(?:are|were|is)\s+still|(?:are|were)\s+(?:being\s+)?(?:treated|cared\s+for))\s+(?:(?:in|at)\s+(?:the\s+|a\s+|local\s+|nearby\s+)?hospitals?|hospitali[sz]ed|in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition)\b/gi;

/** The counts a text gives of people still in hospital. */
export function stillInHospitalCounts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(STILL)) {
    const raw = m[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
    if (n !== undefined && n > 0) out.add(n);
  }
  return out;
}

/** Each report's figures, less a wounded count that is only those still in hospital where another report counts more hurt. */
export function withoutHospitalSubsets<T extends { casualties: Casualties | null; body: string }>(reports: readonly T[]): T[] {
  const most = Math.max(0, ...reports.map((r) => r.casualties?.injured ?? 0));
  return reports.map((r) => {
    const told = r.casualties?.injured;
    if (told == null || told >= most || !stillInHospitalCounts(r.body).has(told)) return r;
    const casualties = r.casualties!.killed == null ? null : { killed: r.casualties!.killed, injured: null };
    return { ...r, casualties };
  });
}
