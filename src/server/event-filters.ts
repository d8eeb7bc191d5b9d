/**
 * The event filters `GET /api/events` and `GET /api/export` share (q, entity, country, theme, cve,
 * from, to), read and checked in one place so both routes accept and refuse exactly the same things.
 */
import { normaliseCve } from '../enrich/cve.js';
import { THEMES as TAXONOMY } from '../enrich/themes.js';
import type { EventQuery } from '../store/store.js';
import { badRequest } from './http-error.js';
import type { Query } from './params.js';

export type EventFilters = Pick<EventQuery, 'text' | 'entity' | 'country' | 'theme' | 'cve' | 'from' | 'to'>;

const THEMES: ReadonlySet<string> = new Set(TAXONOMY);

export function readEventFilters(query: Query): EventFilters {
  const text = query.string('q');
  const theme = query.string('theme', 60)?.toLowerCase();
  // A theme outside the taxonomy (docs/themes.md) matches nothing: say so rather than answer an empty page.
  if (theme !== undefined && !THEMES.has(theme)) throw badRequest(`'theme' must be one of ${[...THEMES].join(', ')}; got '${theme}'`);
  const rawCve = query.string('cve', 40);
  const cve = rawCve === undefined ? undefined : normaliseCve(rawCve);
  if (cve === null) throw badRequest(`'cve' must be a CVE id such as CVE-2024-3400; got '${rawCve}'`);
  const filters = { text, entity: query.string('entity'), country: query.country('country'), theme, cve, from: query.date('from'), to: query.date('to') };
  if (filters.from && filters.to && filters.from > filters.to) throw badRequest(`'from' (${filters.from}) is after 'to' (${filters.to})`);
  if (text !== undefined && !/[\p{L}\p{N}]/u.test(text)) throw badRequest("query parameter 'q' has no words to search for");
  // Absent filters are left out rather than set to undefined (exactOptionalPropertyTypes).
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as EventFilters;
}
