/**
 * "Portugal's accident investigation office GPIAAF", "GPIAAF, the Portuguese investigation office": a
 * state's body a report describes in lower case right before its name, or sets after its name in
 * apposition, is that named body, not one more (review ux71b: "Accident Investigation Office" and
 * "Investigation Office" of Portugal listed beside GPIAAF). A description with no name beside it
 * ("Seoul's foreign ministry said") is still read as the body it describes (organizations.ts).
 */
import type { Entity } from '../model/types.js';

/** Between a description and the name right after it: a space, or a comma. */
const NAME_AFTER = /^\s*,?\s+$/;
/** Between a name and its description in apposition: a comma, "the" and the owner's word ("the Portuguese "). */
const NAME_BEFORE = /^\s*,\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/u;

/** Whether the lower-case body at start..end describes a body the report names right beside it. */
export function describesNamedBody(body: string, start: number, end: number, entities: readonly Entity[]): boolean {
  return entities.some((e) => e.type === 'organization' && ((e.start >= end && e.start - end <= 3 && NAME_AFTER.test(body.slice(end, e.start))) || (e.end <= start && start - e.end <= 40 && NAME_BEFORE.test(body.slice(e.end, start)))));
}
