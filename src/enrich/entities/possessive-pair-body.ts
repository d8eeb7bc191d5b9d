/**
 * Two possessives joined by "and", the second a saint's ("Guy's and St Thomas'", "St Mary's and St
 * Luke's"): the name of a hospital, a trust or a school founded as two, not two people. The tagger read
 * each given name as a person ("Guy", "Thomas"), and the event listed them as participants. The whole
 * pair is one body, with the capitalised words of the body's name after it ("St Anne's and St Luke's NHS
 * Foundation Trust") when the entities read those as a body right after it.
 */
import type { Entity } from '../../model/types.js';

const NAME = String.raw`\p{Lu}\p{Ll}+`;
/** "Guy's", "Thomas'", "Thomas's": a possessive, as names ending in "s" write it either way. */
const POSSESSIVE = String.raw`(?:['’]s|(?<=s)['’])`;
const SAINT = String.raw`(?:St\.?|Saint)\s`;
const PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SAINT})?${NAME}${POSSESSIVE}\s+(?:and|&)\s+${SAINT}${NAME}${POSSESSIVE}(?![\p{L}])`, 'gu');

/** Makes, in place, each such pair one organisation, joined to the body named right after it. */
export function possessivePairsAsBodies(body: string, entities: Entity[]): void {
  if (!/\s(?:and|&)\s+(?:St\.?|Saint)\s/.test(body)) return;
  for (const m of body.matchAll(PAIR)) {
    const start = m.index;
    let end = start + m[0].length;
    // "NHS Foundation Trust" right after it is the rest of the name.
    const next = entities.find((e) => e.type === 'organization' && e.start === end + 1 && body[end] === ' ');
    if (next) end = next.end;
    const inside = entities.filter((e) => e.start < end && start < e.end);
    // A name that runs on past the pair on either side is the tagger's whole reading; keep it.
    if (inside.some((e) => e.start < start || e.end > end)) continue;
    for (const e of inside) entities.splice(entities.indexOf(e), 1);
    const at = entities.findIndex((e) => e.start > start);
    entities.splice(at < 0 ? entities.length : at, 0, { text: body.slice(start, end), type: 'organization', start, end });
  }
}
