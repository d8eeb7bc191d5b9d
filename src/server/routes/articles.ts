/**
 * `GET /api/articles`, `GET /api/articles/{id}` and `POST /api/articles`: multipart uploads of
 * .txt/.html/.jsonl files, or one JSON record. A bad file is reported by name and the rest go in.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { publicArticle } from '../../cli/present.js';
import { readJson } from '../body.js';
import type { Deps } from '../deps.js';
import { badRequest, HttpError, notFound } from '../http-error.js';
import type { IngestResult } from '../ingest-service.js';
import { decodeArticleCursor, encodeArticleCursor, Query } from '../params.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { receiveUploads } from '../uploads.js';

export function articleRoutes(router: Router, deps: Deps): void {
  const { store } = deps;
  router.add('GET', '/api/articles', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const limit = query.integer('limit', 20, 1, 100);
    const afterId = decodeArticleCursor(query.string('cursor', 400));
    query.done();
    // Keyset paging by the last article given: arrivals between two requests shift nothing.
    const rows = await store.listArticles({ limit: limit + 1, ...(afterId ? { afterId } : {}) });
    const items = rows.slice(0, limit);
    sendJson(res, 200, { items: items.map(publicArticle), next: rows.length > limit ? encodeArticleCursor(items[items.length - 1]!.id) : null });
  });

  router.add('GET', '/api/articles/{id}', async ({ res, params, url }) => {
    // No parameters here: a typo in one is an error, as on every other route.
    new Query(url.searchParams).done();
    if (!/^art_[0-9a-f]{16}$/.test(params.id!)) throw badRequest(`'${params.id}' is not an article id (they look like art_ and 16 hexadecimal digits)`);
    const article = await store.getArticle(params.id!);
    if (!article) throw notFound(`no article '${params.id}'`);
    sendJson(res, 200, publicArticle(article));
  });

  router.add('POST', '/api/articles', async ({ req, res }) => {
    authorize(req, deps.token);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    let result: IngestResult;
    if (type === 'multipart/form-data') {
      const uploads = await receiveUploads(req, { fileBytes: deps.limits.fileBytes, files: deps.limits.files });
      try {
        if (uploads.names.size === 0 && uploads.problems.length === 0) throw badRequest('the upload has no files (send .txt, .html or .jsonl files as multipart/form-data)');
        result = await deps.ingest.ingestFiles(uploads.names, deps.limits.fileBytes, uploads.problems, uploads.received);
      } finally {
        uploads.cleanup();
      }
    } else if (type === 'application/json') {
      result = await deps.ingest.ingestRecord(await readJson(req, deps.limits.jsonBytes));
    } else {
      throw new HttpError(415, `unsupported content type '${type || '(none)'}': send multipart/form-data files or an application/json record`);
    }
    // 201 when something new was stored, 200 when all was already stored, 422 when nothing went in;
    // 507 when the store could not be written (a full disk): the fault is the server's, not the input's.
    const status = result.stopped ? 507 : result.stored > 0 ? 201 : result.duplicates > 0 || result.errors.length === 0 ? 200 : 422;
    sendJson(res, status, result);
    if (result.stored > 0) deps.entityWarm?.changed();
  });
}

/** Write endpoints need the bearer token when the server was given one. */
function authorize(req: IncomingMessage, token: string | null): void {
  if (token === null) return;
  const header = req.headers.authorization ?? '';
  // The scheme's name is case-insensitive (RFC 7235): "bearer" is as good as "Bearer".
  const scheme = /^bearer\s+/i.exec(header);
  const given = Buffer.from(scheme ? header.slice(scheme[0].length).trim() : '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpError(401, header ? 'the bearer token is not valid' : 'this server requires a bearer token for writes (Authorization: Bearer <token>)', { 'WWW-Authenticate': 'Bearer' });
  }
}
