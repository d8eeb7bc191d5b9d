/**
 * Places a report names for who spoke, not for where its event happened: "In Washington, the State
 * Department's spokesperson said ...", "said in a statement issued in Brussels", a capital standing
 * for its government ("Moscow said", "Brussels and Washington urged", "Washington and Brussels were more
 * cautious"), and a place named only inside an allegation someone makes ("'People saw what happened in
 * Lakeport,' she said", "the complaint included recordings from Lakeport").
 *
 * place.ts reads them so: where a report's statements come from two countries or more (reactions from
 * abroad), none of their places is the event's; one statement's place stays the scene as before (the
 * statement is then the event, and nothing else may place it). A place named only in an allegation of
 * fraud is never the scene, and one named only in a quotation is a last resort: the dateline or the
 * lead's country places the event first.
 */
import { insideQuotation } from './in-quotation.js';

/** "In Washington, the spokesperson said": a sentence opened by the place, with a telling in its clause. */
const IN_BEFORE = /(?:^|[.!?]["”]?\s+|\n)\s*In\s+$/;
const TELLING_AFTER = /^,[^.;!?]{0,120}?\b(?:said|says|told|announced|stated|urged|warned|called\s+on|welcomed|condemned|congratulated)\b/;
/** "said in a statement issued in Brussels", "told reporters in Moscow". */
const TELLING_BEFORE = /\b(?:said|says|told\s+(?:reporters|journalists)|statement(?:\s+(?:issued|released|published))?|(?:news|press)\s+conference|speaking)\b[^.;!?]{0,30}?\bin\s+$/i;
/** A capital followed by a verb of a government's telling or stance: "Moscow said", "Astana congratulated". */
const STANCE_AFTER = /^\s+(?:said|says|voiced?|voices|congratulated|congratulates|urged|urges|called|calls|welcomed|welcomes|condemned|condemns|warned|warns|criticised|criticized|were|was|should|has|have)\b/;
/** A place another place is joined to by "and": "Moscow and Astana", "Washington and Brussels". */
const JOINED_AFTER = /^\s+and\s+(\p{Lu}[\p{L}-]+)/u;
const JOINED_BEFORE = /(\p{Lu}[\p{L}-]+)\s+and\s+$/u;
/** Words that set a place as a scene, an origin or a destination: a pair after them is no pair of governments. */
const PLACED_BEFORE = /\b(?:in|at|near|from|to|between|of|outside|across)\s+$/i;
/** "invited Ruiz to visit Astana", "invited him to Astana": where someone is asked to go. */
const INVITED_BEFORE = /\binvit(?:ed|es|ing)\b[^.;!?]{0,40}?\bto\s+(?:visit\s+)?$/i;
/** Words of an allegation of fraud. */
const ALLEGATION = /\b(?:fraud|rigg(?:ed|ing)|ballot\s+stuffing|irregularit(?:y|ies)|falsif(?:ied|ication)|vote-buying)\b/i;
/** A complaint's evidence, told as coming from a place: "the complaint included recordings from Lakeport". */
const EVIDENCE_FROM = /\b(?:complaint|recordings|evidence|sworn\s+statements)\b[^.;!?]{0,60}?\bfrom\s+(?:\p{Lu}[\p{L}-]+\s+and\s+)?$/iu;
const SAID = /\b(?:said|says|told|alleged|claimed|accused)\b/i;

export interface PlaceLookup {
  /** Whether a name is a national capital (a government's seat, which news uses for the government). */
  capital(name: string): boolean;
  /** Whether a name is a place the gazetteer knows. */
  place(name: string): boolean;
}

/** Whether the mention at start..end names where someone spoke, or a capital speaking for its government. */
export function placeOfTelling(text: string, start: number, end: number, name: string, lookup: PlaceLookup): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 140);
  if (IN_BEFORE.test(before) && TELLING_AFTER.test(after)) return true;
  if (TELLING_BEFORE.test(before)) return true;
  if (PLACED_BEFORE.test(before)) return false;
  if (!lookup.capital(name)) {
    // "Moscow and Astana congratulated": a place joined to a capital that speaks is a government too.
    const other = JOINED_BEFORE.exec(before)?.[1];
    return other !== undefined && lookup.capital(other) && !PLACED_BEFORE.test(before.slice(0, before.lastIndexOf(other)));
  }
  // "between Ottawa and Moscow": the pair is set as places, whatever follows it.
  const previous = JOINED_BEFORE.exec(before)?.[1];
  if (previous !== undefined && PLACED_BEFORE.test(before.slice(0, before.lastIndexOf(previous)))) return false;
  if (STANCE_AFTER.test(after)) return true;
  const next = JOINED_AFTER.exec(after)?.[1];
  return (next !== undefined && lookup.place(next)) || (previous !== undefined && lookup.place(previous));
}

/** Whether the mention at start..end is only where someone spoke: "told reporters in Modesto", "In Modesto, the chief said". */
export function spokenAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return TELLING_BEFORE.test(before) || (IN_BEFORE.test(before) && TELLING_AFTER.test(text.slice(end, end + 140)));
}

/** Whether the mention is where someone is invited to go ("invited Ruiz to visit Astana"). */
export function invitedTo(text: string, start: number): boolean {
  return INVITED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether a place is named inside what someone says: 'claim' in what someone says of fraud or of a
 * complaint's evidence ("said there was ballot stuffing in Lakeport", "said the complaint included
 * recordings from Lakeport"), 'quote' in a quotation ("'People saw what happened in Lakeport,' she
 * said"), else null. `sentenceBefore` is the sentence's text up to the place, `sentence` the whole.
 */
export function inAllegation(sentenceBefore: string, sentence: string): 'claim' | 'quote' | null {
  if (SAID.test(sentenceBefore) && (ALLEGATION.test(sentence) || EVIDENCE_FROM.test(sentenceBefore))) return 'claim';
  return insideQuotation(sentenceBefore) ? 'quote' : null;
}
