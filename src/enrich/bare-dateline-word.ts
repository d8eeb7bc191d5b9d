/**
 * A word in capitals opening a text or a line before a dash, with no state or country after it, that
 * is no dateline's town though the gazetteer holds a town of its name. An analyst read "Nato, PH" as the
 * place of an alliance's meeting ("NATO — Allied ministers met") and "Delta" as the place of an
 * airline's cancelled flights ("DELTA — Flights were cancelled"): the story is about a body, whose name
 * in capitals opens it as a town would.
 *
 * - The acronym of a known body (an alliance, a union of states, an agency) is never a dateline's town.
 * - A company's name or a common word that is also a town's ("DELTA", "CHASE", "TARGET") is the town only
 *   where the text's own places (a state, a country) hold a town of that name.
 */
import { cityIn } from './gazetteer/cities.js';
import { placeHints } from './gazetteer/places.js';
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

/** Whether `written`, a bare dateline's word in capitals, is a body's name or a word rather than a town of the text. */
export function bareDatelineWordIsNoTown(written: string, body: string): boolean {
  const word = written.trim();
  if (!/^\p{Lu}[\p{Lu}-]+$/u.test(word)) return false;
  if (BODY_ACRONYMS.has(word)) return true;
  const lower = word.toLowerCase();
  // A common word: one the tagger's training usually wrote in lower case, or one this text writes so
  // as a word of a sentence (not in a mail or web address: "@dpd.ci.dallas.tx.us").
  const common = shippedModel().common.has(wordInfo(lower).word) || new RegExp(`(?<=[\\s"“(])${lower}(?=[\\s,;:!?"”)]|\\.(?:\\s|$))`, 'u').test(body);
  if (!COMPANY_TOWNS.has(word) && !common) return false;
  const hints = placeHints(body.slice(0, 3000));
  if (hints.countries.size === 0 && hints.admin1.size === 0) return true;
  const name = lower.replace(/(^|-)\p{L}/gu, (c) => c.toUpperCase());
  return cityIn(name, hints, true) === null;
}
