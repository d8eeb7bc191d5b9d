/**
 * A body's full name before the acronym that spells it: "the Alliance for a New Republic (ANR)",
 * "Union for a Popular Movement (UMP)". The tagger often splits such a name into an organisation and
 * a place ("Alliance" + "New Republic", whose last words read as a country's), and the step that joins
 * a name to letters in brackets (name-before-acronym.ts) never runs into a name the tagger found. Where
 * the capitalised words right before the brackets begin with the acronym's letters, one for one, the
 * words are the body's name whatever the tagger made of them: the names inside are dropped for it.
 * The letters must spell the words exactly, so a town or a person before a party's acronym ("in Dakar
 * (MNS)") is never swallowed.
 */
import type { Entity } from '../../model/types.js';
import { TITLE_WORDS } from './lexicon.js';

const ACRONYM_IN_BRACKETS = /\(\s*([A-Z]{2,8})\s*\)/g;
/** Small words a body's name holds between its capitalised words. */
const LINK_WORDS = new Set(['of', 'for', 'the', 'and', 'a', 'an', 'on', 'in', 'to', 'against', 'de', 'des', 'du', 'la', 'le', 'pour', 'et']);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;

export function initialsSpelledBodies(body: string, entities: Entity[]): void {
  for (const m of body.matchAll(ACRONYM_IN_BRACKETS)) {
    const letters = m[1]!;
    const end = body.slice(0, m.index).trimEnd().length;
    const covering = entities.find((e) => e.start < end && e.end >= end);
    // Only where the tagger split the name: a whole name it found is left to the usual step.
    if (!covering || covering.type === 'person') continue;
    const tokens = [...body.slice(Math.max(0, end - 90), end).matchAll(/\S+/g)];
    const offset = Math.max(0, end - 90);
    // Walk back over the name's words until its capitalised ones have given every letter.
    let capitals = 0;
    let first = -1;
    for (let i = tokens.length - 1; i >= 0 && capitals < letters.length; i--) {
      const word = tokens[i]![0];
      if (CAPITALISED.test(word)) {
        capitals++;
        first = i;
      } else if (!LINK_WORDS.has(word)) break;
    }
    if (first < 0 || capitals !== letters.length || capitals < 2) continue;
    const words = tokens.slice(first).map((t) => t[0]);
    const initials = words.filter((w) => CAPITALISED.test(w)).map((w) => w[0]).join('');
    if (initials !== letters) continue;
    const start = offset + tokens[first]!.index;
    // Nothing to mend where one name already spans the words, whatever the tagger took it for: the
    // initials of a place are that place ("the Kennedy Space Center (KSC)").
    if (covering.start <= start) continue;
    // A member's title holds a body's name, but is none: "Member of the Scottish Parliament (MSP)".
    if (TITLE_WORDS.has(words[0]!.toLowerCase()) || /^Members?$/.test(words[0]!)) continue;
    // A person's name inside is no body's word ("Jane Ode Association (JOA)" is read by other steps).
    if (entities.some((e) => e.type === 'person' && e.start < end && e.end > start)) continue;
    // Nor a name that runs into the words from before them: it is cut by neither end.
    if (entities.some((e) => e.start < start && e.end > start)) continue;
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (e.start >= start && e.end <= end) entities.splice(i, 1);
    }
    entities.push({ text: body.slice(start, end), type: 'organization', start, end });
  }
  entities.sort((a, b) => a.start - b.start);
}
