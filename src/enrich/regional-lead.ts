/**
 * A wire story filed from a bureau's city whose lead sets the event in a part of a state ("DENVER
 * (AP) — Two hunters were shot on a ranch in rural southern Colorado", "OMAHA, Neb. (AP) — A
 * northeastern Nebraska man shot his neighbour"): the dateline is where the bureau is, not the scene,
 * which the text names later. Only under an agency's credit: a local outlet's dateline is its story's
 * town.
 */
import { datelineAgency } from '../extract/agencies.js';
import { usStateNamed } from './gazetteer/us-states.js';

/** Words before a state's name that make a part of it, in either case ("rural", "Southern"). */
const PART_WORDS = ['rural', 'south', 'north', 'east', 'west', 'southern', 'northern', 'eastern', 'western', 'central', 'southeast', 'southwest', 'northeast', 'northwest', 'southeastern', 'southwestern', 'northeastern', 'northwestern', 'south-central', 'north-central'];
/** A part of a state: one of PART_WORDS before a capitalised name (one or two words), which must name a state. */
const PART_OF_STATE = new RegExp(String.raw`\b(?:${PART_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+(?:New\s+|North\s+|South\s+|West\s+|Rhode\s+)?\p{Lu}\p{Ll}+\b`, 'gu');

/** The first sentence after a dateline ends at a full stop before a capital, or the paragraph's end. */
const SENTENCE_END = /[.!?](?=\s+["“\p{Lu}])|\n/u;

/** Whether an agency's story, datelined at `datelineEnd`, opens by setting the event in a part of a state. */
export function leadInPartOfState(body: string, datelineEnd: number): boolean {
  if (!datelineAgency(body)) return false;
  const rest = body.slice(datelineEnd, datelineEnd + 400);
  const end = SENTENCE_END.exec(rest);
  const lead = rest.slice(0, end ? end.index : rest.length);
  for (const m of lead.matchAll(PART_OF_STATE)) {
    // "West Virginia" is a state, not the west of Virginia.
    const whole = m[0].replace(/\s+/g, ' ');
    if (usStateNamed(whole.slice(whole.indexOf(' ') + 1)) && !usStateNamed(whole)) return true;
  }
  return false;
}
