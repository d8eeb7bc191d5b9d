/** `GET /api/entities` (filter by kind and name) and `GET /api/entities/{id}` (aliases, roles over time, events). */
import type { NewsEvent } from '../../model/types.js';
import type { EventQuery, Store } from '../../store/store.js';
import type { Deps } from '../deps.js';
import { ENTITY_KINDS, entityDetail, entitySummaries, namesPart, type EntitySummary } from '../entities.js';
import { groupEntities, type EntityGroup } from '../entity-groups.js';
import { badRequest, notFound } from '../http-error.js';
import { decodeCursor, encodeCursor, Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';

/** Events given on an entity's page: its latest (a city's can run to thousands). */
export const ENTITY_EVENTS = 100;

/**
 * Every entity of the store, most events first across kinds, with the entries of one person or body
 * written differently joined (entity-groups.ts). Counting them reads every name tag (a tenth of a
 * second at 100,000 articles), so the list is kept until the store changes: an id is looked up in it,
 * and so is every name filter.
 */
const known = new WeakMap<Store, { mark: string; all: Promise<EntityGroup[]> }>();

async function allGroups(store: Store): Promise<EntityGroup[]> {
  const mark = await store.changeMark();
  let entry = known.get(store);
  if (entry?.mark !== mark) {
    const all = Promise.all(ENTITY_KINDS.map(async (kind) => entitySummaries(await store.entityNames(kind), kind)))
      .then((lists) => countedOnce(store, groupEntities(lists.flat())))
      .then((groups) => groups.sort((a, b) => b.summary.events - a.summary.events || a.summary.name.localeCompare(b.summary.name)));
    entry = { mark, all };
    known.set(store, entry);
    // A failed read is not kept: the next request tries again.
    all.catch(() => {
      if (known.get(store)?.all === all) known.delete(store);
    });
  }
  return entry.all;
}

/**
 * A joined entry's events, each once: an event that writes two of its names ("US Treasury" for a
 * spokesman's employer, "US Treasury Department" among the bodies) was counted under both.
 */
async function countedOnce(store: Store, groups: EntityGroup[]): Promise<EntityGroup[]> {
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const ids = new Set<string>();
    // A person's filter finds the other spellings' events too: the group's sum bounds what any finds.
    const total = group.summary.events;
    for (const member of group.members) {
      for (const text of await store.queryEventSummaries({ ...filterOf(member), limit: total })) ids.add((JSON.parse(text) as { id: string }).id);
    }
    group.summary.events = ids.size;
  }
  return groups;
}

/** The filter of one entry's events: by participant name, affiliation or place. */
function filterOf(summary: EntitySummary): EventQuery {
  return summary.kind === 'person' ? { entity: summary.name } : summary.kind === 'organization' ? { organization: { name: summary.name, country: summary.country ?? null } } : { place: summary.name };
}

/** The latest events an entity takes part in under any of its joined names, newest first (undated last), each once. */
async function eventsOf(store: Store, group: EntityGroup): Promise<NewsEvent[]> {
  if (group.members.length === 1) return store.queryEvents({ ...filterOf(group.summary), sort: 'date-desc', limit: ENTITY_EVENTS });
  const byId = new Map<string, NewsEvent>();
  for (const member of group.members) for (const event of await store.queryEvents({ ...filterOf(member), sort: 'date-desc', limit: ENTITY_EVENTS })) byId.set(event.id, event);
  const newestFirst = (a: NewsEvent, b: NewsEvent): number => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1);
  return [...byId.values()].sort(newestFirst).slice(0, ENTITY_EVENTS);
}

export function entityRoutes(router: Router, { store }: Deps): void {
  router.add('GET', '/api/entities', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const named = namesPart(query.string('q'));
    const kind = query.choice('kind', ENTITY_KINDS);
    const limit = query.integer('limit', 50, 1, 500);
    const offset = decodeCursor(query.string('cursor', 400));
    query.done();
    const all = (await allGroups(store)).map((g) => g.summary).filter((e) => (!kind || e.kind === kind) && named(e));
    sendJson(res, 200, { items: all.slice(offset, offset + limit), next: all.length > offset + limit ? encodeCursor(offset + limit) : null });
  });

  router.add('GET', '/api/entities/{id}', async ({ res, params, url }) => {
    // No parameters here: a typo in one is an error, as on every other route.
    new Query(url.searchParams).done();
    if (!/^ent_[0-9a-f]{16}$/.test(params.id!)) throw badRequest(`'${params.id}' is not an entity id (they look like ent_ and 16 hexadecimal digits)`);
    // A name joined into another's entry keeps its id, which leads to that entry.
    const group = (await allGroups(store)).find((g) => g.members.some((m) => m.id === params.id));
    if (!group) throw notFound(`no entity '${params.id}'`);
    // Oldest first, as the roles over time read.
    sendJson(res, 200, entityDetail(group.summary, (await eventsOf(store, group)).reverse(), group.members));
  });
}
