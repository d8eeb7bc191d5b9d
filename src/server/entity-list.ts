/**
 * The store's entities as one list, for the API and the CLI alike: every name of each kind, the
 * entries of one person or body written differently joined (entity-groups.ts), each joined entry's
 * events counted once, most events first across kinds.
 */
import type { NewsEvent } from '../model/types.js';
import type { EntityKind, EventQuery, Store } from '../store/store.js';
import { ENTITY_KINDS, entitySummaries, type EntitySummary } from './entities.js';
import { EntityGrouping, placeableBody, type EntityGroup, type PlacedBodies } from './entity-groups.js';
import { countAliasEvents } from './person-alias-count.js';

/** One grouping per kind, kept between lists of one store (the server's): see EntityGrouping. */
export type KeptGroupings = Map<EntityKind, EntityGrouping>;

/**
 * The list as the store holds it now. With `kept`, the joins of the last list are reused where its
 * names are unchanged; the answer is the same as without. The kinds and the joined counts are read
 * one after another, with turns of the event loop between them, not in one transaction: a commit
 * meanwhile can show in a later read and not an earlier one (the caller keeps the list under the
 * change mark read before, so the next request after that commit reads it all anew).
 */
export async function entityGroups(store: Store, kept: KeptGroupings = new Map()): Promise<EntityGroup[]> {
  const groups: EntityGroup[] = [];
  for (const kind of ENTITY_KINDS) {
    // SQLite's reads are synchronous (tens of milliseconds each at 10,000 articles): a turn for the
    // requests waiting between them, or the whole list would block the server as one piece.
    await turn();
    const names = await store.entityNames(kind);
    await turn();
    const list = kind === 'organization' ? entitySummaries(names, kind) : withCountries(entitySummaries(names, kind), await store.entityCountries(kind));
    let grouping = kept.get(kind);
    if (!grouping) kept.set(kind, (grouping = new EntityGrouping()));
    // In slices, so that a request that came meanwhile is answered between them.
    groups.push(...(await grouping.groupInSlices(list, undefined, kind === 'organization' ? await placedBodies(store, list) : new Map())));
  }
  await countedOnce(store, groups);
  await turn();
  await countAliasEvents(store, groups);
  await turn();
  return groups.sort((a, b) => b.summary.events - a.summary.events || a.summary.name.localeCompare(b.summary.name));
}

/** People's and places' entries with the countries their events give them (Store.entityCountries). */
function withCountries(list: EntitySummary[], countries: ReadonlyMap<string, string[]>): EntitySummary[] {
  for (const e of list) {
    const known = countries.get(e.name);
    if (known?.length) e.countries = known;
  }
  return list;
}

/** Events read to place a national body named without its country: more would rarely change the answer. */
const PLACED_READ = 100;

/**
 * The country every event of a countryless national body ("Constitutional Court") is placed in, by
 * name, where there is one: the joins take it as the body's country (entity-groups.ts PlacedBodies).
 * A body whose events are placed in two countries, or some in none, gets none.
 */
async function placedBodies(store: Store, list: readonly EntitySummary[]): Promise<PlacedBodies> {
  const placed = new Map<string, string>();
  for (const e of list) {
    if (!placeableBody(e)) continue;
    const countries = new Set((await store.queryEvents({ organization: { name: e.name, country: null }, limit: PLACED_READ })).map((x) => x.location?.country ?? ''));
    const only = countries.size === 1 ? [...countries][0]! : '';
    if (only) placed.set(e.name, only);
  }
  return placed;
}

/** Lets the event loop answer what waits before the next synchronous piece of work. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A joined entry's events, each once: an event that writes two of its names ("US Treasury" for a
 * spokesman's employer, "US Treasury Department" among the bodies) was counted under both. Every
 * joined name of a kind is read in one go (Store.entityEventIds).
 */
async function countedOnce(store: Store, groups: EntityGroup[]): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const joined = groups.filter((g) => g.members.length > 1 && g.summary.kind === kind);
    if (joined.length === 0) continue;
    await turn();
    const names = joined.flatMap((g) => g.members.map((m) => ({ name: m.name, ...(m.country ? { country: m.country } : {}) })));
    const ids = await store.entityEventIds(kind, names);
    let at = 0;
    for (const group of joined) {
      const union = new Set<string>();
      for (let i = 0; i < group.members.length; i++) for (const id of ids[at + i]!) union.add(id);
      at += group.members.length;
      group.summary.events = union.size;
    }
  }
}

/**
 * The filter of one entry's events: by participant name as listed, affiliation or place; a ship's, by its name as the `entity` filter reads it. The `entity`
 * filter is no person's: it also finds a body of the same name, and an event listing the name as
 * another participant's alias, which the entry's count adds separately (person-alias-count.ts).
 */
function filterOf(summary: EntitySummary): EventQuery {
  if (summary.kind === 'vessel') return { entity: summary.name };
  return summary.kind === 'person' ? { person: summary.name } : summary.kind === 'organization' ? { organization: { name: summary.name, country: summary.country ?? null } } : { place: summary.name };
}

/** The latest `limit` events an entity takes part in under any of its joined names, newest first (undated last), each once. */
export async function groupEvents(store: Store, group: EntityGroup, limit: number): Promise<NewsEvent[]> {
  const aliasEvents = group.summary.kind === 'person' ? await eventsAsAlias(store, group, limit) : [];
  // The member, not the entry: an entry may be shown under another name than the one stored (entity-groups.ts toGroup).
  if (group.members.length === 1 && aliasEvents.length === 0) return store.queryEvents({ ...filterOf(group.members[0]!), sort: 'date-desc', limit });
  const byId = new Map<string, NewsEvent>();
  for (const member of group.members) for (const event of await store.queryEvents({ ...filterOf(member), sort: 'date-desc', limit })) byId.set(event.id, event);
  for (const event of aliasEvents) byId.set(event.id, event);
  const newestFirst = (a: NewsEvent, b: NewsEvent): number => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1);
  return [...byId.values()].sort(newestFirst).slice(0, limit);
}

/**
 * Events where one of a person's names is only another participant's other name: "Joe Biden" as the
 * alias of the participant "Joseph R. Biden". The person's page lists them (entityDetail reads the
 * participant by its alias); the entry's count adds them too (person-alias-count.ts).
 * Found through the `entity` filter, which holds every participant's aliases, and kept only where a
 * participant lists the name, as written, among its aliases: the filter also matches other word orders
 * and a body of the same name.
 */
async function eventsAsAlias(store: Store, group: EntityGroup, limit: number): Promise<NewsEvent[]> {
  const names = new Set(group.members.map((m) => m.name.toLowerCase()));
  const out: NewsEvent[] = [];
  for (const member of group.members) {
    // A name of one word ("Biden") is a surname every namesake's event gives as an alias.
    if (!member.name.trim().includes(' ')) continue;
    for (const event of await store.queryEvents({ entity: member.name, sort: 'date-desc', limit })) {
      const own = event.participants.some((p) => names.has(p.name.toLowerCase()));
      if (!own && event.participants.some((p) => p.aliases.some((a) => names.has(a.toLowerCase())))) out.push(event);
    }
  }
  return out;
}
