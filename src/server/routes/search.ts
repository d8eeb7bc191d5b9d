/** `GET /api/search?q=` (events and articles) and `GET /api/export?format=` (the events the /api/events filters select, as the CLI exports them, streamed). */
import type { ServerResponse } from 'node:http';
import { EXPORT_FORMATS, exportWriter, type ExportFormat } from '../../export/index.js';
import { withSources } from '../../export/stream.js';
import type { Deps } from '../deps.js';
import { readEventFilters } from '../event-filters.js';
import { widenedEntity } from '../entity-filter.js';
import { allGroups } from './entities.js';
import { badRequest } from '../http-error.js';
import { Query } from '../params.js';
import { leftOutPhrases } from '../../store/query-syntax.js';
import { SECURITY_HEADERS, sendJsonText } from '../respond.js';
import type { Router } from '../router.js';

const EXPORT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  // The media type STIX 2.1 registers for its JSON (section 1.6 of the specification).
  stix: 'application/stix+json;version=2.1',
  // The media type RFC 7946 registers.
  geojson: 'application/geo+json',
};

/** The download's file name: a STIX bundle is JSON, and tools pick their reader by the extension. */
const EXPORT_FILES: Record<ExportFormat, string> = { json: 'json', jsonl: 'jsonl', csv: 'csv', stix: 'stix.json', geojson: 'geojson' };

const EXPORT_PAGE = 200;

/** Waits for the socket to drain when its buffer is full, so a slow client slows the export, not memory. */
function write(res: ServerResponse, chunk: string): Promise<void> {
  if (chunk === '' || res.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(new Error('client went away during the export'));
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

export function searchRoutes(router: Router, { store, search }: Deps): void {
  router.add('GET', '/api/search', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const q = query.required('q');
    const limit = query.integer('limit', 20, 1, 100);
    query.done();
    if (!/[\p{L}\p{N}]/u.test(q)) throw badRequest(`query parameter 'q' has no words to search for (a letter or a digit), got '${q}'`);
    // A search ranks what it finds; a query that only leaves out finds nothing to rank (an empty 200
    // read as "nothing matches"). The event feed lists every event without the words.
    if (leftOutPhrases(q)) throw badRequest(`query parameter 'q' only leaves out ('${q}'): a search needs a word to find; /api/events?q= lists every event without the words`);
    sendJsonText(res, 200, await search.searchAnswer(q, limit));
  });

  router.add('GET', '/api/export', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const format = query.choice('format', EXPORT_FORMATS) ?? 'json';
    const read = readEventFilters(query);
    query.done();
    // By every name the entity list shows for the entry, as /api/events (entity-filter.ts).
    const filters = await widenedEntity(read, () => allGroups(store));
    const writer = exportWriter(format);
    // STIX looks at every event first (one identity a person, the country from the event that knows it).
    if (writer.scan) for (let offset = 0, scanned = EXPORT_PAGE; scanned === EXPORT_PAGE; offset += EXPORT_PAGE) {
      const events = await store.queryEvents({ ...filters, limit: EXPORT_PAGE, offset });
      for (const e of events) writer.scan(e);
      scanned = events.length;
    }
    // Streamed a page of events at a time, so a large export never sits whole in memory; the first
    // page is read before the headers go out so a store failure can still answer with a 500.
    let page = await store.queryEvents({ ...filters, limit: EXPORT_PAGE, offset: 0 });
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': EXPORT_TYPES[format], 'Content-Disposition': `attachment; filename="triangulate-events.${EXPORT_FILES[format]}"`, 'Cache-Control': 'no-store' });
    if (res.req.method === 'HEAD') return void res.end();
    let count = 0;
    await write(res, writer.head);
    while (page.length > 0) {
      await write(res, (await withSources(store, page)).map((e, i) => writer.item(e, count + i)).join(''));
      count += page.length;
      page = page.length < EXPORT_PAGE ? [] : await store.queryEvents({ ...filters, limit: EXPORT_PAGE, offset: count });
    }
    for (const part of writer.tail(count)) await write(res, part);
    res.end();
  });
}
