/**
 * Which other events an arriving article merges into the one it joins: those it also reaches the merge
 * probability with, unless both events are already stories of their own (see MERGE_MAX_BOTH) or one
 * event's reports tell the other as an earlier event.
 */
import type { EventProfile } from '../store/store.js';
import { setsApart } from './earlier-events.js';
import { hullSetsApart } from './hulls.js';
import { caseEventsApart } from './case-steps.js';
import { incidentDaysApart } from './incident-days.js';
import { accidentEventsApart } from './accident-steps.js';

/**
 * Two events that each hold this many articles or more are not merged on one article's evidence: each
 * is a story of its own that outlets have told several times, and the article that scores high with
 * both tells the kind of story they share (a team's two games, a country's two launches). Read off the
 * merges the bench's streams made (ECB+ in four orders, GVA; docs/clustering.md): between two events of 5
 * articles or more, none of 10 joined two parts of one story (of 3 or more, 2 of 21). 5, not 3: at 3 one
 * ECB+ order fell (B-cubed 0.901 -> 0.898) while the others rose; at 5 none fell (docs/benchmarks.md).
 */
export const MERGE_MAX_BOTH = 5;

/** `joined`: the events the article reached the join threshold with, most probable first (the one it joins). */
export function eventsToMerge(joined: readonly { eventId: string; profile: EventProfile; score: { total: number } }[], mergeThreshold: number, mergeMaxBoth = MERGE_MAX_BOTH): string[] {
  const best = joined[0];
  if (!best) return [];
  return joined
    .slice(1)
    .filter((c) => c.score.total >= mergeThreshold && Math.min(best.profile.size, c.profile.size) < mergeMaxBoth && !apart(best.profile, c.profile))
    .map((c) => c.eventId);
}

/** Whether either event's reports set the other apart as an earlier event (earlier-events.ts): an article that tells both is no evidence they are one. */
function apart(a: EventProfile, b: EventProfile): boolean {
  // Nor is a round-up or an advisory that names no ship evidence that events about two ships are one (hulls.ts).
  // Nor is a report of a raid that names no crime evidence that the raid and the arrest far away are one (case-steps.ts).
  // Nor is a situation report that tells a quake and a convoy attacked two days later evidence that
  // the quake's event and the attack's are one (incident-days.ts).
  // Nor is a background piece on a flight evidence that its crash and the grounding of its type are one (accident-steps.ts).
  return setsApart(a.earlier ?? [], a.dates, b.dates) || setsApart(b.earlier ?? [], b.dates, a.dates) || hullSetsApart(a.hulls, b.hulls) || caseEventsApart(a, b) || incidentDaysApart(a.incidentDays ?? [], b.incidentDays ?? []) || accidentEventsApart(a.incidents ?? [], b.incidents ?? []);
}
