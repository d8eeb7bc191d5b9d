/**
 * A head of state or government named by the bare title ("President Yoon Suk Yeol") serves the country
 * the report is written from: news names the country of every other leader ("US President Joe Biden")
 * and leaves out its own. That country is the dateline's, else a national agency's ("(Yonhap)"). The
 * country is a guess, marked `countryInferred`; a country the article gives always wins. A minister
 * whose portfolio one country's department in the article holds ("Norland's Ministry of Water" beside
 * "Water Minister ...") is that country's, also marked inferred.
 */
import type { Entity, PersonMention, Span } from '../model/types.js';

/**
 * The bare titles of a head of state or government (a company's "president" has a body beside it), and
 * of a cabinet member, whose country news leaves out as it does its leader's ("Foreign Minister Cho
 * Tae-yul" from Seoul, "Home Secretary James Cleverly" from London), and a member of the Swiss or the
 * Austrian federal council ("Federal Councillor Martin Brunner" from Geneva; ux75a fault 10).
 */
const LEADER_TITLE = /^(?:(?:vice[- ])?president|prime minister|premier|chancellor|(?:(?:deputy|acting|senior)\s+)?(?:[a-z]+\s+){0,2}minister|(?:(?:deputy|acting|senior)\s+)?minister\s+(?:of|for)\s+(?:[a-z]+\s+){0,3}[a-z]+|(?:foreign|home|defen[cs]e|interior|treasury)\s+secretary|secretary of state|federal council+or)$/i;

/** The titles of a head of state or government, of those above. */
const HEAD_TITLE = /^(?:(?:vice[- ])?president|prime minister|premier|chancellor)$/i;

/**
 * States whose head is a monarch (or the crown's governor-general) and that have no president: a
 * "President" in a report from Toronto, Tokyo or Riyadh is a company's, a court's or a foreign state's.
 */
const NO_PRESIDENT = new Set('AD AG AU BH BN BS BT BZ CA DK ES GB GD JM JO JP KH KN KW LC LI LS LU MA MC MY NL NO NZ OM PG QA SA SB SE SZ TH TO TV VC'.split(' '));

/** The portfolio of a minister's title ("External Affairs" of "External Affairs Minister"). */
const PORTFOLIO = /^(?:(?:deputy|acting|senior)\s+)?((?:[a-z]+\s+){1,2})minister$/i;
/** The portfolio of "Minister of Health", "Minister for Foreign Affairs". */
const PORTFOLIO_AFTER = /^(?:(?:deputy|acting|senior)\s+)?minister\s+(?:of|for)\s+(?:the\s+)?((?:[a-z]+\s+){0,3}[a-z]+)$/i;
/** Words that make a body a government department, whose portfolio a minister's title names. */
const DEPARTMENT = /\b(?:ministry|department|office|secretariat)\b/i;

/**
 * Gives the home country to the leaders named without one, in place. `entities` are the article's: a
 * minister whose portfolio a body of another country holds ("India's Ministry of External Affairs" in an
 * Islamabad report, beside "External Affairs Minister S. Jaishankar") takes that body's country, and
 * one whose portfolio departments of two countries hold is left without one. `sentences` tell whether
 * the home state is the one acting in a sentence that also names a place abroad.
 */
export function giveLeadersHomeCountry(people: PersonMention[], home: string | null, entities: readonly Entity[] = [], sentences: readonly Span[] = []): void {
  for (const person of people) {
    if (person.country || person.organization || !person.role || !LEADER_TITLE.test(person.role.trim())) continue;
    const role = person.role.trim();
    const portfolio = (PORTFOLIO.exec(role)?.[1] ?? PORTFOLIO_AFTER.exec(role)?.[1])?.trim().toLowerCase();
    // "Norland's Ministry of Water ... Water Minister Ada Rusk": the one country whose department holds
    // the portfolio is the minister's, wherever the report is written from.
    const held = new Set(portfolio ? entities.filter((e) => e.type === 'organization' && e.country && DEPARTMENT.test(e.text) && e.text.toLowerCase().includes(portfolio)).map((e) => e.country!) : []);
    if (held.size === 1) {
      person.country = [...held][0]!;
      person.countryInferred = true;
      continue;
    }
    if (!home || held.size > 1) continue;
    // A head of state beside a summit's city abroad is still the agency's own; a minister quoted in another
    // country's capital is more often that country's ("Foreign Minister Wang Yi said in Beijing" from Manila),
    // unless the sentence is about the home state's own act ("Norland shut the crossing after the outbreak
    // in Tarvia, Health Minister ... said").
    if (!HEAD_TITLE.test(role) && besideForeignPlace(person, home, entities) && !homeStateActs(person, home, entities, sentences)) continue;
    if (/president$/i.test(role) && NO_PRESIDENT.has(home)) continue;
    person.country = home;
    person.countryInferred = true;
  }
}

/**
 * Whether a sentence naming the person opens with the home country as the one that acts: the first
 * country the sentence names is the home one ("Norland has begun checking travellers from Tarvia,
 * Health Minister X said"). The report's dateline town is no country and does not count.
 */
function homeStateActs(person: PersonMention, home: string, entities: readonly Entity[], sentences: readonly Span[]): boolean {
  return person.mentions.some((m) => {
    const sentence = sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (!sentence) return false;
    const first = entities.filter((e) => e.type === 'location' && e.subtype === 'country' && e.start >= sentence.start && e.end <= m.start).sort((a, b) => a.start - b.start)[0];
    return first !== undefined && first.country === home;
  });
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
