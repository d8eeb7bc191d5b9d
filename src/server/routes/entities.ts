/** `GET /api/entities` (filter by kind and name) and `GET /api/entities/{id}` (aliases, roles over time, events). */
import type { Store } from '../../store/store.js';
import type { Deps } from '../deps.js';
import { ENTITY_KINDS, entityDetail, namesPart } from '../entities.js';
import type { EntityGroup } from '../entity-groups.js';
import { entityGroups, groupEvents, type KeptGroupings } from '../entity-list.js';
import { badRequest, notFound } from '../http-error.js';
import { decodeCursor, encodeCursor, Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';

/** Events given on an entity's page: its latest (a city's can run to thousands). */
export const ENTITY_EVENTS = 100;

/**
 * Every entity of the store (entity-list.ts). Counting them reads every name tag (a tenth of a second
 * at 100,000 articles), so the list is kept until the store changes: an id is looked up in it, and so
 * is every name filter.
 */
const known = new WeakMap<Store, { mark: string; all: Promise<EntityGroup[]> }>();
/** The joins of each store's last list: after a change only the changed names are compared again (entity-joins.ts). */
const kept = new WeakMap<Store, KeptGroupings>();

export async function allGroups(store: Store): Promise<EntityGroup[]> {
  const mark = await store.changeMark();
  let entry = known.get(store);
  if (entry?.mark !== mark) {
    let joins = kept.get(store);
    if (!joins) kept.set(store, (joins = new Map()));
    const all = entityGroups(store, joins);
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
 * Works out the store's list now, if it changed since the last, for the next request to find: a
 * request that comes meanwhile under the same change mark waits for this one, never for a second.
 * A failure (a store closed meanwhile) is the caller's to drop: the next request meets it again.
 */
export async function warmEntityList(store: Store): Promise<void> {
  await allGroups(store);
}

export function entityRoutes(router: Router, { store, entityWarm }: Deps): void {
  router.add('GET', '/api/entities', async ({ res, url }) => {
    entityWarm?.asked();
    const query = new Query(url.searchParams);
    // `name` is the CLI's word for the same filter (`entities --name`): either is taken, not two different ones.
    const q = query.string('q');
    const name = query.string('name');
    if (q !== undefined && name !== undefined && q !== name) throw badRequest(`query parameters 'q' and 'name' are one filter (name is the CLI's word for q): give one of them, got '${q}' and '${name}'`);
    const named = namesPart(q ?? name);
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
    entityWarm?.asked();
    if (!/^ent_[0-9a-f]{16}$/.test(params.id!)) throw badRequest(`'${params.id}' is not an entity id (they look like ent_ and 16 hexadecimal digits)`);
    // A name joined into another's entry keeps its id, which leads to that entry.
    const group = (await allGroups(store)).find((g) => g.members.some((m) => m.id === params.id));
    if (!group) throw notFound(`no entity '${params.id}'`);
    // Oldest first, as the roles over time read.
    sendJson(res, 200, entityDetail(group.summary, (await groupEvents(store, group, ENTITY_EVENTS)).reverse(), group.members));
  });
}
