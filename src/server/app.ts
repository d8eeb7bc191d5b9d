/**
 * The HTTP server: node:http with our own small router (see docs/dependencies.md for why not a
 * framework). Every failure of one request becomes a JSON error with a status and a message; the
 * server goes on serving. Timeouts bound slow clients.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Store } from '../store/store.js';
import { DEFAULT_LIMITS, type Deps, type ServerLimits } from './deps.js';
import { HttpError } from './http-error.js';
import { IngestService } from './ingest-service.js';
import { keepBody, SECURITY_HEADERS, send, sendError } from './respond.js';
import { ResponseCache } from './response-cache.js';
import { storeSearch } from './search-answer.js';
import type { SearchSource } from './search-pool.js';
import { Router } from './router.js';
import { articleRoutes } from './routes/articles.js';
import { EntityWarmer } from './entity-warm.js';
import { entityRoutes, warmEntityList } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { searchRoutes } from './routes/search.js';
import { staticRoutes } from './static-files.js';
import { whyUnavailable } from '../store/store-unavailable.js';

export interface AppOptions {
  store: Store;
  /** Answers searches instead of the store (a SearchPool on the store's file); the caller closes it. */
  search?: SearchSource;
  token?: string | null;
  limits?: Partial<ServerLimits>;
  /** Keep answers to read requests until the store changes (default true; see response-cache.ts). */
  cache?: boolean;
  /**
   * Work out the entity list when the server starts, off the request path, so that the first
   * `GET /api/entities` finds it ready (`triangulate serve` sets it); after an ingest, again once
   * ingests pause for `quietMs` (default 1,000), if the list was asked for since (entity-warm.ts).
   */
  warmEntities?: boolean | { quietMs: number };
  /** Called with each request's method, path, status and milliseconds (the CLI logs them). */
  log?: (line: { method: string; path: string; status: number; ms: number }) => void;
}

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Ahead-of-request entity lists wait this long after the last ingest (AppOptions.warmEntities). */
const WARM_QUIET_MS = 1000;

/** The request listener, and what to stop when its server closes. */
function createApp(options: AppOptions): { listener: RequestListener; close: () => void } {
  const warm = options.warmEntities ? new EntityWarmer(() => warmEntityList(options.store), typeof options.warmEntities === 'object' ? options.warmEntities.quietMs : WARM_QUIET_MS) : undefined;
  const deps: Deps = { store: options.store, search: options.search ?? storeSearch(options.store), ingest: new IngestService(options.store), limits: { ...DEFAULT_LIMITS, ...options.limits }, token: options.token || null, ...(warm ? { entityWarm: warm } : {}) };
  if (warm) setImmediate(() => warm.now());
  const router = new Router();
  for (const routes of [eventRoutes, articleRoutes, entityRoutes, searchRoutes, metaRoutes]) routes(router, deps);
  staticRoutes(router);
  const cache = options.cache === false ? null : new ResponseCache();

  const listener: RequestListener = (req, res) => {
    const started = performance.now();
    res.on('finish', () => options.log?.({ method: req.method ?? '?', path: req.url ?? '?', status: res.statusCode, ms: performance.now() - started }));
    (cache ? cached(cache, options.store, router, req, res) : handle(router, req, res)).catch((error: unknown) => {
      const known = error instanceof HttpError;
      if (!known) process.stderr.write(`triangulate serve: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // A body the client was still sending is not read: close the connection after answering.
      if (!req.complete) res.setHeader('Connection', 'close');
      // A store busy or slow for now: the client may try again (the log above has the store's own words).
      const unavailable = known ? null : whyUnavailable(error);
      if (unavailable !== null) sendError(res, 503, `the store cannot answer now: ${unavailable}`, { 'Retry-After': '5' });
      else sendError(res, known ? error.status : 500, known ? error.message : 'internal error (the server log has the details)', known ? error.headers : {});
    });
  };
  return { listener, close: () => warm?.close() };
}

/** Read endpoints whose answers depend on the store alone (the export streams, health is trivial). */
const CACHED = /^\/api\/(events|articles|entities|search|stats|map)(\/|\?|$)/;

/**
 * A GET of a read endpoint is answered from the cache while the store is unchanged, with a weak ETag
 * of the store's mark (a client that sends it back gets 304); a miss is answered by the route and kept.
 */
async function cached(cache: ResponseCache, store: Store, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let key: string;
  try {
    // The parsed form, so spellings of one URL ("O'Brien", "O%27Brien") share an entry.
    const url = new URL(req.url ?? '/', 'http://localhost');
    key = `${url.pathname}${url.search}`;
  } catch {
    return handle(router, req, res);
  }
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !CACHED.test(key)) return handle(router, req, res);
  const mark = await store.changeMark();
  const etag = `W/"${mark}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...SECURITY_HEADERS, ETag: etag, 'Cache-Control': 'no-cache' }).end();
    return;
  }
  const hit = cache.get(key, mark);
  if (hit) {
    res.setHeader('ETag', hit.etag);
    send(res, 200, hit.body, hit.type, { 'Cache-Control': 'no-cache' });
    return;
  }
  res.setHeader('ETag', etag);
  keepBody.set(res, (body, type) => cache.set(key, mark, { body, type, etag }));
  return handle(router, req, res);
}

async function handle(router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'the request target is not a valid URL');
  }
  let found;
  try {
    found = router.match(req.method ?? 'GET', url.pathname);
  } catch {
    throw new HttpError(400, `the path '${url.pathname}' is not valid percent-encoding`);
  }
  if (found === 'method') throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
  if (!found) throw new HttpError(404, `no such endpoint: ${url.pathname} (the API is described at /openapi.json)`);
  await found.handler({ req, res, url, params: found.params });
}

export function createHttpServer(options: AppOptions): Server {
  const app = createApp(options);
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 }, app.listener);
  server.on('close', app.close);
  // Requests Node refuses before any handler sees them (a URL or headers over 16 KB, a malformed request)
  // still get the API's JSON error body, not an empty answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const [status, message] =
      error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'the request line or headers are too large (at most 16 KB; send long searches in fewer words)'] : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'the request took too long to arrive'] : [400, 'the request is not valid HTTP'];
    const body = JSON.stringify({ error: { status, message } });
    socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  return server;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
