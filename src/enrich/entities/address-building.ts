/**
 * A building in an address ("Records Office, Ministry of Works, Kestrel House, Dunmore.") is where a
 * body sits, not a body: the tagger reads a capitalised name ending in "House" or "Tower" as an
 * organisation. Written between a body and a town, comma after comma, it is the body's building, a
 * facility. "White House" or "Chatham House" in a sentence stays a body: only the address's order says
 * building.
 */
import type { Entity } from '../../model/types.js';

/** Head words of buildings' names. */
const BUILDING = /\s(?:House|Tower|Towers|Building|Plaza|Court|Centre|Center|Complex)$/;

/** The organisations named as a building between a body and a town in an address, made facilities, in place. */
export function buildingsInAddresses(body: string, entities: Entity[]): void {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length - 1; i++) {
    const e = sorted[i]!;
    if (e.type !== 'organization' || !BUILDING.test(e.text)) continue;
    const before = sorted[i - 1]!;
    const after = sorted[i + 1]!;
    if (before.type !== 'organization' || after.type !== 'location') continue;
    if (!/^\s*,\s*$/.test(body.slice(before.end, e.start)) || !/^\s*,\s*$/.test(body.slice(e.end, after.start))) continue;
    e.type = 'location';
    e.subtype = 'facility';
    delete e.country;
  }
}
