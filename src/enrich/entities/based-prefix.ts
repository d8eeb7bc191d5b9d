/**
 * A body's seat written before its name and joined by "-based" ("the Vilnius-based Amber Security
 * Institute", "New York-based Halden Capital"): the seat says where the body is, not what it is called,
 * and a name that keeps it is another entry than the body named without it (review ux73a fault 7).
 * The name starts after the seat; a name that is nothing but the seat and its word is left alone.
 */
import type { Entity } from '../../model/types.js';

const SEAT = /^(?:\p{Lu}[\p{L}\p{M}.'’]*[\s-])*\p{Lu}[\p{L}\p{M}.'’]*-based\s+(?=\p{Lu})/u;

export function withoutBasedSeats(entities: Entity[]): Entity[] {
  for (const e of entities) {
    if (e.type !== 'organization' || !e.text.includes('-based ')) continue;
    const seat = SEAT.exec(e.text);
    if (!seat) continue;
    e.text = e.text.slice(seat[0].length);
    e.start += seat[0].length;
    if (e.canonical !== undefined && SEAT.test(e.canonical)) e.canonical = e.canonical.replace(SEAT, '');
  }
  return entities;
}
