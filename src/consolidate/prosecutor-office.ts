/**
 * A prosecutor's office written in lower case ("The federal prosecutor's office has opened an
 * investigation", "the district prosecutor's office in Tallinn") is a body of the event as its
 * capitalised name would be; the tagger marks only capitalised names, so the investigating office was
 * missing from the record. Its country is the one the text gives it: a town after it ("in Tallinn"), an
 * owner right before it ("the Belgian federal prosecutor's office"), else the dateline's town. "The
 * prosecutor" alone is a person's role, not a body: only the office is read.
 */
import { countryOfOwner } from '../enrich/entities/body-country.js';
import { lookupCity } from '../enrich/gazetteer/places.js';
import { datelineCity } from '../enrich/place.js';

/** A prosecutor's office read from lower-case words: its name as a body writes it, its country and offsets. */
export interface ProsecutorOffice {
  /** "Federal Prosecutor's Office", "District Prosecutor's Office in Tallinn". */
  text: string;
  country: string | null;
  start: number;
  end: number;
}

/** The qualifier a prosecutor's office is told by, before "prosecutor's office". */
const QUALIFIER = String.raw`(?:federal|state|regional|district|county|city|public|national|military|provincial|municipal|local|chief|special|general)`;
/**
 * An article, an owner's capitalised word where one stands there ("Belgian", "Paris"), up to two
 * lower-case qualifiers, "prosecutor's office" (or "prosecutors' office"), and the town it sits in where
 * one follows ("in Tallinn", "of Tartu").
 */
const LOWER_OFFICE = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:(\p{Lu}[\p{L}.-]*)(?:['’]s)?\s+)?((?:${QUALIFIER}\s+){0,2})(prosecutor['’]s|prosecutors['’])\s+office\b(?:\s+(in|of|for)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))?`, 'gu');

/** Capitalises each word but "of", "in", "for" ("district prosecutor's office in Tallinn" -> "District Prosecutor's Office in Tallinn"). */
function titled(text: string): string {
  return text.replace(/(^|\s)(?!(?:of|in|for)\b)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

/** The lower-case prosecutor's offices an article names, with the country its text gives each. */
export function prosecutorOffices(body: string): ProsecutorOffice[] {
  if (!/prosecutors?['’]s?\s+office/.test(body)) return [];
  const out: ProsecutorOffice[] = [];
  let dateline: string | null | undefined;
  for (const m of body.matchAll(LOWER_OFFICE)) {
    const [whole, ownerWord, qualifiers, head, preposition, seat] = m as unknown as [string, string | undefined, string, string, string | undefined, string | undefined];
    // An owner word that is a country or its people's ("Belgian") gives the country; a town's ("Paris")
    // is part of the name and gives its country; any other capitalised word ("the Smith prosecutor's
    // office"?) is no owner the text makes plain: the match is left alone.
    const ownerCountry = ownerWord ? countryOfOwner(ownerWord) : null;
    const ownerTown = ownerWord && !ownerCountry ? lookupCity(ownerWord) : null;
    if (ownerWord && !ownerCountry && !ownerTown) continue;
    // The town only where the gazetteer knows it as one: "the prosecutor's office of Judge Ames" names no seat.
    const town = seat ? lookupCity(seat) : null;
    const officeEnd = m.index + whole.indexOf(' office', whole.indexOf(head)) + ' office'.length;
    const nameStart = ownerTown ? m.index + whole.indexOf(ownerWord!) : m.index + whole.indexOf(`${qualifiers}${head}`);
    const name = `${ownerTown ? `${ownerWord} ` : ''}${qualifiers}${head} office${town ? ` ${preposition} ${seat}` : ''}`;
    if (dateline === undefined) dateline = datelineCity(body)?.country ?? null;
    out.push({ text: titled(name.replace(/\s+/g, ' ').trim()), country: town?.country ?? ownerCountry ?? ownerTown?.country ?? dateline, start: nameStart, end: town ? m.index + whole.length : officeEnd });
  }
  return out;
}
