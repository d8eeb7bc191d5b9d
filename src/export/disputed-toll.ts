/**
 * A toll the reports give differently side by side, for the flat exports (CSV, GeoJSON): their `killed`
 * and `injured` carry the one figure the event record settles on, and a spreadsheet or a map shows
 * nothing of a rival figure unless it sits next to it. A toll that rose as reports came in is no
 * dispute: the record's figure is the latest, and the figures before it are in `discrepancy_details`.
 */
import type { ExportedEvent } from '../model/source-article.js';

/** The kinds of toll an event's casualties give, as its discrepancies name them (`died`: deaths from an illness). */
export type TollKind = 'killed' | 'injured' | 'died';

/**
 * The figures reported for a disputed toll, lowest first ("2; 3"), or null where the reports agree,
 * give none, or give figures that followed one another in time. Joined with "; " as the exports' other
 * lists are (a range written "2-3" would be read as a date by Excel).
 */
export function disputedToll(e: Pick<ExportedEvent, 'discrepancies'> & Partial<Pick<ExportedEvent, 'casualties'>>, kind: TollKind): string | null {
  // An outbreak's deaths may have a dispute on each of several days (consolidate/running-toll.ts): the
  // one that holds the event's figure, the latest running total, is the one to show beside it.
  const died = e.casualties?.died;
  const d = kind === 'died' ? e.discrepancies.find((x) => x.about === kind && !x.revised && died != null && x.variants.some((v) => v.value === String(died))) : e.discrepancies.find((x) => x.about === kind);
  if (!d || d.revised) return null;
  // A side's bound ("more than 10") is kept as written, in its figure's place.
  const figures = [...new Set(d.variants.map((v) => v.value).filter((v) => /^(?:more than )?\d+$/.test(v)))].sort((a, b) => figureOf(a) - figureOf(b) || a.length - b.length);
  return figures.length > 1 ? figures.join('; ') : null;
}

const figureOf = (value: string): number => Number(value.replace(/^more than /, ''));
