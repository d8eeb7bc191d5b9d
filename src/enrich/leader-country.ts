/**
 * A head of state or government named by the bare title ("President Yoon Suk Yeol") serves the country
 * the report is written from: news names the country of every other leader ("US President Joe Biden")
 * and leaves out its own. That country is the dateline's, else a national agency's ("(Yonhap)"). The
 * country is a guess, marked `countryInferred`; a country the article gives always wins.
 */
import type { PersonMention } from '../model/types.js';

/** The bare titles of a head of state or government (a company's "president" has a body beside it). */
const LEADER_TITLE = /^(?:(?:vice[- ])?president|prime minister|premier|chancellor)$/i;

/** Gives the home country to the leaders named without one, in place. */
export function giveLeadersHomeCountry(people: PersonMention[], home: string | null): void {
  if (!home) return;
  for (const person of people) {
    if (person.country || person.organization || !person.role || !LEADER_TITLE.test(person.role.trim())) continue;
    person.country = home;
    person.countryInferred = true;
  }
}
