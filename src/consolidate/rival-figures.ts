/**
 * Rival tellers of a violent event's dead and hurt (running-toll.ts rivalTolls): a body that counts on
 * its own page (a rights group's statement) against the news's running count of what officials and
 * hospitals said. A conflict coder codes the running count's latest figure and lists the body's beside
 * it: the highest figure is not the best-sourced one, and one group's "at least seven" should not stand
 * as the event's toll over the six the health ministry confirmed (review ux69). Both the dead and the
 * hurt are read so: the group that counts its own dead counts its own wounded too.
 */
import type { Article } from '../model/types.js';
import { ownCountTeller } from './own-count.js';
import { rivalTolls, type RivalTolls } from './running-toll.js';

export type TollKind = 'killed' | 'injured';

/** When a report first told a figure (build-event.ts tollTimes). */
export type TimeOf = (a: Article, value: number) => number;

/**
 * The body whose own page a report is: its outlet, where one of its sentences names the outlet before
 * the page's dead or hurt. A page is one teller: a statement that names itself before its dead and not
 * again before its wounded gives both as its own.
 */
export function pageTeller(a: Pick<Article, 'outlet' | 'body' | 'sentences' | 'casualties'>): string | null {
  return ownCountTeller(a, 'killed') ?? ownCountTeller(a, 'injured');
}

/** The running count of a kind and each body's rival figure beside it, or null where no body gives a figure the count never reached. */
export function rivalFigures(articles: readonly Article[], kind: TollKind, timeOf: TimeOf): RivalTolls | null {
  return rivalTolls(articles, pageTeller, timeOf, undefined, kind);
}

/**
 * The reports with the bodies' own figures set aside, for each kind where a body is a rival teller, so
 * that the event's headline toll is the running count's: the agreed figure or its latest, as
 * build-event.ts's agreedCasualties picks it. The bodies' figures stay listed as discrepancies.
 */
export function withoutRivalFigures(articles: readonly Article[], timeOf: TimeOf): readonly Article[] {
  const kinds = (['killed', 'injured'] as const).filter((kind) => rivalFigures(articles, kind, timeOf) !== null);
  if (kinds.length === 0) return articles;
  return articles.map((a) => {
    if (!a.casualties || pageTeller(a) === null) return a;
    const casualties = { ...a.casualties };
    for (const kind of kinds) casualties[kind] = null;
    return { ...a, casualties };
  });
}
