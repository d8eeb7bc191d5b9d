/**
 * A report placed in the event's town may also tell another town's incident: a live page or a roundup
 * of a day of unrest ("in Kaolack, where eleven people have been hurt") beside the event's own
 * shooting. Such a figure is that town's toll, not the event's; summed into the event it was set
 * against the event's own counts as a dispute. A figure is left out of the event where every
 * sentence of the report that gives it, in words of harm, names a town other than the event's and
 * not the event's own. Only for reports that are themselves placed in the event's town: a report
 * placed elsewhere is a question of which event it belongs to, not of which of its figures.
 */
import type { Article, Casualties, EventLocation } from '../model/types.js';
import { figurePattern } from './reported-at.js';
import { townKey } from './town-key.js';

/** Words of harm a toll's sentence holds. */
const HARM = /\b(?:killed|dead|died|deaths?|lives|toll|hurt|injured|injuries|wounded|casualties|shot|hospitali[sz]ed)\b/i;

type Report = Pick<Article, 'body' | 'sentences' | 'entities' | 'place' | 'casualties'>;

/** The towns a span of the report names, as town keys: the tagger's places that are no country or region. */
function townsIn(report: Report, start: number, end: number): Set<string> {
  const towns = report.entities.filter((e) => e.type === 'location' && e.subtype !== 'country' && e.subtype !== 'region' && e.start >= start && e.end <= end);
  return new Set(towns.map((e) => townKey(e.canonical ?? e.text)));
}

/** Whether the report gives this figure only in sentences of harm about another town than `own`. */
export function toldOnlyOfAnotherTown(report: Report, figure: number, own: string): boolean {
  const pattern = figurePattern(String(figure));
  const told = report.sentences.filter((s) => {
    const text = report.body.slice(s.start, s.end);
    return pattern.test(text) && HARM.test(text);
  });
  if (told.length === 0) return false;
  return told.every((s) => {
    const towns = townsIn(report, s.start, s.end);
    return towns.size > 0 && !towns.has(own);
  });
}

/** Each report's figures, less those it tells only of another town's incident (see the top of this file). */
export function withoutOtherTownsFigures<T extends Report>(reports: readonly T[], place: EventLocation | null): T[] {
  if (!place) return [...reports];
  const own = townKey(place.name);
  return reports.map((r) => {
    const c = r.casualties;
    if (!c || !r.place || townKey(r.place.name) !== own) return r;
    const keep = (n: number | null): number | null => (n != null && toldOnlyOfAnotherTown(r, n, own) ? null : n);
    const casualties: Casualties = { ...c, killed: keep(c.killed), injured: keep(c.injured) };
    if (casualties.killed === c.killed && casualties.injured === c.injured) return r;
    return { ...r, casualties: casualties.killed === null && casualties.injured === null && c.died == null ? null : casualties };
  });
}
