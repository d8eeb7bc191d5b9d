/**
 * The first words of a body's name that the tagger left out: "Campaign for Nuclear Disarmament",
 * "Stop the War Coalition", "Sons of Confederate Veterans", "Alliance for European Integration". The
 * tagger, knowing the end of such a name ("Nuclear Disarmament", "War Coalition"), stops at the
 * function word before it; capitalised words nobody took, inside a sentence, joined to the body by
 * "for", "of" or "against" (with "the" or "a"), or by "the" alone after a verb of the name ("Stop the",
 * "Save the"), are the name's first words. Not a title or an office ("Director of the
 * FBI", "Member of the European Parliament"), a place or a people's adjective ("Britain for the
 * Commonwealth"), a day or a month, nor words that open a sentence or follow "a" (a headline's
 * capitals, "a Day for the Red Cross").
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry } from '../gazetteer/places.js';
import { FUNCTION_WORDS, OFFICE_WORDS, ORG_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** Up to three capitalised words after a lower-case word (not "a" or "an") or a comma, then the link to the body. */
const LEAD_WORDS = /(?<=(?:(?<![\p{L}'’-])(?!an?\s)\p{Ll}[\p{L}'’-]*|[,;(])\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,3})((?:for|of|against)\s+(?:(?:the|a)\s+)?|the\s+)$/u;

/** Those who belong to a body or hold a seat in it, which "of" joins to the body without naming it. */
const MEMBER_WORDS = new Set(['member', 'members', 'fellow', 'fellows', 'friend', 'head', 'heads', 'citizen', 'citizens', 'people', 'supporters', 'staff', 'officials']);

function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/, '');
  if ([lower, singular].some((w) => TITLE_WORDS.has(w) || OFFICE_WORDS.has(w) || FUNCTION_WORDS.has(w) || WEEKDAYS_AND_MONTHS.has(w) || MEMBER_WORDS.has(w))) return false;
  return !(lookupCountry(word) || lookupCity(word) || countryOfDemonym(word));
}

/**
 * "the Ethics and Civic Policy Center", "3 Social Democratic and Labour Party councillors": capitalised words
 * nobody took before "and" and a body of two words or more ending in a head word are the body's first
 * words (after a lower-case word, a number or a comma, so not a headline's capitals).
 */
const LEAD_WORDS_AND = /(?<=(?:(?<![\p{L}'’-])(?!an?\s)\p{Ll}[\p{L}'’-]*|[,;(\d])\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(and\s+)$/u;

/**
 * The same at a sentence's start ("Cybersecurity and Infrastructure Security Agency Director Jen
 * Easterly said"), where the words after the body show the line is prose, not a headline's capitals.
 */
const LEAD_WORDS_AND_OPENING = /(?<=(?:\n|[.!?]["”’]?\s)\s*)((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(and\s+)$/u;

/** Whether at least three of the six words after `end` are in lower case: prose, not a headline. */
function proseAfter(body: string, end: number): boolean {
  const words = body.slice(end, end + 80).split(/\s+/).filter(Boolean).slice(0, 6);
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}

/** The words each pattern above ends in (then blank): the link to the body. */
const LINK_WORDS = new Set(['for', 'of', 'against', 'the', 'a', 'and']);

/**
 * Whether the text ends in a link word and blank, as every pattern above needs. The patterns are
 * anchored at the end, and a pattern so anchored is still tried from every character of the window;
 * most bodies' windows end otherwise ("said the", "with the" pass; "in the" too, and then they run).
 */
function endsInLinkWord(before: string): boolean {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  if (end === before.length) return false;
  let start = end;
  while (start > 0 && end - start < 7 && /[a-z]/.test(before[start - 1]!)) start--;
  return LINK_WORDS.has(before.slice(start, end));
}

function leadWords(body: string, e: Entity): RegExpExecArray | null {
  const before = body.slice(Math.max(0, e.start - 60), e.start);
  if (!endsInLinkWord(before)) return null;
  const m = LEAD_WORDS.exec(before);
  if (m) return m;
  const words = e.text.split(/\s+/);
  if (words.length < 2 || !ORG_HEADS.has(words[words.length - 1]!.toLowerCase())) return null;
  // The text's start is a line's start; a window cut inside a line is not.
  return LEAD_WORDS_AND.exec(before) ?? (proseAfter(body, e.end) ? LEAD_WORDS_AND_OPENING.exec(`${e.start <= 60 ? '\n' : ''}${before}`) : null);
}

export function joinLeadWordsToBodies(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const m = leadWords(body, e);
    if (!m) continue;
    const words = m[1]!.trim().split(/[\s-]+/);
    if (!words.every(isNameWord)) continue;
    // After "for", "of" or "against", a body of one word or one with a head word of its own is a whole
    // name ("she stood in Kelso for the Labour Party", "the Coalition of the Country Party
    // of Wessex", "an Act of Parliament"); after a verb and "the" it may be ("Save the Children Fund").
    if (m[2] !== 'the ' && m[2] !== 'and ' && (!/\s/.test(e.text) || e.text.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())))) continue;
    const start = e.start - m[0].length;
    if (entities.some((f) => f !== e && f.start < e.start && f.end > start)) continue;
    e.start = start;
    e.text = body.slice(start, e.end);
  }
}
