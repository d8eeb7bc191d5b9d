/**
 * A state's ministry that opens a role written before a name, in either case ("Foreign ministry
 * spokesperson Lim Soo-suk", "External Affairs Ministry spokesperson Randhir Jaiswal"): the ministry is
 * the person's organisation, named as an analyst knows it ("Foreign Ministry"), and its country is the
 * one the article gives the same ministry, else the dateline's, since news leaves out the country of
 * the ministry it reports from. Without this the person had the whole phrase as a role and no body or
 * country (the tagger finds no body in "Foreign ministry" and cut "External" off the other).
 */
import type { Entity } from '../model/types.js';
import { portfolio } from './entities/body-country.js';
import { countryOfWord } from './gazetteer/places.js';

/** One to three portfolio words, "ministry", then the role in lower case ("foreign ministry spokeswoman"). */
const MINISTRY_OPENING = /^((?:\p{L}+\s+){1,3})[Mm]inistry\s+\p{Ll}/u;
/** Words that say how senior the post is, not what the ministry is for ("a senior ministry official"). */
const NOT_PORTFOLIO = /^(?:a|an|the|one|another|former|senior|junior|deputy|chief|acting|top|assistant|vice|ex)$/i;

/** The ministry a role opens with and its country, or null where the role opens with none or with a country's name ("Japanese ..."). */
export function ministryOpening(role: string, entities: readonly Entity[], datelineCountry: () => string | null): { organization: string; country: string | null } | null {
  const m = MINISTRY_OPENING.exec(role);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w) => countryOfWord(w) || NOT_PORTFOLIO.test(w))) return null;
  const organization = `${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} Ministry`;
  const kind = portfolio(organization);
  const countries = new Set(entities.filter((e) => e.type === 'organization' && e.country && portfolio(e.text) === kind).map((e) => e.country!));
  const country = countries.size === 1 ? [...countries][0]! : countries.size === 0 ? datelineCountry() : null;
  return { organization, country };
}
