/**
 * The missing an event's reports count (enrich/casualty-missing.ts): the latest report's figure, as a
 * search goes on the count moves both ways (some found alive, some found dead), so neither the highest
 * nor the most given is the current one. Each figure with its reports, for the discrepancy line.
 */
import type { Article } from '../model/types.js';
import { vote } from './participants.js';

export interface MissingFigures {
  /** The latest report's figure, or null where no report counts the missing. */
  latest: number | null;
  /** Each figure with the reports that give it, most given first (participants.ts vote). */
  variants: { value: string; sources: string[] }[];
}

export function missingFigures(articles: readonly Article[]): MissingFigures {
  const told = articles.map((a, order) => ({ a, order })).filter(({ a }) => a.casualties?.missing != null);
  const last = told[told.length - 1];
  const votes = vote(told.map(({ a, order }) => ({ value: String(a.casualties!.missing), source: a.id, order })));
  return { latest: last ? last.a.casualties!.missing! : null, variants: votes.map(({ value, sources }) => ({ value, sources })) };
}
