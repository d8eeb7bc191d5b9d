/**
 * "U.S. District Judge Paul Engelmayer", "Philippine National Security Adviser Eduardo Ano": the tagger
 * reads the title before a name as a body of its own when the title opens with a place or court's
 * words, so a judge's or an adviser's title became an organisation of the event. A name ending in a
 * legal or advisory title, right before a person, is that person's title, no body (a body's own name
 * with a head word, "Queens District Attorney's Office", stays).
 */
import type { Entity } from '../../model/types.js';
import { BODY_HEADS } from './lexicon.js';

const TITLE_END = /\s(?:Judge|Attorney|Adviser|Advisor|Prosecutor|Magistrate|Justice)$/;

export function titlesReadAsBodies(body: string, entities: Entity[]): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.type !== 'organization' || !TITLE_END.test(e.text)) continue;
    if (e.text.split(/\s+/).slice(0, -1).some((w) => BODY_HEADS.has(w.toLowerCase()))) continue;
    const person = entities.find((p) => p.type === 'person' && p.start > e.end && /^\s+$/.test(body.slice(e.end, p.start)));
    if (person) entities.splice(i, 1);
  }
}
