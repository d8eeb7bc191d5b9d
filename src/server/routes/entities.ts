/** `GET /api/entities` (filter by name) and `GET /api/entities/{id}` (aliases, roles over time, events). */
import type { Deps } from '../deps.js';
import { entityDetail, entitySummaries } from '../entities.js';
import { badRequest, notFound } from '../http-error.js';
import { decodeCursor, encodeCursor, Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';

export function entityRoutes(router: Router, { store }: Deps): void {
  router.add('GET', '/api/entities', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const q = query.string('q')?.toLowerCase();
    const limit = query.integer('limit', 50, 1, 500);
    const offset = decodeCursor(query.string('cursor', 400));
    query.done();
    const all = entitySummaries(await store.participantNames()).filter((e) => !q || e.name.toLowerCase().includes(q));
    sendJson(res, 200, { items: all.slice(offset, offset + limit), next: all.length > offset + limit ? encodeCursor(offset + limit) : null });
  });

  router.add('GET', '/api/entities/{id}', async ({ res, params }) => {
    if (!/^ent_[0-9a-f]{16}$/.test(params.id!)) throw badRequest(`'${params.id}' is not an entity id (they look like ent_ and 16 hexadecimal digits)`);
    const summary = entitySummaries(await store.participantNames()).find((e) => e.id === params.id);
    if (!summary) throw notFound(`no entity '${params.id}'`);
    sendJson(res, 200, entityDetail(summary, await store.queryEvents({ entity: summary.name, sort: 'date-asc' })));
  });
}
