/**
 * A number that names a thing is no count: "the crash of flight 418 killed 42 people" had read as 418
 * dead; so had "Highway 101", "bus route 12", "Room 214". A figure right after such a word is its
 * number, unless people follow it ("on the route 12 passengers were hurt" counts them).
 */
import { WHO_NOUNS, WHO_WORDS } from './casualty-count.js';

const DESIGNATOR_BEFORE = /\b(?:flight|route|highway|interstate|freeway|motorway|runway|platform|gate|terminal|exit|pier|berth|precinct|room|apartment|apt\.|suite|number|no\.|#)\s*$/i;
const PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:(?:${WHO_WORDS})\s+){0,3}(?:${WHO_NOUNS})\b`, 'i');

/** Whether the figure `raw` at `at` in `text` is a flight's, road's or room's number rather than a count. */
export function designatorNumber(text: string, at: number, raw: string): boolean {
  if (!/^\d+$/.test(raw) || !DESIGNATOR_BEFORE.test(text.slice(Math.max(0, at - 14), at))) return false;
  return !PEOPLE_AFTER.test(text.slice(at + raw.length, at + raw.length + 80));
}
