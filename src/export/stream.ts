/**
 * Every event in an export format as a sequence of text chunks, read from the store a page at a time
 * in the order `listEvents` gives (newest first), each page after the last event of the one before
 * (keyset paging: no page costs more than the first). What is held at once is one page of events and
 * its text, so the CLI export of a store of any size runs in bounded memory; the bytes are those of
 * EXPORTERS over every event. Filters narrow the events as they narrow /api/export's; with words to
 * search for, the order is the search's (best match first, as the API gives it), paged by offset since
 * a rank has no position to page after.
 */
import type { ExportedEvent, SourceArticle } from '../model/source-article.js';
import type { NewsEvent } from '../model/types.js';
import { eventPosition, type EventPosition, type EventQuery } from '../store/store.js';
import type { ExportWriter } from './index.js';

/** Events a page: large enough that paging costs little, small enough that a page of big events stays small. */
export const EXPORT_PAGE = 200;

export interface EventPages {
  queryEvents(query: EventQuery): Promise<NewsEvent[]>;
  /** Where the store has it, each event's articles are written with it as its sources. */
  sourceArticles?(eventIds: readonly string[]): Promise<Map<string, SourceArticle[]>>;
}

/** A page of events with their articles as sources, read for the page at once (one query an event). */
export async function withSources(store: EventPages, events: readonly NewsEvent[]): Promise<ExportedEvent[]> {
  if (!store.sourceArticles || events.length === 0) return [...events];
  const sources = await store.sourceArticles(events.map((e) => e.id));
  return events.map((e) => ({ ...e, sourceArticles: sources.get(e.id) ?? [] }));
}

/** What an export may be narrowed by: the filters of /api/events. */
export type ExportFilters = Pick<EventQuery, 'text' | 'entity' | 'entityAny' | 'country' | 'theme' | 'cve' | 'from' | 'to'>;

export async function* exportChunks(store: EventPages, writer: ExportWriter, filters: ExportFilters = {}, pageSize = EXPORT_PAGE): AsyncGenerator<string> {
  if (writer.scan) for await (const page of eventPagesOf(store, filters, pageSize)) for (const e of page) writer.scan(e);
  yield writer.head;
  let count = 0;
  for await (const page of eventPagesOf(store, filters, pageSize)) {
    yield (await withSources(store, page)).map((e, i) => writer.item(e, count + i)).join('');
    count += page.length;
  }
  yield* writer.tail(count);
}

/**
 * The events of an export a page at a time, without their articles, for a writer that looks at the
 * whole export first (ExportWriter.scan): the same pages, in the same order, as the writing pass reads.
 */
export async function* eventPagesOf(store: EventPages, filters: ExportFilters = {}, pageSize = EXPORT_PAGE): AsyncGenerator<NewsEvent[]> {
  const ranked = filters.text !== undefined;
  let count = 0;
  let after: EventPosition | undefined;
  for (;;) {
    const position = ranked ? { sort: 'relevance' as const, offset: count } : { sort: 'date-desc' as const, ...(after ? { after } : {}) };
    const page = await store.queryEvents({ ...filters, ...position, limit: pageSize });
    if (page.length > 0) yield page;
    count += page.length;
    if (page.length < pageSize) return;
    if (!ranked) after = eventPosition(page[page.length - 1]!, 'date-desc');
  }
}
