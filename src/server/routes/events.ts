/** `GET /api/events` (filters, sort, cursor pages) and `GET /api/events/{id}` (with articles and shared passages). */
import type { EventSummary } from '../../model/event-summary.js';
import type { SharedPassage } from '../../model/types.js';
import { eventPosition, type EventSort } from '../../store/store.js';
import type { Deps } from '../deps.js';
import { readEventFilters } from '../event-filters.js';
import { widenedEntity } from '../entity-filter.js';
import { allGroups } from './entities.js';
import { badRequest, notFound } from '../http-error.js';
import { decodeEventCursor, encodeEventCursor, Query } from '../params.js';
import { sendJson, sendJsonText } from '../respond.js';
import type { Router } from '../router.js';
import { passagesAmong, sharedPassages } from '../../consolidate/shared-passages.js';

const SORTS: readonly EventSort[] = ['date-desc', 'date-asc', 'updated', 'sources', 'relevance'];
/** Articles given whole on an event's page (the event lists all its article ids). */
const DETAIL_ARTICLES = 24;
export const EVENT_ID = /^evt_[0-9a-f]{16}$/;

export function eventRoutes(router: Router, { store, search }: Deps): void {
  router.add('GET', '/api/events', async ({ res, url }) => {
    const query = new Query(url.searchParams);
    const filters = readEventFilters(query);
    const sort = query.choice('sort', SORTS);
    const limit = query.integer('limit', 20, 1, 100);
    const cursorText = query.string('cursor', 400);
    query.done();
    if (sort === 'relevance' && !filters.text) throw badRequest("sort=relevance needs a search query 'q'");
    const order: EventSort = sort ?? (filters.text ? 'relevance' : 'date-desc');
    const cursor = decodeEventCursor(cursorText, order);
    if (cursor && 'offset' in cursor !== (order === 'relevance')) throw badRequest("query parameter 'cursor' does not fit this order (start again without a cursor)");
    const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
    // One more than the page tells whether there is a next page without counting the whole result.
    // A feed with words to search for ranks its matches: on the search threads, when the server has them.
    const source = filters.text ? search : store;
    // "WHO" finds the events of the entry that lists it, under each of the entry's names (entity-filter.ts).
    const wide = await widenedEntity(filters, () => allGroups(store));
    const rows = await source.queryEventSummaries({ ...wide, sort: order, limit: limit + 1, offset, ...(cursor && 'after' in cursor ? { after: cursor.after } : {}) });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    let next: string | null = null;
    if (rows.length > limit && last) next = encodeEventCursor(order === 'relevance' ? { offset: offset + limit } : { sort: order, after: eventPosition(JSON.parse(last) as EventSummary, order) });
    // The stored summaries are the items as the API gives them: sent as they are, not parsed and serialised again.
    sendJsonText(res, 200, `{"items":[${items.join(',')}],"next":${JSON.stringify(next)}}`);
  });

  router.add('GET', '/api/events/{id}', async ({ res, params, url }) => {
    // No parameters here: a typo in one is an error, as on every other route.
    new Query(url.searchParams).done();
    if (!EVENT_ID.test(params.id!)) throw badRequest(`'${params.id}' is not an event id (they look like evt_ and 16 hexadecimal digits)`);
    const page = await store.eventPage(params.id!, DETAIL_ARTICLES);
    if (!page) {
      // An event merged into another lives on under the survivor's id: send the client there.
      const survivor = await store.survivorOf(params.id!);
      if (!survivor) throw notFound(`no event '${params.id}'`);
      sendJson(res, 308, { mergedInto: survivor, message: `event '${params.id}' was merged into '${survivor}'` }, { Location: `/api/events/${survivor}` });
      return;
    }
    // A story that hundreds of sites carried is shown by its first and latest reports: the page and the
    // shared-passage comparison stay readable and their cost stays bounded. The passages are those kept
    // when the event was written, narrowed to the articles shown; an event stored before they were
    // kept has its articles' sentences grouped now.
    let shared: SharedPassage[];
    if (page.passages) {
      shared = passagesAmong(page.passages, new Set(page.articles.map((a) => a.id)));
    } else {
      shared = sharedPassages(await store.articlesOfEvent(params.id!, { sample: DETAIL_ARTICLES }));
    }
    // Where its articles came from or went: merges into it and splits (store.eventHistory).
    const history = await store.eventHistory(params.id!);
    // The stored record and articles are put together as text (in publication order, as the event lists them).
    sendJsonText(res, 200, `${page.event.slice(0, -1)},"articleDetails":[${page.articles.map((a) => a.json).join(',')}],"shared":${JSON.stringify(shared)},"history":${JSON.stringify(history)}}`);
  });
}
