/**
 * Participants: the people who took part in the reported event, merged across articles (a name in
 * either order, hyphenated or not, is one person). People named only in sentences about earlier events,
 * and authors and editors, are not participants. Where outlets write a name, role or country
 * differently, the variants are returned as discrepancies.
 */
import { bodyCountryIn } from './organizations.js';
import { chiefBeginsName } from '../enrich/chief-name.js';
import { disagreeingNames } from './name-variants.js';
import { isOfficialSource, koreanHeadingFirst } from './korean-heading.js';
import { nearSpellings } from './near-spelling.js';
import type { Article, Discrepancy, EventRole, Participant, PersonMention } from '../model/types.js';
import { asEventRole, EVENT_ROLES } from '../enrich/event-role.js';
import { nameTokens } from '../enrich/people.js';
import { joinedSpelling } from './joined-spelling.js';
import { withCourtRole } from './court-roles.js';
import { contentWords } from './facts.js';
import { datelineCity } from '../enrich/place.js';
import { namesAnotherCountryMore } from './other-country.js';
import { roleTownCountry } from './role-town.js';
import { isAddressAt, isStreetName } from './street-name.js';
import { isOfTheReporting, reportingNames } from './outlet-staff.js';
import { sameGivenName } from './given-names.js';
import { splitRank } from './rank-in-name.js';
import { conflictingRanks, ranksIn } from './rank-conflict.js';
import { isFreeAgent } from './free-agent.js';
import { Lru } from '../util/lru.js';
import { foldAccents } from '../util/fold.js';
import { transliterationKey } from '../util/transliteration.js';
import { arabicNameKey, joinedAbd } from '../util/arabic-names.js';
import { centralAsianZhKey, givesTwoFamilyNames, russianVowelKey, russianYeKey, TWO_SURNAME_COUNTRIES, trailingNameLeftOut } from '../util/name-variants-latin.js';

interface Gathered {
  key: string;
  mentions: { article: Article; person: PersonMention; order: number }[];
}

export function consolidateParticipants(articles: readonly Article[]): { participants: Participant[]; discrepancies: Discrepancy[] } {
  const gathered = new Map<string, Gathered>();
  const bySurname: Gathered['mentions'] = [];
  const keptRanked = new Set<Gathered['mentions'][number]>();
  const reporting = reportingNames(articles);
  const official = new Set(articles.filter(isOfficialSource).map((a) => a.id));
  articles.forEach((article, order) => {
    for (const listed of article.people) {
      // "Ms. Lee, for the Government": the court's way of naming a party or counsel (court-roles.ts).
      const person = withCourtRole(article.body, listed);
      // "Hill St.", read by the tagger as a person, is a street (street-name.ts).
      if (!person.inEvent || person.byline || isStreetName(person.name)) continue;
      // "on Weaver Pike": a street of a surname's kind, written as an address (street-name.ts).
      if (person.mentions.some((m) => isAddressAt(article.body, m.start, m.end))) continue;
      // "NewsCenter 7's Ann Lee", "Le Monde": the reporting's people and outlets (outlet-staff.ts).
      if (isOfTheReporting(article.body, person, reporting)) continue;
      // "Commodore Jane Ash" is Jane Ash, commodore; "free agent Ed Pike" has no role (rank-in-name.ts, free-agent.ts).
      const named = withRankAsRole(article.body, withoutFreeAgentRole(article.body, person));
      const key = nameTokens(foldAccents(named.name)).sort().join(' ');
      if (nameTokens(named.name).length < 2) {
        // "Capt. Moss": a rank and a surname, the person another mention names in full.
        // "Sgt. Miller" as enrich keeps an officer named by rank and surname only (ranked-surname.ts).
        if (named !== person) bySurname.push({ article, person: named, order });
        else if (isRankedSurname(named)) {
          const mention = { article, person: named, order };
          bySurname.push(mention);
          keptRanked.add(mention);
        }
        continue;
      }
      const entry = gathered.get(key) ?? { key, mentions: [] };
      entry.mentions.push({ article, person: named, order });
      gathered.set(key, entry);
    }
  });
  joinRankedSurnames(gathered, bySurname, keptRanked);
  mergeSpellings(gathered);
  const participants: Participant[] = [];
  const discrepancies: Discrepancy[] = [];
  for (const entry of gathered.values()) {
    // Of a Korean name's two orders, the officials' and most reports' heads, else the family name first (korean-heading.ts).
    const names = koreanHeadingFirst(vote(entry.mentions.flatMap((m) => [m.person.name, ...m.person.variants].map((v) => ({ value: v, source: m.article.id, order: m.order })))), official);
    const name = names[0]!.value;
    const roles = entry.mentions.filter((m) => m.person.role).map((m) => ({ value: m.person.role!, source: m.article.id, order: m.order, organization: m.person.organization ?? '' }));
    // A country an article only guessed (a leader by the bare title) counts where no article states one.
    const countries = vote(entry.mentions.filter((m) => m.person.country && !m.person.countryInferred).map((m) => ({ value: m.person.country!, source: m.article.id, order: m.order })));
    const guessed = vote(entry.mentions.filter((m) => m.person.country && m.person.countryInferred).map((m) => ({ value: m.person.country!, source: m.article.id, order: m.order })));
    const organizations = entry.mentions.filter((m) => m.person.organization).map((m) => m.person.organization!);
    const role = bestRole(roles.map((r) => r.value));
    const organization = organizations.sort((a, b) => capitalScore(b) - capitalScore(a) || b.length - a.length)[0] ?? null;
    // With no country of their own, a body's spokesperson is of the body's country, as the report names it
    // (organizations.ts): a neighbour's ministry of the same name is not theirs.
    const inferred = countries.length > 0 ? null : guessed.length === 1 ? guessed[0]!.value : (officeCountry(entry, role, organization) ?? bodyCountry(entry));
    participants.push({
      name,
      aliases: names.slice(1).map((n) => n.value),
      role,
      organization,
      country: countries[0]?.value ?? inferred,
      ...(inferred ? { countryInferred: true as const } : {}),
      sources: unique(entry.mentions.map((m) => m.article.id)),
      roleSources: role === null ? [] : roleStatedBy(entry, role),
      ...eventRoleOfEntry(entry),
    });
    // "Magalhães" written without its accent, as wires do, is no other name, nor "Frederick C. LaRue" with
    // his middle name left out (name-variants.ts).
    // Nor "Rodrigo Salcedo" for Rodrigo Salcedo Ibarra, of a country whose people carry two family names.
    const writings = disagreeingNames(names, ofTwoFamilyNameCountry(entry));
    if (writings.length > 1) discrepancies.push({ about: `name of ${name}`, variants: writings });
    const conflictingRoles = distinctRoles(roles);
    // One outlet's commander is another's captain, whatever job each adds (rank-conflict.ts).
    const ranks = conflictingRanks(entry.mentions.map((m) => ({ ranks: ranksIn(m.article.body, m.person), source: m.article.id })));
    const roleVariants = conflictingRoles.length > 1 ? [...conflictingRoles, ...ranks.filter((r) => !conflictingRoles.some((c) => c.value === r.value))] : ranks;
    if (roleVariants.length > 1) discrepancies.push({ about: `role of ${name}`, variants: roleVariants });
    if (countries.length > 1) discrepancies.push({ about: `country of ${name}`, variants: countries.map(({ value, sources }) => ({ value, sources })) });
    const ages = vote(entry.mentions.flatMap((m) => ageOf(m.article.body, m.person).map((age) => ({ value: String(age), source: m.article.id, order: m.order }))));
    if (ages.length > 1 && !sameReportGivesTwo(ages)) discrepancies.push({ about: `age of ${name}`, variants: ages.map(({ value, sources }) => ({ value, sources })) });
  }
  // Most widely reported first, then by first appearance.
  participants.sort((a, b) => b.sources.length - a.sources.length || firstOrder(gathered, a) - firstOrder(gathered, b));
  return { participants, discrepancies };
}

/** A one-word name whose role is a rank alone ("Miller", "Sgt."): an officer named by rank and surname. */
function isRankedSurname(person: PersonMention): boolean {
  return person.role !== null && splitRank(`${person.role} ${person.name}`)?.name === person.name;
}

/** The person with the rank that opens the name as the role (the role the article gives, where it gives one). */
function withRankAsRole(body: string, person: PersonMention): PersonMention {
  const ranked = splitRank(person.name);
  if (!ranked) return person;
  // "Chief Keef": a "Chief" the article writes as the name's first word, not a post (chief-name.ts).
  if (ranked.rank === 'Chief' && person.mentions.some((m) => chiefBeginsName(body, m.start))) return person;
  const variants = person.variants.map((v) => splitRank(v)?.name ?? v).filter((v) => v !== ranked.name);
  if (person.role) return { ...person, name: ranked.name, variants };
  return { ...person, name: ranked.name, variants, role: ranked.rank, roleMentions: person.mentions.slice(0, 1) };
}

/** "free agent Ed Pike": a player's standing in the market, not a role (free-agent.ts). */
function withoutFreeAgentRole(body: string, person: PersonMention): PersonMention {
  return person.role && isFreeAgent(body, person) ? { ...person, role: null, roleMentions: [], organization: null } : person;
}

/**
 * "Capt. Moss" joins the one participant the event names in full with that surname ("Capt. Dana
 * Moss"); with none, or two, the surname is a participant of its own, with the rank as its role.
 * An officer enrich kept as "Sgt. Miller" joins only a holder who could be that officer: one with no
 * role or a rank or police post, and no age beside the name. A victim or suspect sharing the surname
 * is another person (a reviewer saw a dead "Dana Miller" listed as "Officer" with the officer's report).
 */
function joinRankedSurnames(gathered: Map<string, Gathered>, bySurname: Gathered['mentions'], kept: ReadonlySet<Gathered['mentions'][number]>): void {
  for (const mention of bySurname) {
    const surname = nameTokens(mention.person.name).join(' ');
    const holders = [...gathered.values()].filter((g) => g.key !== surname && nameTokens(g.mentions[0]!.person.name).at(-1) === surname);
    if (holders.length === 1 && (!kept.has(mention) || couldBeOfficer(holders[0]!))) {
      const full = holders[0]!;
      full.mentions.push({ ...mention, person: { ...mention.person, name: full.mentions[0]!.person.name, variants: [] } });
      continue;
    }
    const entry = gathered.get(surname) ?? { key: surname, mentions: [] };
    entry.mentions.push(mention);
    gathered.set(surname, entry);
  }
}

/** A role an officer quoted by rank holds: a rank ("Police Sgt.") or a police post ("police spokesman"). */
const OFFICER_ROLE = /\b(?:police|sheriff|officer|deputy|trooper|detective|sergeant|sgt|lieutenant|lt|captain|capt|corporal|cpl|chief|commander|inspector|constable|marshal|agent|spokes(?:man|woman|person)|public information)\b/i;
/** Roles of the people a report is about, never of the officer who speaks of them. */
const CASE_ROLE = /\b(?:victim|suspect|accused|defendant|gunman|shooter|driver|passenger|resident|relative|son|daughter|wife|husband|mother|father|brother|sister|girlfriend|boyfriend|friend|neighbou?r|witness|student|teacher)\b/i;

/** Whether a full-name holder could be the officer a report named by rank and surname alone. */
function couldBeOfficer(holder: Gathered): boolean {
  return holder.mentions.every(({ article, person }) => {
    if (ageOf(article.body, person).length > 0) return false;
    const role = person.role;
    if (role === null) return true;
    return !CASE_ROLE.test(role) && (OFFICER_ROLE.test(role) || splitRank(`${role} X`)?.rank === role);
  });
}

function firstOrder(gathered: Map<string, Gathered>, p: Participant): number {
  const entry = gathered.get(nameTokens(p.name).sort().join(' '));
  return entry ? Math.min(...entry.mentions.map((m) => m.order * 1000 + (m.person.mentions[0]?.start ?? 0) / 1000)) : 0;
}

/**
 * Offices of a state that news names without the country when it is the country the report is filed
 * from ("Foreign Minister Johann Wadephul said in Berlin", "Senator Risa Hontiveros" from Quezon City).
 * Not ranks (the officers a sanctions story names serve another state), spokesmen (a foreign ministry's
 * speaks from its capital) or envoys (who serve abroad).
 */
const STATE_OFFICE = /\b(?:president|vice[- ]president|prime minister|premier|chancellor|minister|secretary of state|(?:defen[cs]e|home|foreign|interior|treasury|finance|health|energy|transport|justice|labou?r|trade|commerce|education|economy|agriculture) secretary|secretary of (?:national )?(?:defen[cs]e|the interior|the treasury|health|energy|transportation|justice|labor|commerce|education|agriculture|homeland security|foreign affairs)|senator|lawmaker|legislator|congress(?:man|woman)|member of parliament|mp|governor|mayor|police chief|chief of police|police commissioner|superintendent of police|(?:district |deputy )?(?:collector|magistrate)|deputy commissioner|sheriff|prosecutor|attorney general|district attorney)\b/i;

/** Bodies above states: an EU or UN office is no office of the country its meeting sat in. */
const INTERNATIONAL = /\b(?:EU|European|UN|United Nations|NATO|IMF|World Bank|WHO|IAEA|Interpol|Europol|OSCE|ASEAN|African Union|ICC|OPEC|G7|G20|Council of Europe)\b/;

/**
 * The country of a state office held by someone no report gives a country for: the country the reports
 * naming them are filed from (the dateline's, else the scene's), when they agree and the sentence that
 * names them puts them in no other country ("Foreign Minister Wang Yi said in Beijing", in a report
 * from Manila). Not a company's or an agency's president. Marked as inferred on the participant.
 */
/** The one country the reports give the body a person works for, or null. */
function bodyCountry(entry: Gathered): string | null {
  const found = new Set(entry.mentions.flatMap((m) => (m.person.organization ? [bodyCountryIn(m.article.entities, m.person.organization)] : [])).filter((c): c is string => c !== null));
  return found.size === 1 ? [...found][0]! : null;
}

function officeCountry(entry: Gathered, role: string | null, organization: string | null): string | null {
  if (!role || !STATE_OFFICE.test(role) || INTERNATIONAL.test(`${role} ${organization ?? ''}`)) return null;
  // A company's or an agency's president or governor ("LuzTel president", "president | BSI") is no head of state.
  if (/\b(?:president|chancellor|governor)\b/i.test(role) && (organization || !/^(?:vice[- ])?(?:president|chancellor|governor)\b/i.test(role))) return null;
  const homes = new Set<string>();
  for (const { article, person } of entry.mentions) {
    // "Bishkek police chief" in a report from London: the office is the town's country's (role-town.ts).
    const home = (person.role ? roleTownCountry(person.role, article.body) : null) ?? homeCountry(article);
    if (!home) return null;
    const first = person.mentions[0];
    const sentence = first ? article.sentences.find((s) => s.start <= first.start && first.start < s.end) : undefined;
    const placedAbroad = (e: Article['entities'][number]): boolean => e.type === 'location' && !!e.country && e.country !== home && /\b(?:in|at|from|to)\s+(?:the\s+)?$/.test(article.body.slice(Math.max(0, e.start - 10), e.start));
    if (sentence && article.entities.some((e) => e.start >= sentence.start && e.end <= sentence.end && placedAbroad(e))) return null;
    homes.add(home);
  }
  return homes.size === 1 ? [...homes][0]! : null;
}

/**
 * The country a report is filed from: its dateline's, else that of the place it reports (not a guess).
 * Kept for the reports read lately (by id and content hash): the dateline was read again for each
 * office holder at every rebuild of the event.
 */
function homeCountry(article: Article): string | null {
  const key = `${article.id} ${article.contentHash}`;
  let home = homeOfReport.get(key);
  if (home === undefined) homeOfReport.set(key, (home = datelineCity(article.body)?.country ?? placeCountry(article)));
  return home;
}

/** The country of the place a report tells of, unless it names another country more (other-country.ts). */
function placeCountry(article: Article): string | null {
  const country = article.place && !article.place.inferred ? article.place.country : null;
  return country && !namesAnotherCountryMore(article, country) ? country : null;
}

const homeOfReport = new Lru<string, string | null>(4096);

interface Vote {
  value: string;
  sources: string[];
  first: number;
}

/** "Dale Whitcomb, 41, of Goodyear", "Whitcomb, 42,": an age set off by commas right after a mention. */
const AGE_AFTER = /^,\s(\d{1,3}),/;
/**
 * "the 19-year-old Tyler Brant": an age right before the name; and "a
 * 34-year-old Russian national, Artem Volodin", an age before the person's people and a noun set off by a comma.
 */
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:(?:\p{Lu}\p{Ll}+\s+){1,2}(?:national|citizen|man|woman),\s+|(?:[a-z]+\s+)?)$/u;
/** "Ana Ruiz, a 42-year-old reporter": an age in the description set off after the name (review ux72b). */
const AGE_APPOSITIVE = /^,\s(?:an?|the)\s(\d{1,3})-year-old\b/;

/** The ages an article gives a person where it names them (each once). */
function ageOf(body: string, person: PersonMention): number[] {
  const ages = new Set<number>();
  for (const m of person.mentions) {
    const found = AGE_AFTER.exec(body.slice(m.end, m.end + 8)) ?? AGE_APPOSITIVE.exec(body.slice(m.end, m.end + 20)) ?? AGE_BEFORE.exec(body.slice(Math.max(0, m.start - 40), m.start));
    const age = found ? Number(found[1]) : NaN;
    if (age > 0 && age < 120) ages.add(age);
  }
  return [...ages];
}

/** Whether one report gives two of the values (two people of one name, or a birthday in the story): no disagreement between reports. */
function sameReportGivesTwo(votes: readonly Vote[]): boolean {
  const seen = new Set<string>();
  for (const v of votes) for (const source of v.sources) {
    if (seen.has(source)) return true;
    seen.add(source);
  }
  return false;
}

/** Values ranked by how many articles give them, ties to the earliest article. */
export function vote(items: readonly { value: string; source: string; order: number }[]): Vote[] {
  const byValue = new Map<string, Vote>();
  for (const item of items) {
    const v = byValue.get(item.value) ?? { value: item.value, sources: [], first: item.order };
    if (!v.sources.includes(item.source)) v.sources.push(item.source);
    v.first = Math.min(v.first, item.order);
    byValue.set(item.value, v);
  }
  return [...byValue.values()].sort((a, b) => b.sources.length - a.sources.length || a.first - b.first);
}

/**
 * The reports that give the chosen role in their own words: the role, or a fuller one that holds all
 * its words ("acting Deputy Special Representative" holds "Deputy Special Representative"), stated at
 * one of the person's mentions there. A report that calls the person a "representative" does not state
 * the title another report gives: the title is carried to it, and an analyst should see so.
 */
function roleStatedBy(entry: Gathered, role: string): string[] {
  const words = roleWords(role);
  const stated = entry.mentions.filter(({ person }) => person.role !== null && (person.roleMentions === undefined || person.roleMentions.length > 0) && subset(words, roleWords(person.role)));
  return unique(stated.map((m) => m.article.id));
}

/**
 * What the person is in the event: the strongest part any report's own clause gives (event-role.ts), or
 * a role that is itself such a word ("arrested" from a role list, "defendant" from a court's form), with
 * the reports that give it. Nothing where no report does.
 */
function eventRoleOfEntry(entry: Gathered): { eventRole: EventRole; eventRoleSources: string[] } | Record<string, never> {
  const given = entry.mentions.map((m) => ({ word: m.person.eventRole ?? asEventRole(m.person.role), source: m.article.id }));
  let best: EventRole | null = null;
  for (const { word } of given) if (word !== null && (best === null || EVENT_ROLES.indexOf(word) < EVENT_ROLES.indexOf(best))) best = word;
  return best === null ? {} : { eventRole: best, eventRoleSources: unique(given.filter((g) => g.word === best).map((g) => g.source)) };
}

/** The most specific role: the longest, with an official capitalised form preferred over the same in lower case. */
function bestRole(roles: readonly string[]): string | null {
  if (roles.length === 0) return null;
  return [...roles].sort((a, b) => b.length - a.length || capitalScore(b) - capitalScore(a))[0]!;
}

function capitalScore(text: string): number {
  return (text.match(/\b\p{Lu}/gu) ?? []).length;
}

/** Roles that disagree: neither contains the other once case is folded. */
function distinctRoles(roles: readonly { value: string; source: string; order: number; organization?: string }[]): { value: string; sources: string[] }[] {
  const groups: { value: string; sources: string[]; words: ReadonlySet<string>; text: string }[] = [];
  for (const role of [...roles].sort((a, b) => b.value.length - a.value.length)) {
    // The body a role is held in is part of it: "under secretary for terrorism" at the Treasury is "the
    // Treasury under secretary".
    const text = `${role.value} ${role.organization ?? ''}`;
    const words = roleWords(text);
    // A one-word generic role ("representative", "official") describes, it does not contradict.
    // ("Team president" is two words: a post, which "general manager" contradicts.)
    if (roleWords(role.value, true).size <= 1 && groups.length > 0) continue;
    // The same words in another order ("the hospital's chief executive") are the same role, and an
    // acronym the other spells out too ("AFP chief of staff", "chief of staff of the Armed Forces").
    const same = groups.find((g) => subset(withoutAcronymsOf(words, text, g.text), g.words) || subset(withoutAcronymsOf(g.words, g.text, text), words) || headsTheSame(words, g.words));
    if (same) {
      if (!same.sources.includes(role.source)) same.sources.push(role.source);
    } else groups.push({ value: role.value, sources: [role.source], words, text });
  }
  return groups.map(({ value, sources }) => ({ value, sources }));
}

/** Words that say someone leads, in a role written from "who leads ..." ("head of North Korean nuclear affairs"). */
const LEADS = new Set(['head', 'leader', 'chief', 'lead'].map((w) => [...contentWords(w)][0] ?? w));
/** Words of rank: "deputy head" and "head" of one office are two roles. */
const RANKS = new Set(['deputy', 'vice', 'assistant', 'acting', 'former', 'interim', 'associate', 'senior', 'junior'].map((w) => [...contentWords(w)][0] ?? w));

/**
 * "head of Arctic fisheries affairs" and "director general for Arctic fisheries affairs": one
 * leads what the other's title is for. The same office once the words of leading are set aside, two
 * words of it at least, and no rank on either side.
 */
function headsTheSame(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (![...a, ...b].some((w) => LEADS.has(w)) || [...a, ...b].some((w) => RANKS.has(w))) return false;
  const office = (words: ReadonlySet<string>): Set<string> => new Set([...words].filter((w) => !LEADS.has(w)));
  const [x, y] = [office(a), office(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 2) return false;
  // The larger may hold only its title and its body beyond the office ("director general", "at the
  // foreign ministry"): at most four words more.
  return subset(small, large) && large.size - small.size <= 4;
}

/** Words between a given name and a surname that outlets write either way ("van der" / "van den"). */
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'la', 'le', 'von', 'dos', 'das', 'du']);

/** Whether two words differ by one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Two outlets' spellings of one name: the same words in order, initials aside, but for one word a
 * letter apart ("Julio Ccallo" / "Julio Callo", "Tyler Brant" / "Tyler J. Brandt", "Dmitry" /
 * "Dmitri Volkov", "van der" / "van den Berg"). The word that differs is a particle or has five
 * letters or more, and another word of four or more is the same: "Tom Brown" and "Tim Brown" may be
 * brothers. Or words that are one romanisation apart, however many ("Yoon Jae-hyuk" / "Yun Jae-hyeok").
 */
function spellingVariants(a: NameWords, b: NameWords): boolean {
  const { words: x, romanised: rx } = a;
  const { words: y, romanised: ry } = b;
  if (x.length < 2 || x.length !== y.length) return false;
  let differing = 0;
  let romanised = 0;
  let anchored = false;
  let slavic = false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) {
      if (x[i]!.length >= 4 && !PARTICLES.has(x[i]!)) anchored = true;
      continue;
    }
    if (rx[i] === ry[i]) {
      romanised++;
      // A Slavic ending's romanisation ("Dmitri" / "Dmitry"), or a spelling of the table of Arabic names
      // ("Omer" / "Omar"), needs another word the same, as a one-letter edit does: alone it is too weak
      // a tie to make one person of two.
      if (plainRomanKey(x[i]!) !== plainRomanKey(y[i]!)) slavic = true;
      continue;
    }
    differing++;
    const particles = PARTICLES.has(x[i]!) && PARTICLES.has(y[i]!);
    if (!particles && !(oneEditApart(x[i]!, y[i]!) && Math.min(x[i]!.length, y[i]!.length) >= 5)) return false;
  }
  return (differing === 1 && (anchored || givenNameAnchors(x, y))) || (differing === 0 && romanised > 0 && (anchored || !slavic));
}

/**
 * "Ion Rusnac" / "Ion Rusnak": a short given name the same as written anchors a surname a letter apart
 * where the surname is long (six letters or more), as Romanian "-ac" and English "-ak" are: two people of
 * one event so named are rarer than one outlet's spelling. The given names must be the same ("Jon Smith"
 * and "Jan Smith" stay two), and only two-word names.
 */
function givenNameAnchors(x: readonly string[], y: readonly string[]): boolean {
  return x.length === 2 && x[0] === y[0] && x[0]!.length >= 2 && x[1] !== y[1] && Math.min(x[1]!.length, y[1]!.length) >= 6;
}

/**
 * A word as romanisations of one sound agree on it: "Yoon" / "Yun", "hyuk" / "hyeok" (Korean 어 is
 * "eo" in the official system and "u" in the popular one), "Nadeem" / "Nadim", "Mohammad" / "Mohamad".
 * Not vowels in general: "Tom" and "Tim" are two people.
 */
function romanKey(word: string): string {
  // And the romanisations of a Russian name's ending: "Dmitrii" / "Dmitry", "Sergeyev" / "Sergeev" (util/transliteration.ts),
  // the spellings of Arabic, Persian and Kurdish names: "Omer" / "Omar", "Hussein" / "Hossein" (util/arabic-names.ts),
  // a leading "Ye" written "E" ("Yevgeny" / "Evgenii": util/name-variants-latin.ts), and "yo" / "ye" after a
  // consonant written "e", "ks" written "x" ("Artyom" / "Artem", "Maksim" / "Maxim": the same file), and a
  // Central Asian family name's "Zh-" written "J-" ("Zhumabaev" / "Jumabayev": the same file).
  return plainRomanKey(transliterationKey(russianVowelKey(russianYeKey(centralAsianZhKey(arabicNameKey(word))))));
}

/** The romanisation key without the Slavic endings folded. */
function plainRomanKey(word: string): string {
  // And a final "-ah" against "-a", the ending Arabic and Kurdish names are romanised with or without:
  // "Hamah" / "Hama", "Hamzah" / "Hamza".
  return word.replace(/ee/g, 'i').replace(/oo|ou|eo/g, 'u').replace(/(\p{L})\1/gu, '$1').replace(/(?<=\p{L}{2})ah$/u, 'a');
}

/**
 * One person written two ways by different outlets is one participant, the spellings kept as name
 * variants (a name discrepancy then shows them). Not two people an article names side by side.
 */
/** A name's words as compared for spellings (initials aside), and each word's romanisation key. */
interface NameWords {
  words: string[];
  romanised: string[];
  /** Whether the name as written has an initial ("Shawn D. Smith"). */
  initialled: boolean;
}

function nameWords(name: string): NameWords {
  const tokens = nameTokens(name);
  const spelt = tokens.filter((w) => w.replace(/\./g, '').length > 1);
  // "Abd al-Rahman" is two words as "Abdul Rahman" is (util/arabic-names.ts).
  const words = joinedAbd(spelt);
  return { words, romanised: words.map(romanKey), initialled: spelt.length < tokens.length };
}

/**
 * "Shawn Smallcombe" in one report and "Shawn D. Smith" in another: the same words once the initials are set
 * aside, and only one of the two writings has initials ("George W. Bush" and "George H. W. Bush" are two
 * people, whose names differ only there).
 */
function initialsLeftOut(a: NameWords, b: NameWords): boolean {
  return a.words.length >= 2 && a.initialled !== b.initialled && a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}

function mergeSpellings(gathered: Map<string, Gathered>): void {
  const entries = [...gathered.values()].sort((p, q) => q.mentions.length - p.mentions.length);
  // Each name read once: a large event compares every pair of its people.
  const words = new Map(entries.map((e) => [e, nameWords(e.mentions[0]!.person.name)]));
  for (const small of [...entries].reverse()) {
    if (!gathered.has(small.key)) continue;
    const articles = new Set(small.mentions.map((m) => m.article.id));
    const smallAges = statedAges(small);
    const into = entries.find((big) => big !== small && gathered.has(big.key) && big.mentions.length >= small.mentions.length && ((spellingVariants(words.get(big)!, words.get(small)!) && (sameRomanised(words.get(big)!, words.get(small)!) || !ofOtherBodies(big, small))) || initialsLeftOut(words.get(big)!, words.get(small)!) || middleNamesLeftOut(words.get(big)!.words, words.get(small)!.words) || patronymicVariants(words.get(big)!.words, words.get(small)!.words) || shortGivenName(words.get(big)!, words.get(small)!) || joinedSpelling(words.get(big)!.words, words.get(small)!.words) || nearSpellingsOfOneCountry(big, small, words.get(big)!.words, words.get(small)!.words) || trailingNameLeftOut(big.mentions[0]!.person.name, small.mentions[0]!.person.name, ofTwoSurnameCountry(big, small))) && !big.mentions.some((m) => articles.has(m.article.id)) && !agesDisagree(statedAges(big), smallAges));
    if (!into) continue;
    into.mentions.push(...small.mentions);
    gathered.delete(small.key);
  }
}

/**
 * Whether the reports place the person in a country whose people carry two family names (their own
 * country, else the report's home): "Lucía Ferrer Solís" and "Lucia Ferrer" are then one person.
 */
function ofTwoSurnameCountry(a: Gathered, b: Gathered): boolean {
  const countries = [...a.mentions, ...b.mentions].map((m) => m.person.country ?? homeCountry(m.article));
  return countries.some((c) => c !== null && TWO_SURNAME_COUNTRIES.has(c)) && !countries.some((c) => c !== null && !TWO_SURNAME_COUNTRIES.has(c));
}

/**
 * Whether the reports place the person in a Spanish- or Portuguese-speaking country (their own country,
 * else the report's home) and in no other: the second family name is then one the press leaves out.
 */
function ofTwoFamilyNameCountry(entry: Gathered): boolean {
  const countries = entry.mentions.map((m) => m.person.country ?? homeCountry(m.article)).filter((c): c is string => c !== null);
  return countries.some((c) => givesTwoFamilyNames(c)) && countries.every((c) => givesTwoFamilyNames(c));
}

/** Near spellings in every word (near-spelling.ts), where the reports give both one country and no other. */
function nearSpellingsOfOneCountry(a: Gathered, b: Gathered, x: readonly string[], y: readonly string[]): boolean {
  if (!nearSpellings(x, y) || !givenNameSpeltApart(x[0]!, y[0]!) || ofOtherBodies(a, b)) return false;
  const countries = (g: Gathered): Set<string> => new Set(g.mentions.map((m) => m.person.country).filter((c): c is string => !!c));
  const [ca, cb] = [countries(a), countries(b)];
  return ca.size === 1 && cb.size === 1 && [...ca][0] === [...cb][0];
}

/**
 * "Bahrudin" / "Bachrudin", "Setiawan" / "Setiawann": a given name written with a letter more or
 * doubled is one name; one letter changed ("Maria" / "Marie", "Karin" / "Karen") is another given name,
 * so "Maria Hansen" and "Marie Hanson" are two people, however near their surnames.
 */
function givenNameSpeltApart(a: string, b: string): boolean {
  return a === b || a.length !== b.length || a.replace(/(\p{L})\1/gu, '$1') === b.replace(/(\p{L})\1/gu, '$1');
}

/** Two romanisations of one name ("Yoon Jae-hyuk" / "Yun Jae-hyeok"), no letter of a spelling apart: the bodies beside them are not asked. */
function sameRomanised(a: NameWords, b: NameWords): boolean {
  return a.romanised.length === b.romanised.length && a.romanised.every((w, i) => w === b.romanised[i]);
}

/**
 * Whether the reports tie the two writings to two bodies that share no word of four letters or more
 * ("Mark Hansen" of the Harbour Authority, "Mark Hanson" of the Dockworkers Union): a surname a letter
 * apart is then two people, as a stated age apart makes them (agesDisagree). "Harbour Authority" and
 * "Rotterdam Port Authority" share a word and say nothing either way.
 */
function ofOtherBodies(a: Gathered, b: Gathered): boolean {
  const words = (g: Gathered): Set<string> => new Set(g.mentions.flatMap((m) => (m.person.organization ? foldAccents(m.person.organization).toLowerCase().split(/[^\p{L}\d]+/u) : [])).filter((w) => w.length >= 4));
  const [x, y] = [words(a), words(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** The ages the reports give the person beside the name. */
function statedAges(entry: Gathered): Set<number> {
  return new Set(entry.mentions.flatMap((m) => ageOf(m.article.body, m.person)));
}

/**
 * Two names a spelling apart with ages that have none in common, nor a year apart ("Terry Wu, 64" / "Terri Wu, 41") are
 * two people: a spelling variant is too weak a tie to outweigh a stated age.
 */
function agesDisagree(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  // A year apart ("Sorokin, 38" / "Sorokin, 39") is a birthday between reports or an outlet's slip, not
  // another person; the age discrepancy still shows it.
  return a.size > 0 && b.size > 0 && ![...a].some((age) => b.has(age) || b.has(age - 1) || b.has(age + 1));
}

/**
 * "Bill Carrow" in one report and "William J. Carrow" in another: the same words, initials aside, but for
 * the given name, which is a common short form of the other's (given-names.ts). Two different initials
 * ("Bill J. Finn" / "William A. Finn") are two people.
 */
function shortGivenName(a: NameWords, b: NameWords): boolean {
  if (a.words.length < 2 || a.words.length !== b.words.length || a.words[0] === b.words[0]) return false;
  if (a.initialled && b.initialled) return false;
  return sameGivenName(a.words[0]!, b.words[0]!) && a.words.every((w, i) => i === 0 || w === b.words[i]);
}

/**
 * One name with its middle names left out by another outlet: "Yasir Osman" / "Yasir Hamid Osman",
 * "Majed al-Suwaidi" / "Majed bin Ahmed al-Suwaidi". The first and last words are the same, and each
 * of four letters or more; the shorter name has no words of its own.
 */
function middleNamesLeftOut(a: readonly string[], b: readonly string[]): boolean {
  // "al-Suwaidi" is one surname, split at its hyphen into "al" and "suwaidi".
  const join = (words: readonly string[]): string[] => words.reduce<string[]>((out, w, i) => (i > 0 && ARTICLES.has(words[i - 1]!) ? [...out.slice(0, -1), `${words[i - 1]} ${w}`] : [...out, w]), []);
  const [x, y] = [join(a), join(b)];
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (short.length !== 2 || long.length < 3 || long.length > 5) return false;
  const first = short[0]!;
  const last = short[1]!;
  return first === long[0] && last === long[long.length - 1] && first.length >= 4 && last.replace(/^(?:al|el) /, '').length >= 4;
}

/** Arabic articles written before a surname ("al-Suwaidi", "el-Sisi"). */
const ARTICLES = new Set(['al', 'el']);

/** A Mongolian patronymic in the genitive ("Batbayaryn", "Enkhbayaryn", "Gombojavyn", "Amaryn"). */
const GENITIVE = /^(\p{L}{4,}?)(?:yn|iin|ijn)$/u;

/**
 * A Mongolian name written with the patronymic in the genitive, as Mongolian usage has it, and without
 * it, as many outlets do: "Batbayaryn Tsogtgerel" / "Tsogtgerel Batbayar" / "Batbayar Tsogtgerel".
 */
function patronymicVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== 2 || b.length !== 2) return false;
  const key = (words: readonly string[]): string => words.map((w) => GENITIVE.exec(w)?.[1] ?? w).sort().join(' ');
  const genitive = (words: readonly string[]): boolean => words.some((w) => GENITIVE.test(w));
  return genitive(a) !== genitive(b) && key(a) === key(b);
}

/** British spellings, written the American way: "Defence Minister" and "Defense Minister" are one role; officers' initials spelt out. */
const SPELLINGS: [RegExp, string][] = [
  [/\b(de|of)fence\b/gi, '$1fense'],
  [/\bcentre\b/gi, 'center'],
  [/\bprogramme\b/gi, 'program'],
  [/\b(organi|speciali|moderni)s(ation|er|ed)\b/gi, '$1z$2'],
  [/\blabour\b/gi, 'labor'],
  [/\bcouncillor\b/gi, 'councilor'],
  // "the company's chief executive" is Delta Haven's: a body named by what it is names no other body.
  [/\b(?:the\s+)?(?:company|firm|group|agency|organi[sz]ation|institute|ministry|department|bank|operator|utility)['’]s\s+/gi, ''],
  // A company's officers by their initials: "Saebit CEO" is its chief executive.
  [/\bCEO\b/g, 'chief executive officer'],
  [/\bCFO\b/g, 'chief financial officer'],
  [/\bCOO\b/g, 'chief operating officer'],
  [/\bCTO\b/g, 'chief technology officer'],
  [/\bCISO\b/g, 'chief information security officer'],
  // Titles as wires shorten them before a name: "Alaska Gov." is the Alaska governor.
  ...Object.entries({ Gov: 'governor', Sen: 'senator', Rep: 'representative', Lt: 'lieutenant', Sgt: 'sergeant', Det: 'detective', Gen: 'general', Col: 'colonel', Capt: 'captain', Supt: 'superintendent', Insp: 'inspector', Atty: 'attorney', Asst: 'assistant', Cmdr: 'commander', Adm: 'admiral', Pres: 'president' }).map(
    ([short, title]): [RegExp, string] => [new RegExp(`\\b${short}\\.(?=\\s|$)`, 'g'), title],
  ),
];

/**
 * Words that describe the holder, not the post: "seasoned director" and "director of The Hunger Games",
 * "now an assistant coach" and "assistant coach", "team general manager" and "Chargers general manager"
 * are one role. Not words of place or level ("federal", "city", "state"), which tell posts apart.
 */
const DESCRIBING = new Set(['now', 'currently', 'seasoned', 'longtime', 'long-time', 'veteran', 'off-duty', 'on-duty', 'team'].flatMap((w) => [...contentWords(w)]));

/**
 * Roles' words, kept for the roles read lately: every build of an event compares its people's roles
 * again, each through some twenty spelling patterns (read-only to the callers).
 */
const roleWordMemo = new Lru<string, ReadonlySet<string>>(4096);

/** A role's content words, its spelling made one, without the words that only describe its holder. */
function roleWords(role: string, describing = false): ReadonlySet<string> {
  const key = `${describing ? 'd' : 'r'}${role}`;
  let found = roleWordMemo.get(key);
  if (found === undefined) {
    // Accents folded: "chief executive" of "Emajõe Regional Hospital" and of "Emajoe ..." is one post.
    const words = contentWords(SPELLINGS.reduce((text, [from, to]) => text.replace(from, to), foldAccents(role)));
    if (!describing) for (const w of DESCRIBING) words.delete(w);
    roleWordMemo.set(key, (found = words));
  }
  return found;
}


/**
 * A role's words without its acronyms that the other role's text spells out: "AFP" where the other
 * writes "Armed Forces" (the initials of two capitalised words in a row open the acronym).
 */
function withoutAcronymsOf(words: ReadonlySet<string>, text: string, other: string): ReadonlySet<string> {
  const acronyms = text.match(/\b\p{Lu}{2,6}\b/gu);
  if (!acronyms) return words;
  const capitals: string[] = other.match(/\b\p{Lu}[\p{L}-]*/gu) ?? [];
  const initials = capitals.map((w) => w[0]!).join('');
  const spelled = acronyms.filter((a) => !capitals.includes(a) && initials.includes(a.slice(0, 2)));
  if (spelled.length === 0) return words;
  const out = new Set(words);
  for (const a of spelled) for (const w of roleWords(a)) out.delete(w);
  return out;
}

function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
