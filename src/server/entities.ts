/**
 * Entities as the API shows them: the people, organisations and places of events, one entry per name
 * and kind (an organisation: per name and country, so two countries' ministries of one name are two).
 * A person's entry has the aliases, roles and countries the events give them over time; an
 * organisation's, its other names, and the people who spoke or acted for it and their roles; a place's, its country. Ids
 * are stable hashes of the kind, the lower-cased name and an organisation's country (a person's of
 * the name alone, as before organisations and places had pages), so a link survives re-ingesting the
 * same articles.
 */
import { createHash } from 'node:crypto';
import { summarizeEvent, type EventSummary } from '../model/event-summary.js';
import type { NewsEvent } from '../model/types.js';
import type { EntityKind, ParticipantCount } from '../store/store.js';
import { foldAccents } from '../util/fold.js';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'vessel'];

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  events: number;
  /** Organisations: the country of the people who act for it, or the one the reports tie it to, when known (part of its identity). */
  country?: string;
  /** People and places: the countries their events give them, when any do (no part of the entry's identity). */
  countries?: string[];
  /**
   * Other names, when there are any (the list's name filter matches them too): an organisation's as the
   * events list it, and the names of entries joined into this one (entity-groups.ts), a person's spellings.
   */
  aliases?: string[];
  /** A threat actor's: the groups events call units of it, when there are any (its `entity` filter finds their events too). */
  units?: string[];
}

export interface EntityRole {
  eventId: string;
  date: string | null;
  /** For an organisation's entry: who held the role. */
  person?: string;
  role: string | null;
  organization: string | null;
  country: string | null;
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  countries: string[];
  organizations: string[];
  /** What each event says the entity was (a person), or who acted for it (an organisation), oldest event first. */
  roles: EntityRole[];
  eventList: EventSummary[];
}

/** Ids by their key: the list hashes every name of the store again after each change (28,000 at 10,000 articles). */
const IDS = new Map<string, string>();

export function entityId(name: string, kind: EntityKind = 'person', country?: string): string {
  const key = kind === 'person' ? name.toLowerCase() : `${kind}:${name.toLowerCase()}${country ? `:${country}` : ''}`;
  let id = IDS.get(key);
  if (id === undefined) {
    id = `ent_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    if (IDS.size >= 200_000) IDS.clear();
    IDS.set(key, id);
  }
  return id;
}

export function entitySummaries(names: readonly ParticipantCount[], kind: EntityKind = 'person'): EntitySummary[] {
  return names.map((n) => ({ id: entityId(n.name, kind, n.country), kind, name: n.name, events: n.events, ...(n.country ? { country: n.country } : {}), ...(n.aliases?.length ? { aliases: n.aliases } : {}), ...(n.units?.length ? { units: n.units } : {}) }));
}

/**
 * The list's name filter: entities whose name or an alias holds the text, in any case and with accents
 * folded on both sides ("Sao Paulo" finds "São Paulo", "Québécois" finds "Quebecois"). No text, every one.
 */
export function namesPart(text: string | undefined): (entity: EntitySummary) => boolean {
  if (!text) return () => true;
  const part = foldAccents(text).toLowerCase();
  return (entity) => [entity.name, ...(entity.aliases ?? [])].some((name) => foldAccents(name).toLowerCase().includes(part));
}

/**
 * `events` are those the entity takes part in, oldest first. `members`: the entries of the list joined
 * into this one (entity-groups.ts), each name as the events wrote it with its country; the entry alone by default.
 */
export function entityDetail(summary: EntitySummary, events: readonly NewsEvent[], members: readonly EntitySummary[] = [summary]): EntityDetail {
  const key = summary.name.toLowerCase();
  const names = new Set(members.map((m) => m.name.toLowerCase()));
  // A body's entry is its name and country: one of its names with the other country is another body.
  const bodyOf = (name: string, country: string | null | undefined): boolean => members.some((m) => m.name.toLowerCase() === name.toLowerCase() && (m.country ?? undefined) === (country ?? undefined));
  const aliases = new Set<string>();
  const countries = new Set<string>();
  const organizations = new Set<string>();
  const roles: EntityRole[] = [];
  for (const event of events) {
    if (summary.kind === 'vessel') {
      // A ship: the other forms the reports wrote its name in, and the flag they give it.
      for (const v of event.vessels ?? []) {
        if (!names.has(v.name.toLowerCase())) continue;
        for (const alias of v.aliases) if (alias.toLowerCase() !== key) aliases.add(alias);
        if (v.flag) countries.add(v.flag);
      }
      continue;
    }
    if (summary.kind === 'place') {
      if (event.location?.name.toLowerCase() === key && event.location.country) countries.add(event.location.country);
      continue;
    }
    if (summary.kind === 'organization') {
      // A body the reports name: its other names and its country, as the events list them.
      for (const o of [...(event.organizations ?? []), ...(event.threatActors ?? [])]) {
        if (!bodyOf(o.name, o.country)) continue;
        for (const alias of [o.name, ...o.aliases]) if (alias.toLowerCase() !== key) aliases.add(alias);
        if (o.country) countries.add(o.country);
      }
      const ofThisOne = event.participants.filter((x) => x.organization !== null && bodyOf(x.organization, x.country));
      for (const p of ofThisOne) {
        if (p.country) countries.add(p.country);
        roles.push({ eventId: event.id, date: event.date, person: p.name, role: p.role, organization: p.organization, country: p.country });
      }
      continue;
    }
    const p = event.participants.find((x) => names.has(x.name.toLowerCase()) || x.aliases.some((a) => names.has(a.toLowerCase())));
    if (!p) continue;
    for (const alias of [p.name, ...p.aliases]) if (alias.toLowerCase() !== key) aliases.add(alias);
    if (p.country) countries.add(p.country);
    if (p.organization) organizations.add(p.organization);
    roles.push({ eventId: event.id, date: event.date, role: p.role, organization: p.organization, country: p.country });
  }
  // Names joined from other entries are aliases too, though no event of the page gives them.
  for (const m of members) if (m.name.toLowerCase() !== key) aliases.add(m.name);
  return { ...summary, aliases: [...aliases].sort(), countries: [...countries].sort(), organizations: [...organizations].sort(), roles, eventList: events.map(summarizeEvent) };
}
