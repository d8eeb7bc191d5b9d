/** `GET /api/search?q=` (events and articles) and `GET /api/export?format=` (every event, as the CLI exports them). */
import { publicArticle } from '../../cli/present.js';
import { EXPORTERS, type ExportFormat } from '../../export/index.js';
import type { Deps } from '../deps.js';
import { badRequest } from '../http-error.js';
import { Query } from '../params.js';
import { send, sendJson } from '../respond.js';
import type { Router } from '../router.js';

const EXPORT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function searchRoutes(router: Router, { store }: Deps): void {
  router.add('GET', '/api/search', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const q = query.required('q');
    const limit = query.integer('limit', 20, 1, 100);
    query.done();
    if (!/[\p{L}\p{N}]/u.test(q)) throw badRequest("query parameter 'q' has no words to search for");
    const [events, articles] = await Promise.all([store.searchEvents(q, { limit }), store.searchArticles(q, { limit })]);
    sendJson(res, 200, {
      query: q,
      events: events.map((h) => ({ score: h.score, event: h.item })),
      articles: articles.map((h) => ({ score: h.score, article: publicArticle(h.item) })),
    });
  });

  router.add('GET', '/api/export', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const format = query.choice('format', Object.keys(EXPORTERS) as ExportFormat[]) ?? 'json';
    query.done();
    const text = EXPORTERS[format](await store.listEvents());
    send(res, 200, text, EXPORT_TYPES[format], { 'Content-Disposition': `attachment; filename="triangulate-events.${format}"`, 'Cache-Control': 'no-store' });
  });
}
