/**
 * The outlet writing of itself is no body of the event: "an internal report seen by the Herald says" in
 * the Cumbria Herald listed "Herald" among the organisations of the council's attack (review ux74a). An
 * organisation named "the" and the outlet's name, or its last words ("the Herald" of "Cumbria Herald"),
 * is left out of the page's entities. Another outlet the page cites ("the Times reported") stays.
 */
import type { Entity } from '../model/types.js';

const THE_BEFORE = /(?<![\p{L}-])the\s+$/iu;

/** The entities without the outlet `outlet` names of itself. */
export function withoutOwnOutlet(body: string, entities: readonly Entity[], outlet: string | null): Entity[] {
  if (!outlet) return [...entities];
  const words = outlet.trim().replace(/^the\s+/i, '').split(/\s+/);
  const names = new Set(words.map((_, i) => words.slice(i).join(' ').toLowerCase()));
  return entities.filter((e) => e.type !== 'organization' || !names.has(e.text.replace(/^the\s+/i, '').toLowerCase()) || !THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start)));
}
