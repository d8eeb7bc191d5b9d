/** `GET /api/entities` (filter by kind and name) and `GET /api/entities/{id}` (aliases, roles over time, events). */
import type { EntityKind, EventQuery, Store } from '../../store/store.js';
import type { Deps } from '../deps.js';
import { ENTITY_KINDS, entityDetail, entitySummaries, type EntitySummary } from '../entities.js';
import { badRequest, notFound } from '../http-error.js';
import { decodeCursor, encodeCursor, Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';

async function summaries(store: Store, kinds: readonly EntityKind[]): Promise<EntitySummary[]> {
  const lists = await Promise.all(kinds.map(async (kind) => entitySummaries(await store.entityNames(kind), kind)));
  // One list, most events first across kinds (each kind's list already is).
  return lists.flat().sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

/** The events an entity takes part in: by participant name, affiliation or place. */
function eventsOf(summary: EntitySummary): EventQuery {
  const filter: EventQuery =
    summary.kind === 'person' ? { entity: summary.name } : summary.kind === 'organization' ? { organization: { name: summary.name, country: summary.country ?? null } } : { place: summary.name };
  return { ...filter, sort: 'date-asc' };
}

export function entityRoutes(router: Router, { store }: Deps): void {
  router.add('GET', '/api/entities', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const q = query.string('q')?.toLowerCase();
    const kind = query.choice('kind', ENTITY_KINDS);
    const limit = query.integer('limit', 50, 1, 500);
    const offset = decodeCursor(query.string('cursor', 400));
    query.done();
    const all = (await summaries(store, kind ? [kind] : ENTITY_KINDS)).filter((e) => !q || e.name.toLowerCase().includes(q));
    sendJson(res, 200, { items: all.slice(offset, offset + limit), next: all.length > offset + limit ? encodeCursor(offset + limit) : null });
  });

  router.add('GET', '/api/entities/{id}', async ({ res, params }) => {
    if (!/^ent_[0-9a-f]{16}$/.test(params.id!)) throw badRequest(`'${params.id}' is not an entity id (they look like ent_ and 16 hexadecimal digits)`);
    const summary = (await summaries(store, ENTITY_KINDS)).find((e) => e.id === params.id);
    if (!summary) throw notFound(`no entity '${params.id}'`);
    sendJson(res, 200, entityDetail(summary, await store.queryEvents(eventsOf(summary))));
  });
}
