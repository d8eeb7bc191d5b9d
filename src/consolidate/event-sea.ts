/**
 * The sea area of an event at sea, from its reports' openings (enrich/sea-area.ts): the sea most of the
 * reports that name one name (the first of them on a tie), and the first distance off a town given. The
 * event's place stays the town the reports vote for, shown as a reference point beside the sea.
 */
import type { Article, EventLocation, SeaArea } from '../model/types.js';

/** The sea area the event's reports give, or null where none does. */
export function eventSea(articles: readonly Article[]): SeaArea | null {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.seaArea?.name) counts.set(a.seaArea.name, (counts.get(a.seaArea.name) ?? 0) + 1);
  let name: string | null = null;
  for (const [n, c] of counts) if (name === null || c > counts.get(name)!) name = n;
  const off = articles.find((a) => a.seaArea?.off !== undefined)?.seaArea;
  if (name === null && !off) return null;
  return { name, ...(off?.off !== undefined ? { off: off.off, km: off.km } : {}) };
}

/** The event's place with its sea area; a sea alone where the reports name no town. */
export function withSea(location: EventLocation | null, articles: readonly Article[]): EventLocation | null {
  const sea = eventSea(articles);
  if (!sea) return location;
  if (location) return { ...location, sea };
  return { name: sea.name ?? sea.off!, country: null, lat: null, lon: null, sea };
}
