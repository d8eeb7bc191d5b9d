/**
 * An authority's measure (a curfew imposed, a state of emergency declared, a ban or restriction lifted)
 * reported in its own right is an event of its own, beside the violence it answers. A conflict coder
 * codes the police firing on a crowd and the curfew the minister declares that night as two events,
 * the second linked to the first; the join model read the curfew's reports, told with the same town,
 * day and words as the shooting's, as the shooting's follow-up (review ux69). lead-incident.ts's
 * rule abstains where a side leads with a crime, as a road or school closed after a shooting is its
 * own step: that holds for a closure, not for a measure over a whole town or country.
 *
 * Which report is the measure's is read from its lead: the first incident its lead sentence (else its
 * headline) tells. A shooting's report that tells the curfew further down, or after the shooting in
 * its lead, still leads with the protest and joins the shooting.
 */

/** The kinds of lead-incident.ts (public-acts.ts) that are an authority's measure over a place. */
const MEASURES: ReadonlySet<string> = new Set(['imposition', 'declaration', 'lifting']);

/** Whether a kind of lead incident is an authority's measure. */
export function isMeasure(kind: string | null | undefined): boolean {
  return kind !== null && kind !== undefined && MEASURES.has(kind);
}

/** Whether a side tells violence or unrest: its reports lead with a protest or a clash, or with a crime (lead-act.ts). */
function violent(incidents: readonly string[], acts: readonly string[]): boolean {
  return incidents.includes('protest') || acts.some((a) => a.startsWith('crime:'));
}

/**
 * Whether the pair is a measure and the violence it answers, whichever arrived first: the article
 * leads with a measure and the event's reports with a protest or a crime and none with a measure; or
 * the article leads with a protest (or with a crime and no incident) and every report of the event
 * that leads with an incident leads with a measure. Whatever the days: the curfew is often declared
 * on the night of the shooting.
 */
export function measureApart(
  article: { incident?: string | null; act?: string | null },
  event: { incidents?: readonly string[]; acts?: readonly string[] },
): boolean {
  const kinds = event.incidents ?? [];
  const acts = event.acts ?? [];
  if (isMeasure(article.incident)) return !kinds.some(isMeasure) && violent(kinds, acts);
  const articleViolent = article.incident === 'protest' || (!article.incident && Boolean(article.act?.startsWith('crime:')));
  return articleViolent && kinds.length > 0 && kinds.every(isMeasure);
}
