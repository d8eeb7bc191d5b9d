/**
 * A firm named by a word and a country, a town or a nationality ("Credit Suisse", "Air Lanka", "Royal
 * Jordanian"): the gazetteer reads the second word as the place and the first as nothing, so the bank
 * became Switzerland. Such a pair is the firm where the article shows one: the pair typed a body at
 * another mention, a firm's kind just before it ("the Swiss lender Credit Suisse"), its staff or shares
 * after it ("a Credit Suisse spokesman"), its kind in apposition ("Air Canada, the largest airline,"), or
 * a next sentence that calls the subject back by a firm's kind ("Credit Suisse said ... The bank ...").
 * "Nazi Germany", "Greater London", "Across Europe, ..." have none of these and stay as they were.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry } from '../gazetteer/places.js';
import { FUNCTION_WORDS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';
import { isHoldersAdjective } from './holders-adjective.js';

/** A word and a place or nationality word, both capitalised, one space apart. */
/** (A lookahead, so that pairs may overlap: "the Swiss Credit Suisse" tries "Credit Suisse" too.) */
const PAIR = /(?<![\p{L}\p{N}'’.-])(?=((\p{Lu}\p{Ll}[\p{L}-]*) (\p{Lu}\p{Ll}[\p{L}-]*))(?![\p{L}\p{N}-]))/gu;

/** Words before a place that make a part, an era or a regime of it, never a firm's name. */
const NOT_FIRST = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'peninsular', 'continental', 'insular', 'coastal', 'inner', 'outer', 'mainland', 'metropolitan', 'metro', 'downtown', 'rural', 'upstate', 'new', 'old', 'great', 'little', 'occupied', 'free', 'nazi', 'soviet', 'imperial', 'communist', 'colonial', 'modern', 'ancient', 'medieval', 'fortress', 'team', 'mr', 'miss', 'mrs', 'ms', 'st', 'saint', 'san', 'santa', 'port', 'fort', 'mount', 'lake', 'cape', 'visit', 'welcome']);

const KINDS = 'bank|lender|insurer|airline|carrier|company|firm|group|broadcaster|brokerage|conglomerate|operator|retailer|manufacturer|maker|provider|telecoms?|utility|asset manager';
const KIND_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${KINDS})[^\\S\\n]+$`, 'u');
/** ("shares" only after the possessive or before a move: "Peninsular Malaysia shares a border with Thailand".) */
const STAFF_AFTER = /^(?:['’]s)?\s+(?:spokes(?:man|woman|person)|chief executive|CEO|CFO|chairman|chairwoman|executives?|employees|staff|bankers|analysts|share price|shareholders|customers|clients|branches)\b|^(?:['’]s\s+shares|\s+shares\s+(?:rose|fell|jumped|slid|dropped|gained|tumbled|plunged|climbed|were|closed))\b/;
const KIND_APPOSITION = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${KINDS})(?=\\s*[,.;]|\\s+(?:that|which|whose|based|in|said)\\b)`, 'iu');
/** The pair as a clause's subject, and the next sentence's subject a firm's kind. */
const SUBJECT_AFTER = /^\s+(?:said|says|has|had|announced|reported|confirmed|disclosed)\b/;
const KIND_NEXT = new RegExp(`^[^.!?]*[.!?]["”]?\\s+The\\s+(?:${KINDS})\\b`, 'u');

function isPlaceWord(word: string): boolean {
  return lookupCountry(word) !== null || countryOfDemonym(word) !== null || lookupCity(word) !== null;
}

function isFirstWord(word: string): boolean {
  const w = word.toLowerCase();
  // "Air" leads a title only in an air force's ranks ("Air Marshal"), never before a place.
  return !NOT_FIRST.has(w) && !FUNCTION_WORDS.has(w) && !(TITLE_WORDS.has(w) && w !== 'air') && !WEEKDAYS_AND_MONTHS.has(w) && !isHoldersAdjective(word) && !isPlaceWord(word);
}

/** Whether the pair at [start, end) is a firm by the words around it. */
function hasFirmCue(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 24), start);
  const after = body.slice(end, end + 60);
  if (KIND_BEFORE.test(before) || STAFF_AFTER.test(after) || KIND_APPOSITION.test(after)) return true;
  return SUBJECT_AFTER.test(after) && KIND_NEXT.test(body.slice(end, end + 400));
}

/** Turns, in place, a word and a place the article shows to be a firm into one body, at every mention. */
export function firmsBeforePlaces(body: string, entities: Entity[]): void {
  const candidates: { text: string; start: number; end: number }[] = [];
  for (const m of body.matchAll(PAIR)) {
    if (!isPlaceWord(m[3]!) || !isFirstWord(m[2]!)) continue;
    candidates.push({ text: m[1]!, start: m.index, end: m.index + m[1]!.length });
  }
  if (candidates.length === 0) return;
  const firms = new Set<string>();
  for (const c of candidates) {
    const typedBody = entities.some((e) => e.type === 'organization' && e.start === c.start && e.end === c.end);
    if (typedBody || hasFirmCue(body, c.start, c.end)) firms.add(c.text);
  }
  for (const c of candidates) {
    if (!firms.has(c.text)) continue;
    const inside = entities.filter((e) => e.start < c.end && c.start < e.end);
    // A longer name that holds the pair ("Credit Suisse Group") is already the body, whole.
    if (inside.some((e) => e.start <= c.start && e.end >= c.end && (e.start < c.start || e.end > c.end) && e.type === 'organization')) continue;
    if (inside.some((e) => e.start < c.start || e.end > c.end)) continue;
    // "Kevin Poland said ...": a person the tagger read whole, or by the first word, is a person's name.
    if (inside.some((e) => e.type === 'person' && e.start === c.start) && !entities.some((e) => e.type === 'organization' && e.text === c.text)) continue;
    for (const e of inside) entities.splice(entities.indexOf(e), 1);
    const at = entities.findIndex((e) => e.start > c.start);
    entities.splice(at < 0 ? entities.length : at, 0, { text: c.text, type: 'organization', start: c.start, end: c.end });
  }
}
