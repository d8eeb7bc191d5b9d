/**
 * An agencies' advisory (cyber-attribution.ts 'advisory') and the attack it names are two events: the
 * advisory is a response of its own day and issuers, which names "Tuesday's attack on the hospital" as
 * the earlier event it follows. The attack's reports often lead with no kind of incident ("the
 * hospital stopped taking ambulances"), so lead-incident.ts's rule, which needs a kind on both sides,
 * let the join model fold the advisory into the attack when the attack's event was stored first, and
 * keep it apart when the advisory's was (review ux74a: the order of ingest decided).
 */
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';

const DAY_MS = 86_400_000;

/** Whether every day of `later` lies more than a day after every day of `earlier`. */
function allLater(later: readonly string[], earlier: readonly string[]): boolean {
  const first = Math.min(...later.map((d) => Date.parse(`${d}T00:00:00Z`)));
  const last = Math.max(...earlier.map((d) => Date.parse(`${d}T00:00:00Z`)));
  return first - last > DAY_MS;
}

/**
 * Whether the pair is an advisory and an earlier report that is not one, either way round: the article
 * leads with an advisory dated more than a day after every day of an event none of whose reports leads
 * with one; or the article leads with no advisory and is dated more than a day before every day of an
 * event whose reports lead, where they lead with any kind, with advisories only. A later report of the
 * advisory that leads otherwise ("the agencies say the group ...") keeps the pair: it is dated after.
 */
export function advisoryApart(article: ArticleFeatures, event: EventProfile): boolean {
  const day = article.date;
  if (!day || event.dates.length === 0) return false;
  const kinds = event.incidents ?? [];
  if (article.incident === 'advisory') return !kinds.includes('advisory') && allLater([day], event.dates);
  return kinds.length > 0 && kinds.every((k) => k === 'advisory') && allLater(event.dates, [day]);
}
