/**
 * A body whose name lists its remits with a comma first ("the Foreign, Commonwealth and Development
 * Office"): the tagger stops the name at the comma and keeps "Commonwealth and Development Office",
 * a name no one uses (review ux75b fault 10). The remit before the comma joins the name where the
 * body's name is "<Remit> and <Remit> <Office|Ministry|Department>" and the word before the comma is
 * capitalised, opens the phrase ("the", a sentence's start) and is no entity of its own ("In Paris,
 * Trade and Industry Ministry officials ..." keeps Paris apart).
 */
import type { Entity } from '../../model/types.js';

/** The body's name as the tagger kept it: remits joined by "and", then the head word. */
const REMITS_BODY = /^\p{Lu}\p{Ll}+\s+and\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Office|Ministry|Department)$/u;
/** The remit and comma before it, after "the" or a sentence's start. */
const REMIT_BEFORE = /(?:^|[.!?]\s+|\b[Tt]he\s+)(\p{Lu}\p{Ll}+),\s$/u;

export function withListedRemits(body: string, entities: Entity[]): Entity[] {
  for (const e of entities) {
    if (e.type !== 'organization' || !REMITS_BODY.test(e.text)) continue;
    const m = REMIT_BEFORE.exec(body.slice(Math.max(0, e.start - 40), e.start));
    if (!m) continue;
    const start = e.start - m[1]!.length - 2;
    if (entities.some((o) => o !== e && o.start <= start && o.end > start)) continue;
    e.text = body.slice(start, e.end);
    e.start = start;
  }
  return entities;
}
