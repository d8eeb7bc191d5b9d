/**
 * A word in capitals opening a text or a line before a dash, with no state or country after it, that
 * is no dateline's town though the gazetteer holds a town of its name. An analyst read "Nato, PH" as the
 * place of an alliance's meeting ("NATO — Allied ministers met") and "Delta" as the place of an
 * airline's cancelled flights ("DELTA — Flights were cancelled"): the story is about a body, whose name
 * in capitals opens it as a town would.
 *
 * - The acronym of a known body (an alliance, a union of states, an agency) is never a dateline's town.
 * - A company's name that is also a town's ("DELTA", "CORNING") is no town only where the story after it
 *   is about a company (flights, shares, stores, a bank): a local crime story rarely names its own state,
 *   and a reviewer saw "CORNING — A man was shot" lose its town.
 * - A common word that is also a town's ("TARGET", "MOBILE") is the town only where the text's own places
 *   (a state, a country) hold a town of that name; so too a company's name in a story about a company.
 * - Any of them with a US state after it ("MOBILE, Ala.", "CHAMPION, Ohio") is the town: the state says
 *   it is a dateline, and a reviewer saw the word refused where the story also wrote it in lower case.
 */
import { cityIn } from './gazetteer/cities.js';
import { placeHints } from './gazetteer/places.js';
import { usStatesIn } from './gazetteer/us-states.js';
import { shippedModel } from './entities/model/spans.js';
import { wordInfo } from './entities/model/features.js';

/** Acronyms of bodies that news opens a story with as a dateline's town would stand (Nato is a village of the Philippines). */
const BODY_ACRONYMS: ReadonlySet<string> = new Set([
  'NATO', 'UN', 'EU', 'OPEC', 'ASEAN', 'IAEA', 'OSCE', 'WHO', 'WTO', 'IMF', 'OECD', 'UNESCO', 'UNICEF', 'UNHCR',
  'FIFA', 'UEFA', 'NASA', 'ESA', 'ECB', 'FBI', 'CIA', 'NSA', 'ATF', 'DEA', 'FEMA', 'CDC', 'FDA', 'EPA', 'FAA', 'NTSB',
]);

/** Companies whose names are also towns' (Delta, Utah and British Columbia; Hershey, Pennsylvania). */
const COMPANY_TOWNS: ReadonlySet<string> = new Set([
  'DELTA', 'CHASE', 'TARGET', 'ALCOA', 'HERSHEY', 'CORNING', 'KOHLER', 'SPRINT', 'DELL', 'INTEL', 'SHELL', 'AVON', 'HUMANA', 'CITGO',
]);

/** Words of a story about a company: its flights, shares, stores, customers, results (not "a store", where shootings happen). */
const ABOUT_A_COMPANY = /\b(?:airlines?|airways|flights?|passengers|shares?|stocks?|investors?|shareholders|stores|retail(?:er|ers)?|shoppers|banks?|banking|customers?|profits?|revenues?|earnings|sales|quarter(?:ly)?|merger|acquisition|acquire[sd]?|company|companies|chief\s+executive|CEO|brand|products?|recall(?:s|ed)?|subscribers|Inc|Corp)\b/iu;

/** Whether the story after the word at the text's start (or a line's) reads as about a company (ABOUT_A_COMPANY). */
function aboutACompany(word: string, body: string): boolean {
  const at = body.indexOf(word);
  return ABOUT_A_COMPANY.test(body.slice(at < 0 ? 0 : at + word.length, (at < 0 ? 0 : at + word.length) + 400));
}

/**
 * Whether the word opens a dateline with a US state after it ("MOBILE, Ala.", "SURPRISE, AZ", "CHAMPION,
 * Ohio"): then it is a town however common the word, even one too small for the gazetteer. The rules
 * below are for a word that stands alone before the dash.
 */
function stateAfter(word: string, body: string): boolean {
  for (let at = body.indexOf(word); at >= 0 && at < DATELINE_REACH; at = body.indexOf(word, at + word.length)) {
    const after = /^,[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)/u.exec(body.slice(at + word.length, at + word.length + 30));
    if (after && usStatesIn(`, ${after[1]!} `).size > 0) return true;
  }
  return false;
}
/**
 * Labels a news site prints in capitals before a story ("UPDATE, Ohio —", "WATCH: ..."): never the
 * town, even with a state after them (a reviewer saw "UPDATE" and "WATCH" listed as places).
 */
const PAGE_LABELS: ReadonlySet<string> = new Set(['UPDATE', 'UPDATED', 'UPDATES', 'WATCH', 'BREAKING', 'VIDEO', 'VIDEOS', 'PHOTOS', 'PHOTO', 'GALLERY', 'EXCLUSIVE', 'LIVE', 'CORRECTION', 'CORRECTED', 'DEVELOPING', 'ALERT', 'LISTEN', 'AUDIO', 'OPINION', 'EDITORIAL', 'ANALYSIS', 'SPONSORED', 'ADVERTISEMENT', 'PREVIOUSLY', 'EARLIER', 'NEW', 'URGENT', 'FLASH', 'RECAP', 'FIRST']);

/** Whether a word in capitals before a dateline's comma is a site's label ("UPDATE", "WATCH"), not a town. */
export function isPageLabel(word: string): boolean {
  return PAGE_LABELS.has(word.trim().toUpperCase());
}

/** How far into a text a dateline's word is looked for (the opening, or a later line's). */
const DATELINE_REACH = 3000;

/** Whether `written`, a bare dateline's word in capitals, is a body's name or a word rather than a town of the text. */
export function bareDatelineWordIsNoTown(written: string, body: string): boolean {
  const word = written.trim();
  if (!/^\p{Lu}[\p{Lu}-]+$/u.test(word)) return false;
  if (PAGE_LABELS.has(word)) return true;
  if (stateAfter(word, body)) return false;
  if (BODY_ACRONYMS.has(word)) return true;
  const lower = word.toLowerCase();
  // A common word: one the tagger's training usually wrote in lower case, or one this text writes so
  // as a word of a sentence (not in a mail or web address: "@dpd.ci.dallas.tx.us").
  const common = shippedModel().common.has(wordInfo(lower).word) || new RegExp(`(?<=[\\s"“(])${lower}(?=[\\s,;:!?"”)]|\\.(?:\\s|$))`, 'u').test(body);
  if (COMPANY_TOWNS.has(word) ? !aboutACompany(word, body) : !common) return false;
  const hints = placeHints(body.slice(0, 3000));
  if (hints.countries.size === 0 && hints.admin1.size === 0) return true;
  const name = lower.replace(/(^|-)\p{L}/gu, (c) => c.toUpperCase());
  return cityIn(name, hints, true) === null;
}
