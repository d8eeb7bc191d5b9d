/**
 * A capitalised word that only opens sentences, and that the article also writes in lower case, is a
 * word, not a name: "We hope someone can tell us who the driver was", "Court records show", "Salt
 * intake can lead to". The tagger reads such an opener as a name now and then, since nothing in
 * the sentence says otherwise; the article as a whole does. A name that also opens a sentence keeps
 * its reading where the article writes it capitalised inside one ("Bush said ... the bush").
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { FUNCTION_WORDS } from './lexicon.js';

/** Whether a word at `at` opens a sentence, a line or a quotation. */
function opensSentence(body: string, at: number): boolean {
  let i = at;
  while (i > 0 && /["“‘'(\[]/.test(body.charAt(i - 1))) i--;
  if (i === 0 || i < at) return true;
  const before = body.slice(Math.max(0, i - 12), i);
  // "Mr. Black", "Gov. Brown", "St. Louis": a title's dot ends no sentence.
  if (TITLE_DOT.test(before)) return false;
  return /(?:[.!?:;]["”’')\]]*\s+|\n\s*)$/.test(before);
}

/** Abbreviations before a name whose dot is no sentence's end. */
const TITLE_DOT = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Cpl|Det|Insp|Supt|Rev|Hon|Pres|St|Mt|Ft|Jr|Sr|No|Vs|vs)\.\s+$/;

/**
 * Of the wanted words, those the article writes in lower case, standing alone: not a web address's or a mail's part, and
 * not right after a capitalised word other than a function word ("Jamie clayton" is a name written
 * carelessly; "The court" is the word).
 */
function lowerCaseWords(body: string, wanted: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of lowerCaseMatches(body, wanted)) {
    const before = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(body.slice(Math.max(0, m.index - 20), m.index));
    if (before && !FUNCTION_WORDS.has(before[1]!.toLowerCase())) continue;
    out.add(m[0]);
  }
  return out;
}

/** A word in lower case standing alone (see lowerCaseWords). */
const LOWER_WORD = /(?<![\p{L}\p{N}./@_-])\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}@_/]|\.\p{L})/gu;
const LOWER_WORD_AT = new RegExp(LOWER_WORD.source, 'uy');
const APOSTROPHE = /['’]/;

/**
 * The matches of LOWER_WORD that are wanted words, as a scan of the whole body finds them. Only the
 * places where a wanted word is written are tried (a scan of every lower-case word of the body had
 * cost more than the rest of the step): a match found there is the scan's, since a match can only
 * cover that place from further back across an apostrophe (a letter, a digit or a hyphen before it
 * fails the pattern's look-behind); where an apostrophe stands before one, the whole body is scanned.
 */
function lowerCaseMatches(body: string, wanted: ReadonlySet<string>): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const tried = new Set<number>();
  for (const word of wanted) {
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      if (tried.has(at)) continue;
      tried.add(at);
      if (at > 0 && APOSTROPHE.test(body[at - 1]!)) return [...body.matchAll(LOWER_WORD)].filter((m) => wanted.has(m[0]));
      LOWER_WORD_AT.lastIndex = at;
      const m = LOWER_WORD_AT.exec(body);
      if (m && wanted.has(m[0])) found.push(m);
    }
  }
  return found;
}

const isKnownPlace = (name: string): boolean => lookupCountry(name) !== null || lookupCity(name) !== null || lookupRegion(name) !== null;

/** The entities without the one-word sentence openers the article shows to be words. */
export function withoutSentenceOpeners(body: string, entities: readonly Entity[]): Entity[] {
  // Never a place the gazetteer knows ("Turkey said on Monday ... ate turkey").
  const candidates = entities.filter((e) => /^\p{Lu}\p{Ll}+$/u.test(e.text) && !e.country && !isKnownPlace(e.text) && opensSentence(body, e.start));
  if (candidates.length === 0) return [...entities];
  const lower = lowerCaseWords(body, new Set(candidates.map((e) => e.text.toLowerCase())));
  const words = new Set<string>();
  for (const e of candidates) {
    if (!lower.has(e.text.toLowerCase())) continue;
    // Written capitalised inside a sentence anywhere: a name after all.
    let inside = false;
    for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${e.text}(?![\\p{L}\\p{N}])`, 'gu'))) {
      if (!opensSentence(body, m.index)) {
        inside = true;
        break;
      }
    }
    if (!inside) words.add(e.text);
  }
  return words.size === 0 ? [...entities] : entities.filter((e) => !(words.has(e.text) && opensSentence(body, e.start)));
}
