/**
 * The names the `entity` filter finds a body or a threat actor by, beyond the name and aliases the
 * reports wrote: what an analyst types is often the short name ("Lazarus" for Lazarus Group, "Acme"
 * for Acme Corp.) or another name the actor is tracked by ("Hidden Cobra"), and an exact-name filter
 * that misses them finds nothing where the store holds the event.
 */
import { gazetteerNames } from '../enrich/threat-actors.js';
import { countryOfDemonym, lookupCountry, lookupCountryOrCode, lookupPlace, mayBeCity } from '../enrich/gazetteer/places.js';
import { foldAccents } from '../util/fold.js';
import { givesTwoFamilyNames, twoFamilyNames } from '../util/name-variants-latin.js';
import { firmWords } from './firm-words.js';

/** A trailing word that only says what kind of body a name is ("Lazarus Group", "Sandworm Team"). */
const KIND_TAIL = /[\s-]+(?:group|team|gang|crew|metals|mining|minerals|refining|smelting)$/i;
/** A company's legal form ("Acme Corp.", "Samsung Electronics Co., Ltd."). */
const LEGAL_TAIL = /,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|gmbh|s\.a|sa|n\.v|nv|tbk|holdings)\.?,?$/i;
const LEADING_THE = /^the\s+/i;
/** An Indonesian company's form before its name ("PT Timah Nusantara Tbk"). */
const LEADING_FORM = /^PT\s+(?=\p{Lu})/u;

/**
 * A closing word of a firm's trade ("Osprey Reef Shipping", "Kestrel Bay Trading"): an analyst types the
 * name before it (review ux73a fault 12). Only where two words or more are left that are no place
 * ("New York Shipping" is no "New York"): one word alone is firm-words.ts's to judge.
 */
const TRADE_TAIL = /\s+(?:shipping|trading|logistics)$/i;

function withoutTrade(name: string): string | null {
  if (!TRADE_TAIL.test(name)) return null;
  const rest = name.replace(TRADE_TAIL, '').trim();
  if (rest.split(/\s+/).length < 2 || !/^(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’.-]*$/u.test(rest)) return null;
  if (lookupCountryOrCode(rest) || countryOfDemonym(rest) || mayBeCity(rest) || lookupPlace(rest)) return null;
  return rest;
}

/** The name without "the", its legal form and a kind word at its end, when something that is a name is left. */
export function shortNames(name: string): string[] {
  const out: string[] = [];
  let rest = name.trim();
  for (let step = 0; step < 4; step++) {
    const next = rest.replace(LEADING_THE, '').replace(LEADING_FORM, '').replace(LEGAL_TAIL, '').replace(KIND_TAIL, '').trim();
    if (next === rest) break;
    rest = next;
  }
  // Something must be left that names the body: letters, and more than a word of kind ("The Group").
  if (rest !== name.trim() && /\p{L}{2}/u.test(rest) && !KIND_TAIL.test(` ${rest}`) && !LEGAL_TAIL.test(` ${rest}`)) out.push(rest);
  const traded = withoutTrade(rest);
  if (traded) out.push(traded);
  return out;
}

/** Blocs written before a body's name as a country is ("EU Commission", "UN Security Council"). */
const BLOC_WORD = /^(?:un|u\.n\.|eu|e\.u\.|nato|au|asean)$/i;
/**
 * Words that name a kind of body and nothing in particular: a name left with these alone once its
 * country is set aside ("US Army" -> "Army") would find every army's events, not what the analyst meant.
 */
const KIND_ONLY = new Set([
  'police', 'department', 'dept', 'office', 'army', 'navy', 'air', 'force', 'military', 'court', 'supreme', 'high', 'ministry', 'government', 'agency', 'council',
  'senate', 'congress', 'parliament', 'assembly', 'committee', 'commission', 'authority', 'bureau', 'cabinet', 'embassy', 'administration', 'state', 'federal',
  'national', 'central', 'bank', 'coast', 'guard', 'forces', 'of', 'the', 'and', 'for',
  // Portfolios every government has: "Foreign Ministry", "Ministry of Defence", "Secret Service".
  'foreign', 'affairs', 'defence', 'defense', 'interior', 'home', 'justice', 'finance', 'health', 'education', 'trade', 'agriculture', 'environment',
  'transport', 'energy', 'labour', 'labor', 'economy', 'culture', 'intelligence', 'security', 'secret', 'service', 'services', 'public', 'ministry', 'minister',
]);

/**
 * US states' postal codes that are also countries' codes ("SC" Seychelles, "NC" New Caledonia, "GA"
 * Gabon): before a body's name in US news they name the state ("NC State Bureau of Investigation").
 */
const US_STATE_CODES = new Set('AL AR AZ CA CO DE GA ID IL IN KY LA MA MD ME MN MO MS MT NC NE PA SC SD TN VA VI'.split(' '));
/** Countries' names that are also US states or towns in the news ("Georgia Bureau of Investigation", Palestine, Texas). */
const US_PLACE_NAMES = new Set(['georgia', 'palestine', 'lebanon', 'jordan', 'panama', 'peru', 'cuba', 'mexico', 'poland', 'chile']);

/**
 * Words of a state's bodies: a country before a name holding one says whose body it is ("US Treasury",
 * "British Foreign Office"), while before a company's it is part of the name ("Japan Airlines").
 */
const STATE_BODY = new Set([
  'treasury', 'ministry', 'department', 'dept', 'office', 'agency', 'bureau', 'commission', 'service', 'services', 'authority', 'administration', 'council',
  'court', 'police', 'army', 'navy', 'forces', 'embassy', 'parliament', 'senate', 'congress', 'government', 'cabinet', 'directorate', 'inspectorate',
  'secretariat', 'guard', 'command', 'marines', 'coastguard', 'exchequer', 'mint', 'body',
]);

/**
 * Words that make a body a medium or a league, whose name holds the country word as its own ("Korean
 * Central News Agency", "Saudi Press Agency", "Indian Premier League"): without it the name is
 * another body's ("Central News Agency" is Taiwan's) or every country's ("Press Agency"). Only in
 * the name's head, before "of", "for" or "on": after them the word is a ministry's or an agency's
 * portfolio ("Ministry of Railways", "Department for Culture, Media and Sport"), a state body.
 */
const OWN_NAME_WORDS = new Set(['news', 'press', 'broadcasting', 'broadcast', 'radio', 'television', 'telegraph', 'telegraphic', 'wire', 'media', 'airlines', 'airways', 'railways', 'league']);

/** Whether `word` (or it with the next, "South Korean") only says whose a body is: a country, its people's word, its code, a bloc. */
function countryWordsAt(words: readonly string[], i: number): number {
  const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
  if (pair && (lookupCountryOrCode(pair) || countryOfDemonym(pair))) return 2;
  const word = words[i]!;
  if (BLOC_WORD.test(word)) return 1;
  // A country's code only in capitals ("US", "U.S.", "UK"): "us" in a name is a word.
  if (/^(?:\p{Lu}\.?){2,3}$/u.test(word) && !US_STATE_CODES.has(word.replace(/\./g, '')) && lookupCountryOrCode(word.replace(/\./g, ''))) return 1;
  if (!/^\p{Lu}\p{Ll}{2}/u.test(word)) return 0;
  // A people's word ("British") says whose body follows; "Us" of "Us Weekly" is none.
  if (countryOfDemonym(word)) return 1;
  // A country's name ("Britain") only before a state body's word: "Panama City", "Turkey Creek" and
  // "Jordan Valley" are places of their own, and a few names are US states' or towns' too.
  const next = words[i + 1]?.toLowerCase();
  return lookupCountry(word) && !US_PLACE_NAMES.has(word.toLowerCase()) && next !== undefined && STATE_BODY.has(next) ? 1 : 0;
}

/**
 * A state body's name without the country or bloc written before it ("US Treasury" -> "Treasury",
 * "the British Foreign Office" -> "Foreign Office"): what an analyst types for it. None when nothing
 * distinctive is left ("US Army", "UK Government": a kind of body, every country has one) and none
 * for a company's name ("Japan Airlines" is no "Airlines").
 */
export function withoutCountry(name: string): string[] {
  const words = name.trim().replace(LEADING_THE, '').split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < words.length - 1) {
    const n = countryWordsAt(words, start);
    if (n === 0) break;
    start += n;
  }
  const rest = words.slice(start);
  if (rest.length === 0 || rest.every((w) => KIND_ONLY.has(w.toLowerCase())) || !rest.some((w) => STATE_BODY.has(w.toLowerCase()))) return [];
  if (start > 0 && headOf(rest).some((w) => OWN_NAME_WORDS.has(w.toLowerCase()))) return [];
  const out = start > 0 ? [rest.join(' ')] : [];
  // "Treasury Department" is the Treasury: "Department" after a body's own word adds nothing ("Justice Department" keeps it).
  const last = rest[rest.length - 1]!.toLowerCase().replace(/\.$/, '');
  if (rest.length === 2 && (last === 'department' || last === 'dept') && STATE_BODY.has(rest[0]!.toLowerCase())) out.push(rest[0]!);
  return out;
}

/** The words of a name before its complement ("Agency" of "Agency for Global Media"). */
function headOf(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w) => /^(?:of|for|on)$/i.test(w));
  return at < 0 ? words : words.slice(0, at);
}

/** Every name a body or actor is found by: as the reports wrote it, its short forms, and (an actor's) the gazetteer's. */
export function filterNames(entity: { name: string; aliases: readonly string[] }, actor: boolean): string[] {
  const names = new Set<string>([entity.name, ...entity.aliases]);
  // An actor's, and those of another group a report called it (consolidate/actor-links.ts: "APT38, also known as Lazarus").
  if (actor) for (const name of [entity.name, ...entity.aliases]) for (const known of gazetteerNames(name)) names.add(known);
  // No rule by initials that take in the country word: "IAA" of the Irish Aviation Authority and
  // "SAMA" of the Saudi Arabian Monetary Authority do, and their short names are good ones; a medium's
  // ("KCNA") is kept whole by its medium's word (OWN_NAME_WORDS).
  for (const name of [...names]) for (const short of [...shortNames(name), ...withoutCountry(name)]) names.add(short);
  // A company by one word of its name that names it alone ("Timah" for PT Timah Nusantara Tbk; firm-words.ts).
  for (const name of [...names]) for (const word of firmWords(name)) names.add(word);
  for (const name of [...names]) {
    const initials = stateBodyInitials(name);
    if (initials) names.add(initials);
  }
  return [...names];
}

/** Words after a surname that are no surname ("Martin Luther King Jr."). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** A given name of Korean form, second syllable in lower case ("Jun-il", "Suk-yeol"): the surname is then the first word. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Countries whose people English reports name family name first ("Chea Sokha", "Nguyen Van An", "Wang
 * Yi", "Kim Jong-un"): a participant of one of them is found by the first word of the name too.
 * Japan is not among them: its names are mostly written given name first in English.
 */
const FAMILY_NAME_FIRST = new Set(['KH', 'CN', 'TW', 'HK', 'MO', 'VN', 'KR', 'KP']);

/**
 * Common family names of those countries, in the romanisations English reports use, that are not also
 * English given names or words ("Kim", "Lee", "Park", "Song" are left out): a name opened by one is in
 * family-name-first order where the reports give the person no country. Checked folded, lower case.
 */
const FIRST_FAMILY_NAMES = new Set(
  `chea sok hun prak keo mao heng meas ouk chhim nhem kem yim tep seng pich chhay hang sar ros sorn chhun chum
  khieu ieng nuon chhorn touch
  nguyen tran pham hoang huynh phan vu vo dang bui ngo duong trinh dinh
  wang zhang liu chen yang huang zhao zhou xu zhu guo luo zheng liang xie tang feng deng cao peng zeng xiao
  tian dong pan yuan cai jiang shen qin wei xi
  choi jung kang cho yoon jang kwon hwang ahn jeon`.split(/\s+/).filter(Boolean),
);

/**
 * A person's surname alone, as an analyst types it into a filter ("Kovacs" for Maria Kovacs): the
 * last word of each of its names, or the first where the last is a Korean given name ("Lee" of Lee
 * Jun-il); and the first too where the name is known to be written family name first, by the person's
 * country or by a family name of such a country opening it ("Chea" of Chea Sokha; the last word stays,
 * as a report may have turned the name round). A name of one word gives nothing more.
 * A Spanish or Portuguese name of a given name and two family names is found by either family name
 * ("Salcedo" or "Ibarra" of Rodrigo Salcedo Ibarra): the press writes the first alone as often as not
 * (review ux77a fault 7). Known by the person's country, or where the reports give none, by the
 * country of the event's place (`placeCountry`); an English middle name ("Betty Mae Page") is no key.
 */
export function surnames(person: { name: string; aliases: readonly string[]; country?: string | null }, placeCountry?: string | null): string[] {
  const out = new Set<string>();
  const familyFirst = person.country ? FAMILY_NAME_FIRST.has(person.country) : false;
  const twoFamily = givesTwoFamilyNames(person.country ?? placeCountry);
  for (const name of [person.name, ...person.aliases]) {
    const family = twoFamily ? twoFamilyNames(name) : null;
    if (family) out.add(family[0]);
    const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const surname = KOREAN_GIVEN.test(last) ? words[0]! : last;
    if (/\p{L}{2}/u.test(surname)) out.add(surname);
    const first = words[0]!;
    if (/^\p{Lu}\p{L}+$/u.test(first) && (familyFirst || FIRST_FAMILY_NAMES.has(foldAccents(first).toLowerCase()))) out.add(first);
  }
  return [...out];
}

/**
 * A Spanish or Portuguese name of two family names as the press writes it with the first alone
 * ("Rodrigo Salcedo" of Rodrigo Salcedo Ibarra), for the filter (see surnames for when).
 */
export function withFirstFamilyName(person: { name: string; aliases: readonly string[]; country?: string | null }, placeCountry?: string | null): string[] {
  if (!givesTwoFamilyNames(person.country ?? placeCountry)) return [];
  const out: string[] = [];
  for (const name of [person.name, ...person.aliases]) {
    const family = twoFamilyNames(name);
    if (family) out.push(`${name.trim().split(/\s+/)[0]!} ${family[0]}`);
  }
  return out;
}

/**
 * The initials of a state body's spelled-out name, its country set aside ("FBI" of "US Federal Bureau
 * of Investigation"): what an analyst types for it, and how most reports write it, though the event that
 * wrote the name in full gave no initials. Only for names of three capitalised words or more holding a
 * state body's word, and never taking in a country's word (see filterNames).
 */
export function stateBodyInitials(name: string): string | null {
  const bare = withoutCountry(name)[0] ?? name.trim().replace(LEADING_THE, '');
  const words = bare.split(/\s+/).filter(Boolean);
  if (!words.some((w) => STATE_BODY.has(w.toLowerCase()))) return null;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length < 3 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) && !/^(?:of|for|and|the|on)$/.test(w))) return null;
  // A country's word inside the name ("Bureau of Indian Affairs") would make initials that name the body by its country.
  if (capitalised.some((_w, i) => countryWordsAt(capitalised, i) > 0)) return null;
  return capitalised.map((w) => w[0]).join('');
}
