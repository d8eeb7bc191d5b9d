/**
 * Links from events to the earlier events they mention, judged by gold incidents: on GVA a report that
 * refers back is mostly a follow-up of its own incident ("the April shooting"), so a link between
 * events whose articles share an incident is right, and one between events of different incidents is
 * mostly wrong (a few mentions do name another incident of the set: "the Pulse nightclub massacre").
 */
import type { NewsEvent } from '../src/model/types.js';
import type { ClusterItem } from './cluster-data.js';

export interface LinkScore {
  /** Mentions of earlier events in the stored records, and those linked to a stored event. */
  mentions: number;
  links: number;
  /** Links between events that share a gold incident. */
  sameIncident: number;
}

export function scoreLinks(items: readonly ClusterItem[], eventOf: ReadonlyMap<string, string>, events: ReadonlyMap<string, NewsEvent>): LinkScore {
  const incidentsOf = new Map<string, Set<string>>();
  for (const item of items) {
    const event = eventOf.get(item.id);
    if (!event || item.gold === null) continue;
    let set = incidentsOf.get(event);
    if (!set) incidentsOf.set(event, (set = new Set()));
    set.add(item.gold);
  }
  const score: LinkScore = { mentions: 0, links: 0, sameIncident: 0 };
  for (const event of events.values()) {
    for (const r of event.related) {
      score.mentions++;
      if (!r.eventId || !events.has(r.eventId)) continue;
      score.links++;
      const mine = incidentsOf.get(event.id) ?? new Set<string>();
      if ([...(incidentsOf.get(r.eventId) ?? [])].some((g) => mine.has(g))) score.sameIncident++;
    }
  }
  return score;
}
