/**
 * "Officers of Kyrgyzstan's State Committee for National Security (GKNB) detained ...": the tagger
 * read the body's people with it as one name, listed beside the body's own name (ux75b fault 12).
 * A body's name that opens with its people in the plural and "of" ("Officers of", "Agents of",
 * "Employees of"), and the country's possessive after it, is the body that follows. Only plurals of
 * staff: "Friends of the Earth", "Soldiers of Odin", "Knights of Columbus" are bodies' whole names.
 */
import type { Entity } from '../../model/types.js';

const MEMBERS_OF = /^(?:Officers|Agents|Officials|Employees|Staff|Investigators|Personnel|Operatives|Inspectors)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?/u;

/** Cuts, in place, the people's words off the front of a body's name; the rules' body of that span, where one is, with its country. */
export function bodiesWithoutMembers(rules: readonly Entity[], entities: Entity[]): void {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.type !== 'organization') continue;
    const lead = MEMBERS_OF.exec(e.text);
    if (!lead || !/^\p{Lu}/u.test(e.text.slice(lead[0].length)) || !/\s/.test(e.text.slice(lead[0].length))) continue;
    const start = e.start + lead[0].length;
    const rule = rules.find((r) => r.type === 'organization' && r.start === start && r.end === e.end);
    entities[k] = rule ? { ...rule } : { text: e.text.slice(lead[0].length), type: 'organization', start, end: e.end, ...(e.country ? { country: e.country } : {}) };
  }
}
