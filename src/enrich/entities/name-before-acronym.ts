/**
 * A short name in brackets tells where a body's full name ends: "the League for the Future (LfF)",
 * "Left Ecology Freedom (SL)", "the Mouvement des Riverains pour le Port (MRP)". The tagger, never
 * having seen such a name (often one in another language, or an English one of common words), finds
 * nothing there or stops short; capitalised words nobody took, joined by the small words names hold
 * ("for the", "pour le", "ni"), right before letters in brackets that look like an acronym, are an
 * organisation's name, and an organisation ending right before such words takes them in. The acronym
 * itself is left to the step that reads letters in brackets after a name. Not a country or a town in
 * brackets ("Barclays Bank (UK)"), not a person's or a place's name (those the tagger found are taken,
 * and are never run into), and not a day or a month, nor a run of one word that opens a sentence.
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupCountry } from '../gazetteer/places.js';
import { TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** Letters in brackets, two capitals or more: "(MpS)", "( SVT )", "(PML-N)". */
const ACRONYM_IN_BRACKETS = /\(\s*([A-Z](?=(?:[^A-Z\s)]*[A-Z]))[A-Za-z0-9&-]{1,11})\s*\)/g;

/** Small words inside names, English and others ("Partei für Arbeit und Umwelt", "Matanitu ni Vanua"). */
const LINK_WORDS = new Set(
  `of for the and on in to against de des du la le les pour et di del della per e y el los las da do dos das für und der die von van voor en het ni na i za`.split(' '),
);

/** A member's or an officer's title in short ("MP", "MSP", "CEO", "TD"). */
const MEMBER_TITLE = /^(?:MPs?|MSPs?|MEPs?|MLAs?|MPPs?|MHAs?|MNAs?|TDs?|CEOs?|CFOs?|COOs?|CTOs?|PhD|QC|KC|SC)$/;

const CAPITALISED = /^\p{Lu}[\p{L}\d'’.-]*$/u;
/** A month written short, which the lexicon's month names leave out. */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** The first token's start, walking back from `end` over the name's words; -1 when there is none. */
function nameStart(body: string, end: number, stopAt: number): { start: number; opensSentence: boolean } | null {
  const before = body.slice(stopAt, end);
  const tokens = [...before.matchAll(/\S+/g)];
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]![0];
    // "PD and Unite the Left (UlS)": an acronym before "and" is a name of its own.
    if (word === 'and' && i > 0 && /^\p{Lu}{2,}$/u.test(tokens[i - 1]![0])) break;
    if (CAPITALISED.test(word) || LINK_WORDS.has(word) || /^\d+$/.test(word)) first = i;
    else break;
  }
  // The name starts at its first capitalised word ("the League for the Future": not "the"), not at
  // an adjective made with a dash ("the German-speaking Partei für Arbeit und Umwelt").
  while (first < tokens.length && (!CAPITALISED.test(tokens[first]![0]) || /-\p{Ll}+$/u.test(tokens[first]![0]))) first++;
  // Nor "The" opening a sentence: "The Forum for Democracy (FfD)" is the forum.
  if (first < tokens.length - 1 && tokens[first]![0] === 'The') first++;
  if (first >= tokens.length) return null;
  const previous = first > 0 ? tokens[first - 1]![0] : body.slice(0, stopAt).trimEnd().slice(-1);
  const opensSentence = first === 0 ? stopAt === 0 || /[.!?:]$/.test(previous) : /[.!?]$/.test(previous);
  return { start: stopAt + tokens[first]!.index, opensSentence };
}

export function namesBeforeAcronyms(body: string, entities: Entity[]): void {
  for (const m of body.matchAll(ACRONYM_IN_BRACKETS)) {
    const short = m[1]!;
    // A country or a town says where a body is; "(R-Texas)" is a lawmaker's party and state; "(MP)" a title.
    if (lookupCountry(short) || lookupCity(short) || /^[A-Z]-[A-Z][a-z]/.test(short) || MEMBER_TITLE.test(short)) continue;
    const open = m.index;
    const end = body.slice(0, open).trimEnd().length;
    if (end === 0 || entities.some((e) => e.start < end && e.end >= end)) continue;
    // Walk back no further than the last name found before it, or 80 characters.
    const previous = entities.filter((e) => e.end < end).reduce<Entity | null>((a, e) => (a && a.end > e.end ? a : e), null);
    const stopAt = Math.max(previous?.end ?? 0, end - 80);
    const found = nameStart(body, end, stopAt);
    if (!found) continue;
    const words = body.slice(found.start, end).split(/\s+/);
    const capitalised = words.filter((w) => CAPITALISED.test(w));
    // "MOSCOW, Dec 3 (TASS) -": a dateline's date before its agency, the month written short.
    if (capitalised.some((w) => WEEKDAYS_AND_MONTHS.has(w.toLowerCase()) || MONTH_SHORT.test(w))) continue;
    // "Member of Parliament (MP)", "Chief Executive Officer (CEO)": a title's words are no body's name.
    if (TITLE_WORDS.has(words[0]!.toLowerCase()) || /^Members?$/.test(words[0]!)) continue;
    // An organisation the tagger cut short, joined to the rest by a small word or none ("European Rally for Liberty").
    const gap = previous ? body.slice(previous.end, found.start) : '';
    if (previous && previous.type === 'organization' && previous.end >= stopAt && /^\s+(?:(?:\p{Ll}+\s+){0,2})$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).every((w) => LINK_WORDS.has(w))) {
      previous.end = end;
      previous.text = body.slice(previous.start, end);
      continue;
    }
    // One word is a name only where it is not a sentence's first and the letters start with its own
    // ("Italy is Popular (IP)": not "Popular").
    if (words.length === 1 && (found.opensSentence || words[0]![0] !== short[0])) continue;
    const text = body.slice(found.start, end);
    if (lookupCountry(text) || lookupCity(text)) continue;
    entities.push({ text, type: 'organization', start: found.start, end });
  }
  entities.sort((a, b) => a.start - b.start);
}
