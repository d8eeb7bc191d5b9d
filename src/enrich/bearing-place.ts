/**
 * Where a maritime report fixes an incident by a bearing from a town: "24 nautical miles southwest
 * of Mokha, Yemen", "40 nm west of the Eritrean port of Assab". The town is the scene's nearest land,
 * and the country after it (or the people's adjective before "port of") is whose coast it is. Small
 * ports are often missing from the gazetteer; without this the report got no place at all, though its
 * text names the country. Only nautical distances: a bearing in miles or kilometres from a town is as
 * often a road's.
 */
import { countryOfDemonym, lookupCountry } from './gazetteer/places.js';

const BEARING = /\b\d+(?:\.\d+)?\s*(?:nautical\s+miles?|nm|NM|nmi)\s+(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?|[NSEW]{1,3})?\s*(?:of|off|from)\s+(?:the\s+(\p{Lu}[\p{L}-]+)\s+(?:port|town|city|island|coast)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:,\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}\p{L}+)?))?/u;

export interface Bearing {
  /** The town as written. */
  town: string;
  /** Its offset in `text`. */
  start: number;
  /** The country the text gives it, or null where it gives none. */
  country: string | null;
}

/** The first bearing from a town `text` gives, with the country it names for the town; or null. */
export function bearingFrom(text: string): Bearing | null {
  const m = BEARING.exec(text);
  if (!m) return null;
  const town = m[2]!;
  const country = (m[1] ? countryOfDemonym(m[1]) : null) ?? (m[3] ? lookupCountry(m[3])?.country ?? null : null);
  return { town, start: m.index + m[0].indexOf(town, m[0].length - town.length - (m[3] ? m[3].length + 2 : 0)), country };
}
