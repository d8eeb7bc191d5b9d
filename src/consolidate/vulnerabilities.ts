/**
 * An event's vulnerabilities: the CVE ids its reports name (headline or body), each with the reports
 * that name it and the independent outlets those are. Also used by the store's upgrade, which has each
 * stored article's source group but not the articles' groups worked out again.
 */
import { findCves } from '../enrich/cve.js';
import type { VulnerabilityRef } from '../model/types.js';

export interface CveText {
  id: string;
  headline: string | null;
  body: string;
}

/** `groupOf`: the independent-source group of an article (consolidate/sources.ts). */
export function vulnerabilitiesOf(articles: readonly CveText[], groupOf: (articleId: string) => string): VulnerabilityRef[] {
  const byCve = new Map<string, { sources: string[]; groups: Set<string>; first: number }>();
  let order = 0;
  for (const a of articles) {
    for (const cve of findCves(`${a.headline ?? ''}\n${a.body}`)) {
      const entry = byCve.get(cve) ?? { sources: [], groups: new Set<string>(), first: order++ };
      if (!entry.sources.includes(a.id)) entry.sources.push(a.id);
      entry.groups.add(groupOf(a.id));
      byCve.set(cve, entry);
    }
  }
  return [...byCve]
    .sort(([, x], [, y]) => y.groups.size - x.groups.size || x.first - y.first)
    .map(([cve, e]) => ({ cve, sources: e.sources, corroboration: e.groups.size }));
}
