/**
 * What every backend's event feed shares: the orders as terms (undated events last in every order, the id
 * last so that keyset pages never overlap or skip between equal keys) and the tag filters a query sets.
 * Each backend turns them into its own SQL and keeps an index per order.
 */
import type { EventQuery, EventSort } from './store.js';
import { ENTITY_TAG, nameKey, organizationTag } from './stored-records.js';
import { nameVariant } from './name-spellings.js';

export interface OrderTerm {
  column: string;
  desc: boolean;
  nullable: boolean;
}

export const EVENT_ORDER: Record<Exclude<EventSort, 'relevance'>, OrderTerm[]> = {
  'date-desc': [{ column: 'e.date', desc: true, nullable: true }, { column: 'e.id', desc: false, nullable: false }],
  'date-asc': [{ column: 'e.date', desc: false, nullable: true }, { column: 'e.id', desc: false, nullable: false }],
  updated: [{ column: 'e.updated_at', desc: true, nullable: false }, { column: 'e.id', desc: false, nullable: false }],
  sources: [
    { column: 'e.outlets', desc: true, nullable: false },
    { column: 'e.article_count', desc: true, nullable: false },
    { column: 'e.date', desc: true, nullable: true },
    { column: 'e.id', desc: false, nullable: false },
  ],
};

/**
 * Whether a filter names no one: a name with no words ("-", "") for `entity`, an empty one for an
 * entity page's person, body or place. Such a filter matches no event; the tag filters skip an
 * empty value, so left to them it would match every event, as if no filter were set.
 */
export function namesNoOne(query: EventQuery): boolean {
  return (query.entity !== undefined && nameKey(query.entity) === '') || (query.entityAny !== undefined && entityAnyKeys(query.entityAny).length === 0) || query.person === '' || query.place === '' || query.organization?.name === '';
}

/**
 * The query with a typed name a spelling table knows ("Omer Ali", "Yevgeny Sorokin") looked for as
 * written or in the table's form (name-spellings.ts): events stored since are tagged in that form too,
 * and those stored before still answer the name as written. Where `entityAny` is given as well the
 * query is left as it is (the two are held to together, and the entry's names are already every form).
 */
export function withNameVariants(query: EventQuery): EventQuery {
  if (query.entity === undefined || query.entityAny !== undefined) return query;
  const variant = nameVariant(query.entity);
  if (variant === null || nameKey(variant) === nameKey(query.entity)) return query;
  const { entity, ...rest } = query;
  return { ...rest, entityAny: [entity, variant] };
}

/** The `entity` tag values of `entityAny`'s names, each once, names with no words left out. */
export function entityAnyKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter(Boolean))];
}

/** The (tag kind, value) pairs a query filters on, an unset filter's value undefined; matched through the event_tags index. */
export function eventTagFilters(query: EventQuery): ReadonlyArray<readonly [string, string | undefined]> {
  return [
    ['entity', query.entity === undefined ? undefined : nameKey(query.entity)],
    ['country', query.country],
    ['theme', query.theme],
    ['cve', query.cve],
    [ENTITY_TAG.organization, query.organization && organizationTag(query.organization.name, query.organization.country)],
    [ENTITY_TAG.place, query.place],
    [ENTITY_TAG.person, query.person],
  ];
}
