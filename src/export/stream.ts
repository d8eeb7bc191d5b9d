/**
 * Every event in an export format as a sequence of text chunks, read from the store a page at a time
 * in the order `listEvents` gives (newest first), each page after the last event of the one before
 * (keyset paging: no page costs more than the first). What is held at once is one page of events and
 * its text, so the CLI export of a store of any size runs in bounded memory; the bytes are those of
 * EXPORTERS over every event.
 */
import type { NewsEvent } from '../model/types.js';
import { eventPosition, type EventPosition, type EventQuery } from '../store/store.js';
import type { ExportWriter } from './index.js';

/** Events a page: large enough that paging costs little, small enough that a page of big events stays small. */
export const EXPORT_PAGE = 200;

export interface EventPages {
  queryEvents(query: EventQuery): Promise<NewsEvent[]>;
}

export async function* exportChunks(store: EventPages, writer: ExportWriter, pageSize = EXPORT_PAGE): AsyncGenerator<string> {
  yield writer.head;
  let count = 0;
  let after: EventPosition | undefined;
  for (;;) {
    const page = await store.queryEvents({ sort: 'date-desc', limit: pageSize, ...(after ? { after } : {}) });
    if (page.length > 0) yield page.map((e, i) => writer.item(e, count + i)).join('');
    count += page.length;
    if (page.length < pageSize) break;
    after = eventPosition(page[page.length - 1]!, 'date-desc');
  }
  yield writer.tail(count);
}
