/**
 * The passages an event's sources share, for showing them side by side: the facts (facts.ts) that
 * have sentences in two or more articles, each sentence located in its article's body by offsets.
 * Consolidation computes them from the facts it has just grouped and the store keeps them beside the
 * event, so an event page reads them instead of grouping its articles' sentences again.
 */
import type { Article, SharedPassage } from '../model/types.js';
import { groupFacts, type FactGroup } from './facts.js';
import type { SourceGroups } from './sources.js';

/** Corroboration counts play no part in which passages are shared, so copy detection is skipped. */
const NO_GROUPS: SourceGroups = { groupOf: new Map(), count: 0 };

export function passagesOfFacts(facts: readonly FactGroup[], articles: readonly Article[]): SharedPassage[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: SharedPassage[] = [];
  let group = 0;
  for (const fact of facts) {
    if (new Set(fact.members.map((m) => m.article)).size < 2) continue;
    for (const member of fact.members) {
      const body = byId.get(member.article)?.body ?? '';
      const start = body.indexOf(member.text);
      if (start >= 0) out.push({ articleId: member.article, start, end: start + member.text.length, group });
    }
    group++;
  }
  return out.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
}

/** Grouping the articles' sentences here: for events stored before passages were kept. */
export function sharedPassages(articles: readonly Article[]): SharedPassage[] {
  return articles.length < 2 ? [] : passagesOfFacts(groupFacts(articles, NO_GROUPS), articles);
}

/**
 * The passages among the articles a page shows (`shown`): passages of other articles dropped, then
 * groups left with fewer than two articles, and the groups numbered again from 0.
 */
export function passagesAmong(passages: readonly SharedPassage[], shown: ReadonlySet<string>): SharedPassage[] {
  const kept = passages.filter((p) => shown.has(p.articleId));
  const articlesOf = new Map<number, Set<string>>();
  for (const p of kept) {
    const set = articlesOf.get(p.group) ?? new Set<string>();
    set.add(p.articleId);
    articlesOf.set(p.group, set);
  }
  const renumbered = new Map<number, number>();
  for (const [group, set] of [...articlesOf].sort((a, b) => a[0] - b[0])) if (set.size >= 2) renumbered.set(group, renumbered.size);
  return kept.filter((p) => renumbered.has(p.group)).map((p) => ({ ...p, group: renumbered.get(p.group)! }));
}
