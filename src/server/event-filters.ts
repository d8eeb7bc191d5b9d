/**
 * The event filters `GET /api/events` and `GET /api/export` share (q, entity, country, theme, cve,
 * from, to), read and checked in one place so both routes accept and refuse exactly the same things.
 */
import type { EventQuery } from '../store/store.js';
import { checkCve, checkDateRange, checkTheme } from '../util/filter-values.js';
import { badRequest } from './http-error.js';
import type { Query } from './params.js';

export type EventFilters = Pick<EventQuery, 'text' | 'entity' | 'entityAny' | 'country' | 'theme' | 'cve' | 'from' | 'to'>;

export function readEventFilters(query: Query): EventFilters {
  const text = query.string('q');
  const rawTheme = query.string('theme', 60);
  const theme = rawTheme === undefined ? undefined : checkTheme("query parameter 'theme'", rawTheme, badRequest);
  const rawCve = query.string('cve', 40);
  const cve = rawCve === undefined ? undefined : checkCve("query parameter 'cve'", rawCve, badRequest);
  const filters = { text, entity: query.string('entity'), country: query.country('country'), theme, cve, from: query.date('from'), to: query.date('to') };
  // Named as every other 400 names its parameter ("query parameter 'theme' ...").
  checkDateRange({ label: "query parameter 'from'", value: filters.from }, { label: "'to'", value: filters.to }, badRequest);
  if (text !== undefined && !/[\p{L}\p{N}]/u.test(text)) throw badRequest(`query parameter 'q' has no words to search for (a letter or a digit), got '${text}'`);
  // Absent filters are left out rather than set to undefined (exactOptionalPropertyTypes).
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as EventFilters;
}
