/**
 * The words a company is known by alone: "Timah" for PT Timah Nusantara Tbk, "Hallberg" for Hallberg
 * Metals SA. An analyst types one word of a firm's name, and the short name (entity-names.ts) keeps
 * every word but the legal form, so a firm of two name words was found by neither alone. Only a name
 * its legal form or trade word marks as a company's gives words: a state body's words ("World",
 * "Trade") name no one thing. Nor does a word that says what a firm does or where it is ("Metals",
 * "Bank", "Pacific", "Indonesia"): alone it would find every firm of that trade or place. Nor an
 * ordinary English word ("State", "Home", "Times"), which a reader types for many other things.
 */
import { financeFirmName } from './finance-mark.js';
import { countryOfDemonym, lookupCity, lookupCountryOrCode, lookupRegion } from '../enrich/gazetteer/places.js';
import { isOrdinaryWord } from './ordinary-word.js';

/** The marks of a company's name: a legal form before or after it, or a closing trade word. */
const FIRM_MARK = /^(?:PT|CV)\s+\p{Lu}|,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|gmbh|s\.a|sa|n\.v|nv|tbk|bhd|pte|spa|s\.p\.a|ab|asa|oyj)\.?,?$|\s(?:metals|mining|minerals|refining|smelting)$/iu;
/** What is left out of the name before its words are read: the legal forms and "the". */
const LEGAL_WORD = /^(?:the|pt|cv|inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|gmbh|s\.a|sa|n\.v|nv|tbk|bhd|pte|spa|s\.p\.a|ab|asa|oyj)\.?,?$/i;

/**
 * Words that say what a firm does, how it is organised or where it trades: in many firms' names, so
 * none finds one firm alone.
 */
const TRADE_WORDS = new Set(
  `metals metal mining mines minerals refining refinery smelting steel iron copper gold silver tin nickel coal oil gas petroleum energy power
  electric electricity utilities water chemicals chemical pharmaceuticals pharma foods food beverages brewing breweries textiles paper cement
  bank banking capital financial finance investment investments securities insurance assurance trust credit savings holdings holding group
  industries industrial international global general national united american european asian pacific atlantic continental eastern western
  northern southern central royal standard first new trading traders trade commerce commercial partners associates ventures enterprises
  systems solutions services technologies technology tech electronics software digital networks communications telecom media entertainment
  airlines airways aviation shipping logistics transport motors automotive construction engineering development properties property realty
  estate resources products brands retail stores markets market exchange consulting management agency agencies company corporation
  manufacturing materials plantations agro agri farms sugar rubber palm timber forest health healthcare medical life labs laboratories`.split(/\s+/).filter(Boolean),
);

/** A word of a firm's name that finds it alone, or not. */
function distinctive(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]{3,}$/u.test(word)) return false;
  if (TRADE_WORDS.has(word.toLowerCase())) return false;
  if (lookupCountryOrCode(word) || countryOfDemonym(word) || lookupCity(word) || lookupRegion(word)) return false;
  // "State" of State Street Corp., "Home" of Home Depot Inc: an ordinary word finds every firm it is in (ordinary-word.ts).
  return !isOrdinaryWord(word);
}

/** The words of a company's name of two name words or more that find it alone; none for a name no firm's mark is on. */
export function firmWords(name: string): string[] {
  const trimmed = name.trim();
  if (!FIRM_MARK.test(trimmed) && !financeFirmName(trimmed)) return [];
  const words = trimmed.split(/\s+/).filter((w) => !LEGAL_WORD.test(w));
  if (words.length < 2) return [];
  return words.filter(distinctive);
}
