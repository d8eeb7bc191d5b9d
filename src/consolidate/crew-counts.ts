/**
 * An event's crew held hostage and missing, over its reports (enrich/crew-figures.ts): the figure
 * most reports give (ties to the earliest), and a discrepancy where reports give others, as for any
 * count. Kept apart from the casualties: a hostage is neither killed nor hurt.
 */
import { crewFigures } from '../enrich/crew-figures.js';
import type { CrewCounts, Discrepancy } from '../model/types.js';
import { vote } from './participants.js';

export interface CrewText {
  id: string;
  body: string;
}

/** What the discrepancy of each figure is about. */
const ABOUT = { held: 'crew held hostage', missing: 'crew missing' } as const;

/** `articles` in publication order. `crew` is absent where no report counts either. */
export function crewCounts(articles: readonly CrewText[]): { crew?: CrewCounts; discrepancies: Discrepancy[] } {
  const told = articles.map((a) => ({ id: a.id, figures: crewFigures(a.body) }));
  const crew: CrewCounts = { held: null, missing: null };
  const discrepancies: Discrepancy[] = [];
  for (const kind of ['held', 'missing'] as const) {
    const votes = vote(told.flatMap(({ id, figures }, order) => (figures[kind] === null ? [] : [{ value: String(figures[kind]), source: id, order }])));
    if (votes.length === 0) continue;
    crew[kind] = Number(votes[0]!.value);
    if (votes.length > 1) discrepancies.push({ about: ABOUT[kind], variants: votes.map(({ value, sources }) => ({ value, sources })) });
  }
  return { ...(crew.held !== null || crew.missing !== null ? { crew } : {}), discrepancies };
}
