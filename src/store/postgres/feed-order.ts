/**
 * The event feed's orders in PostgreSQL, with undated events last in every order as in the SQLite
 * store (PostgreSQL puts NULL first in a descending order unless told NULLS LAST), the id last so that
 * keyset pages never overlap or skip between equal keys. Each order has its index (schema.ts).
 */
import type { EventPosition } from '../store.js';
import type { OrderTerm } from '../event-order.js';
import type { SqlParams } from './sql-params.js';

export { EVENT_ORDER, type OrderTerm } from '../event-order.js';

export function orderBy(terms: readonly OrderTerm[]): string {
  return terms.map((t) => `${t.column}${t.desc ? ' DESC' : ''}${t.nullable ? ' NULLS LAST' : ''}`).join(', ');
}

/** The condition "after `position` in this order" (keyset paging), its values added to `params`. */
export function afterCondition(terms: readonly OrderTerm[], position: EventPosition, params: SqlParams): string {
  if (position.length !== terms.length) throw new Error(`a position in this order has ${terms.length} values, not ${position.length}`);
  const build = (i: number): string => {
    const t = terms[i]!;
    const v = position[i]!;
    const parts: string[] = [];
    if (v !== null) {
      parts.push(`${t.column} ${t.desc ? '<' : '>'} ${params.add(v)}`);
      // NULLs come after every value, in either direction.
      if (t.nullable) parts.push(`${t.column} IS NULL`);
    }
    if (i + 1 < terms.length) parts.push(v === null ? `(${t.column} IS NULL AND ${build(i + 1)})` : `(${t.column} = ${params.add(v)} AND ${build(i + 1)})`);
    return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
  };
  return build(0);
}
