/**
 * The passages an event's sources share, for showing them side by side: the same grouping of
 * sentences into facts that consolidation uses (consolidate/facts.ts), kept where a fact has
 * sentences in two or more articles, and located in each article's body by offsets.
 */
import { groupFacts } from '../consolidate/facts.js';
import type { SourceGroups } from '../consolidate/sources.js';
import type { Article } from '../model/types.js';

export interface SharedPassage {
  articleId: string;
  start: number;
  end: number;
  /** Passages with the same group number state the same fact. */
  group: number;
}

/** Corroboration counts play no part in which passages are shared, so the copy detection is skipped. */
const NO_GROUPS: SourceGroups = { groupOf: new Map(), count: 0 };

export function sharedPassages(articles: readonly Article[]): SharedPassage[] {
  if (articles.length < 2) return [];
  const facts = groupFacts(articles, NO_GROUPS);
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
