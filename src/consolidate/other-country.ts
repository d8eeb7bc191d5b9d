/**
 * Whether a report names another country more often than the one its place is in. A state office named
 * without its country ("External affairs minister ...") is given the country the report is filed from;
 * without a dateline that is the country of the place it tells of, which is no home for a report of a
 * piracy off Somalia by the Indian navy, placed at the port the ship was bound for: there the minister is
 * the country the report keeps naming, India, and no guess is better than Kenya.
 */
import type { Article } from '../model/types.js';
import { countryOfDemonym, lookupPlace } from '../enrich/gazetteer/places.js';

/** A capitalised word, as a people's adjective is written ("Indian", "Somali"). */
const CAPITALISED = /\b\p{Lu}\p{Ll}+\b/gu;

/** Mentions of each country: its places the entities hold, and its people's adjectives in the text. */
function countryMentions(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (country: string): void => void counts.set(country, (counts.get(country) ?? 0) + 1);
  for (const e of article.entities) if (e.type === 'location' && e.country) add(e.country);
  for (const m of article.body.matchAll(CAPITALISED)) {
    // A word that is also a place's name ("Jordan") is counted as the place, if at all.
    const country = countryOfDemonym(m[0]);
    if (country && !lookupPlace(m[0])) add(country);
  }
  return counts;
}

export function namesAnotherCountryMore(article: Article, country: string): boolean {
  const counts = countryMentions(article);
  const own = counts.get(country) ?? 0;
  for (const [other, n] of counts) if (other !== country && n > own) return true;
  return false;
}
