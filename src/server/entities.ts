/**
 * Entities as the API shows them: the people who take part in events, one entry per canonical name,
 * with the aliases, roles and countries the events give them over time. Ids are stable hashes of the
 * lower-cased name, so a link to an entity survives re-ingesting the same articles.
 */
import { createHash } from 'node:crypto';
import { summarizeEvent, type EventSummary } from '../model/event-summary.js';
import type { NewsEvent } from '../model/types.js';
import type { ParticipantCount } from '../store/store.js';

export interface EntitySummary {
  id: string;
  name: string;
  events: number;
}

export interface EntityRole {
  eventId: string;
  date: string | null;
  role: string | null;
  organization: string | null;
  country: string | null;
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  countries: string[];
  organizations: string[];
  /** What each event says the entity was, oldest event first. */
  roles: EntityRole[];
  eventList: EventSummary[];
}

export function entityId(name: string): string {
  return `ent_${createHash('sha256').update(name.toLowerCase()).digest('hex').slice(0, 16)}`;
}

export function entitySummaries(names: readonly ParticipantCount[]): EntitySummary[] {
  return names.map((n) => ({ id: entityId(n.name), name: n.name, events: n.events }));
}

/** `events` are those the name takes part in, oldest first. */
export function entityDetail(summary: EntitySummary, events: readonly NewsEvent[]): EntityDetail {
  const key = summary.name.toLowerCase();
  const aliases = new Set<string>();
  const countries = new Set<string>();
  const organizations = new Set<string>();
  const roles: EntityRole[] = [];
  for (const event of events) {
    const p = event.participants.find((x) => x.name.toLowerCase() === key || x.aliases.some((a) => a.toLowerCase() === key));
    if (!p) continue;
    for (const alias of [p.name, ...p.aliases]) if (alias.toLowerCase() !== key) aliases.add(alias);
    if (p.country) countries.add(p.country);
    if (p.organization) organizations.add(p.organization);
    roles.push({ eventId: event.id, date: event.date, role: p.role, organization: p.organization, country: p.country });
  }
  return { ...summary, aliases: [...aliases].sort(), countries: [...countries].sort(), organizations: [...organizations].sort(), roles, eventList: events.map(summarizeEvent) };
}
