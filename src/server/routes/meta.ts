/** `GET /api/stats` (counts and facets for the map, timeline and filters), `GET /api/map`, `GET /openapi.json`, `GET /api/health`. */
import type { Deps } from '../deps.js';
import { openApiDocument } from '../openapi.js';
import { Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { worldMap } from '../world-map.js';

export function metaRoutes(router: Router, { store, token }: Deps): void {
  const plain = (path: string, answer: () => Promise<unknown> | unknown, cache = 'no-store'): void => {
    router.add('GET', path, async ({ res, url }) => {
      new Query(url.searchParams).done();
      sendJson(res, 200, await answer(), { 'Cache-Control': cache });
    });
  };
  plain('/api/stats', async () => ({ ...(await store.counts()), ...(await store.eventFacets()) }));
  plain('/api/health', () => ({ ok: true, writeRequiresToken: token !== null }));
  plain('/api/map', worldMap, 'public, max-age=86400');
  plain('/openapi.json', openApiDocument, 'public, max-age=3600');
}
