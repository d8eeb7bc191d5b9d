/**
 * A head of state or government named by the bare title ("President Yoon Suk Yeol") serves the country
 * the report is written from: news names the country of every other leader ("US President Joe Biden")
 * and leaves out its own. That country is the dateline's, else a national agency's ("(Yonhap)"). The
 * country is a guess, marked `countryInferred`; a country the article gives always wins.
 */
import type { Entity, PersonMention } from '../model/types.js';

/**
 * The bare titles of a head of state or government (a company's "president" has a body beside it), and
 * of a cabinet member, whose country news leaves out as it does its leader's ("Foreign Minister Cho
 * Tae-yul" from Seoul, "Home Secretary James Cleverly" from London).
 */
const LEADER_TITLE = /^(?:(?:vice[- ])?president|prime minister|premier|chancellor|(?:(?:deputy|acting|senior)\s+)?(?:[a-z]+\s+){0,2}minister|(?:foreign|home|defen[cs]e|interior|treasury)\s+secretary|secretary of state)$/i;

/** The titles of a head of state or government, of those above. */
const HEAD_TITLE = /^(?:(?:vice[- ])?president|prime minister|premier|chancellor)$/i;

/**
 * States whose head is a monarch (or the crown's governor-general) and that have no president: a
 * "President" in a report from Toronto, Tokyo or Riyadh is a company's, a court's or a foreign state's.
 */
const NO_PRESIDENT = new Set('AD AG AU BH BN BS BT BZ CA DK ES GB GD JM JO JP KH KN KW LC LI LS LU MA MC MY NL NO NZ OM PG QA SA SB SE SZ TH TO TV VC'.split(' '));

/** The portfolio of a minister's title ("External Affairs" of "External Affairs Minister"). */
const PORTFOLIO = /^(?:(?:deputy|acting|senior)\s+)?((?:[a-z]+\s+){1,2})minister$/i;

/**
 * Gives the home country to the leaders named without one, in place. `entities` are the article's: a
 * minister whose portfolio a body of another country holds ("India's Ministry of External Affairs" in an
 * Islamabad report, beside "External Affairs Minister S. Jaishankar") is left without a country.
 */
export function giveLeadersHomeCountry(people: PersonMention[], home: string | null, entities: readonly Entity[] = []): void {
  if (!home) return;
  for (const person of people) {
    if (person.country || person.organization || !person.role || !LEADER_TITLE.test(person.role.trim())) continue;
    const portfolio = PORTFOLIO.exec(person.role.trim())?.[1]?.trim().toLowerCase();
    if (portfolio && entities.some((e) => e.type === 'organization' && e.country && e.country !== home && e.text.toLowerCase().includes(portfolio))) continue;
    // A head of state beside a summit's city abroad is still the agency's own; a minister quoted in another
    // country's capital is more often that country's ("Foreign Minister Wang Yi said in Beijing" from Manila).
    if (!HEAD_TITLE.test(person.role.trim()) && besideForeignPlace(person, home, entities)) continue;
    if (/president$/i.test(person.role.trim()) && NO_PRESIDENT.has(home)) continue;
    person.country = home;
    person.countryInferred = true;
  }
}

/** How near a mention a place must be to set where the office is told from ("said in Beijing"). */
const BESIDE_CHARS = 80;

/**
 * Whether a place of another country is named close to one of the person's mentions: "Foreign Minister
 * Wang Yi said in Beijing" under a MANILA dateline is Beijing's minister, not Manila's, and the text does
 * not say so in words the country readers know.
 */
function besideForeignPlace(person: PersonMention, home: string, entities: readonly Entity[]): boolean {
  return entities.some((e) => e.type === 'location' && e.country !== undefined && e.country !== home && person.mentions.some((m) => e.start < m.end + BESIDE_CHARS && e.end > m.start - BESIDE_CHARS));
}
