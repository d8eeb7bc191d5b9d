/**
 * An event's indicators of compromise: the hashes, domains, addresses and web addresses its reports
 * give (enrich/indicators.ts), each with the reports that give it and the independent outlets those are.
 * Read from each report's headline and body, never from the outlet's own site.
 */
import { findIndicators, hostOf, type IndicatorType } from '../enrich/indicators.js';
import type { IndicatorRef } from '../model/types.js';
import { Lru } from '../util/lru.js';
import { indicatorsKey } from './cache-keys.js';

export interface IndicatorText {
  id: string;
  headline: string | null;
  body: string;
  source?: { url?: string };
  contentHash?: string;
}

/** Each report's indicators, kept for the reports read lately: an event is built again at every report it gains. */
const cache = new Lru<string, readonly { type: IndicatorType; value: string }[]>(4096);

/** One report's indicators, in the order it gives them: what its article JSON and `show ART_ID` list. */
export function indicatorsOfArticle(a: IndicatorText): readonly { type: IndicatorType; value: string }[] {
  // The headline and the own site's address are read as well as the body: both are in the key.
  const key = indicatorsKey(a);
  let found = a.contentHash ? cache.get(key) : undefined;
  if (!found) {
    const own = hostOf(a.source?.url);
    found = findIndicators(`${a.headline ?? ''}\n\n${a.body}`, { ownHosts: own ? [own] : [] }).map((i) => ({ type: i.type, value: i.value }));
    if (a.contentHash) cache.set(key, found);
  }
  return found;
}

/** `groupOf`: the independent-source group of an article (consolidate/sources.ts). In the order the reports first give them. */
export function indicatorsOf(articles: readonly IndicatorText[], groupOf: (articleId: string) => string): IndicatorRef[] {
  const byValue = new Map<string, IndicatorRef & { groups: Set<string> }>();
  for (const a of articles) {
    for (const { type, value } of indicatorsOfArticle(a)) {
      const key = `${type} ${value}`;
      const entry = byValue.get(key) ?? { type, value, sources: [], corroboration: 0, groups: new Set<string>() };
      if (!entry.sources.includes(a.id)) entry.sources.push(a.id);
      entry.groups.add(groupOf(a.id));
      byValue.set(key, entry);
    }
  }
  return [...byValue.values()].map(({ groups, ...ref }) => ({ ...ref, corroboration: groups.size }));
}
