/**
 * Organisations: the bodies an event's reports name in sentences about the event itself (a treasury,
 * a news agency that carried a statement, a council that voted), merged across reports and spellings.
 * An acronym is one body with the name it stands for ("Office of Foreign Assets Control (OFAC)", "UN" /
 * "United Nations"), and a name is one with itself qualified by its country or written as a department
 * ("Treasury", "US Treasury Department"). Bodies named only where an earlier event is told, datelines,
 * the outlets that wrote the reports and those they cite as telling it are left out: they are not the event's.
 */
import { namedAfterFirstWord } from './named-after.js';
import type { Article, Entity, OrganizationRef } from '../model/types.js';
import { earlierParts } from '../enrich/in-event.js';
import { countryOfDemonym, lookupCountry } from '../enrich/gazetteer/places.js';
import { DATELINE, isDatelineFiler } from './lead-dateline.js';
import { namedAsTeller } from './news-teller.js';
import { namedAsReportingOutlet } from './station-credit.js';
import { isAddressAt, isStreetName, venueBeforeStreet } from './street-name.js';
import { isLandform } from './landform.js';
import { ownsReporterAt } from './outlet-staff.js';
import { ownedBodies } from '../enrich/entities/body-country.js';
import { prosecutorOffices } from './prosecutor-office.js';
import { Lru } from '../util/lru.js';
import { namesNoBody } from './not-bodies.js';
import { outletForms } from './outlet-forms.js';
import { possessiveTail, titledPerson } from './person-not-body.js';
import { isLegalFormWord, withoutLegalForm } from './legal-form.js';
import { foldAccents } from '../util/fold.js';
import { officeOfParent } from './office-of-parent.js';
import { namedAsSanctioned } from './sanctioned-bodies.js';
import { namedBodiesKey } from './cache-keys.js';
import { isKnownHead, sameKnownBody } from '../enrich/entities/bodies-in-languages.js';
import { describesNamedBody } from './described-body.js';
import { namedAsReacting } from './reacting-body.js';
import { apposedNames } from '../enrich/entities/apposed-body.js';

/** An event names many bodies in passing; beyond this many the list stops helping a reader. */
export const MAX_ORGANIZATIONS = 12;

/** What organizationsOf reads of an article: its text, its entities and what tells the event's sentences apart. */
export type OrganizationSource = Pick<Article, 'id' | 'contentHash' | 'body' | 'sentences' | 'timexes' | 'eventDate' | 'related' | 'entities' | 'outlet' | 'agency' | 'authors'>;

interface Form {
  /** As written, without a leading "the". */
  text: string;
  /** Folded: lower case, no dots. */
  key: string;
  /** An acronym, or a short form of one longer name of the event ("Fed" of "Federal Reserve"). */
  acronym: boolean;
  /** Words of the name once country and bloc qualifiers and "Department" are set aside (folded). */
  core: string[];
  /** The qualifiers set aside, folded. */
  qualifiers: string[];
  /** Qualifiers written inside the name, after a word of it ("Norwegian" of "Royal Norwegian Navy"): part of the name itself. */
  inner: string[];
  /** Countries the entity tagger gave, and the country a qualifier names. */
  countries: Map<string, number>;
  /** Reports that name this form in a sentence about the event. */
  sources: Set<string>;
  /** Whether one of those mentions names it as more than reacting to the event (reacting-body.ts). */
  acting: boolean;
  first: number;
  /** How often each spelling of the form (accents aside, fold) is written. */
  spellings: Map<string, number>;
  /** Acronyms the text ties this form to ("... Control (OFAC)"). */
  tiedTo: Set<string>;
  /** Whole names an office was split from ("US Treasury's Office of Foreign Assets Control"), aliases of its body. */
  wholes: Set<string>;
  /** The name's initials (initials), and with an "of" counted: read once, not at every pair mergeForms compares. */
  initials: string;
  initialsWithOf: string;
}

/** Blocs written before a body's name ("UN Security Council"): a qualifier, as a country is. */
const BLOCS = new Set(['un', 'eu', 'nato', 'au', 'asean']);
const GENERIC = new Set(['department', 'dept']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', '&']);
/** Words that name a kind of body; a name of these alone names none in particular. */
const KIND_WORDS = new Set([
  'police', 'department', 'dept', 'office', 'sheriff', "sheriff's", 'army', 'navy', 'military', 'court', 'supreme', 'high', 'ministry', 'government',
  'agency', 'council', 'city', 'county', 'senate', 'congress', 'parliament', 'legislature', 'assembly', 'committee', 'commission', 'authority',
  'authorities', 'bureau', 'cabinet', 'embassy', 'administration', 'fire', 'patrol',
]);
/** "OFAC", "U.N.", "NGOs"; and one that keeps the "o" of an "of" ("DoJ", "MoD"). */
const ACRONYM = /^(?:\p{Lu}\.?){2,7}$|^\p{Lu}{2,6}s?$|^\p{Lu}o\p{Lu}{1,2}$/u;

/**
 * The bodies of an event, most independently reported first. `groupOf` gives an article's
 * independent-source group (consolidate/sources.ts): copies of one wire story count once.
 */
export function organizationsOf(articles: readonly OrganizationSource[], groupOf: (articleId: string) => string = (id) => id): OrganizationRef[] {
  const outlets = new Set(articles.flatMap((a) => [a.outlet, a.agency]).filter((o): o is string => !!o).flatMap(outletForms).map(fold));
  const forms = new Map<string, Form>();
  let order = 0;
  const landforms = new Set(articles.flatMap((a) => namedBodiesOf(a).filter((n) => n.landform).map((n) => n.key)));
  for (const article of articles) {
    for (const named of namedBodiesOf(article)) {
      if ((named.outletCheck && outlets.has(named.key)) || landforms.has(named.key)) continue;
      const formKey = `${named.key}\u0000${named.formCountry}`;
      const form = forms.get(formKey) ?? newForm(named.text, order++);
      form.spellings.set(named.text, (form.spellings.get(named.text) ?? 0) + 1);
      if (named.inEvent) form.sources.add(article.id);
      if (named.inEvent && !named.reacts) form.acting = true;
      if (named.country !== null) form.countries.set(named.country, (form.countries.get(named.country) ?? 0) + 1);
      if (named.tie !== null) form.tiedTo.add(named.tie);
      if (named.whole !== undefined) form.wholes.add(named.whole);
      forms.set(formKey, form);
    }
  }
  // A form is shown as most of its mentions write it ("Emajõe" over one report's "Emajoe"), the first of equals.
  for (const form of forms.values()) form.text = [...form.spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  tieShortForms([...forms.values()]);
  const groups = mergeForms([...forms.values()]);
  return groups
    .filter((g) => g.some((f) => f.sources.size > 0))
    .map((g) => toRef(g, groupOf))
    // "Police Department", "Court", "City Council" with no country tied to it is a kind of body, not one:
    // as an entity it gathered every town's police into one name.
    .filter((x) => x.ref.country !== null || !x.generic)
    .sort((x, y) => y.ref.corroboration - x.ref.corroboration || y.ref.sources.length - x.ref.sources.length || x.first - y.first)
    .slice(0, MAX_ORGANIZATIONS)
    .map((x) => x.ref);
}

/**
 * A body one article names where it may be the event's, in the order the article gives them: what
 * organizationsOf takes of each article before the event's outlets are set aside.
 */
interface NamedBody {
  text: string;
  /** fold(text). */
  key: string;
  /** Two countries' bodies of one name ("China's Foreign Ministry", "Japan's Foreign Ministry") are two forms: the country ('' for none). */
  formCountry: string;
  /** The country counted for the body, or null for none. */
  country: string | null;
  /** Whether a sentence about the event names it (not only one about an earlier event). */
  inEvent: boolean;
  /** Named here only as reacting to the event, or as a mission speaking (reacting-body.ts). */
  reacts?: true;
  /** The acronym the text ties it to, folded. */
  tie: string | null;
  /** Whether it is set aside when it is one of the event's outlets (a body written in lower case never is). */
  outletCheck: boolean;
  /** The name as written where an office was split from its parent ("US Treasury's Office of ..."): kept as an alias. */
  whole?: string;
  /** A river, lake or range by its geographic noun (landform.ts): no body, nor is the name in another report. */
  landform?: true;
}

/**
 * The bodies each article names, kept for the articles read lately: an event's consolidation reads its
 * articles again at every arrival (organizationsOf was a tenth of consolidation's time in a profile of
 * GVA's first 1,000 pages, mostly this reading). By id and content hash and the dates and byline the
 * reading looks at (cache-keys.ts), as facts.ts keeps sentences; the event's outlets, which other
 * articles bring, are set aside after.
 */
const NAMED = new Lru<string, readonly NamedBody[]>(4096);

function namedBodiesOf(article: OrganizationSource): readonly NamedBody[] {
  const cacheKey = namedBodiesKey(article);
  let found = NAMED.get(cacheKey);
  if (found === undefined) {
    found = readNamedBodies(article);
    NAMED.set(cacheKey, found);
  }
  return found;
}

function readNamedBodies(article: OrganizationSource): NamedBody[] {
  const found: NamedBody[] = [];
  const { elsewhere } = earlierParts({ ...article, sentences: article.sentences ?? [] });
  const dateline = DATELINE.exec(article.body)?.[0].length ?? 0;
  const credits = creditSentences(article);
  const ownCountry = nationalBodiesCountry(article.entities);
  // "Gavi, the Vaccine Alliance,", "Liwa al-Sahil (the Coastal Brigade)": each name tied to the other (apposed-body.ts).
  const apposed = new Map<Entity, string>();
  for (const [a, b] of apposedNames(article.body, article.entities)) {
    if (a.type !== 'organization' || b.type !== 'organization') continue;
    apposed.set(a, fold(fullName(article.body, b)));
    apposed.set(b, fold(fullName(article.body, a)));
  }
  for (const found0 of article.entities) {
    if (found0.type !== 'organization' || found0.subtype === 'threat-actor' || found0.start < dateline) continue;
    // "the Foreign Ministry" in a report whose other state bodies are all one country's ("the Thai
    // Ministry of Defence") is that country's: a neighbour's ministry of the same name, named with its
    // country in another report, is another body.
    // Not a name another body of the report writes with a country's word inside it: beside the "Royal
    // Norwegian Navy", the "Royal Navy" is another country's.
    const entity = !found0.country && ownCountry && NATIONAL_BODY.test(found0.text) && !namedWithInnerCountry(found0, article.entities) ? { ...found0, country: ownCountry } : found0;
    // "PITTSBURGH (KDKA) –" on a later line: the outlet of a second story's dateline (lead-dateline.ts).
    if (isDatelineFiler(article.body, entity.start, entity.end)) continue;
    if (credits.some((s) => s.start <= entity.start && entity.start < s.end)) continue;
    // "Days Inn on Volunteer Parkway": the venue is a body of the event, its street is not (street-name.ts).
    const written = fullName(article.body, entity);
    const text = venueBeforeStreet(written) ?? written;
    if (!plausible(text) || namedAsTeller(article.body, entity)) continue;
    // "EUR", "Q3", "CVSS", "Democratic People" (of the country's formal name): no body (not-bodies.ts).
    if (namesNoBody(text, article.body, entity.start, entity.end)) continue;
    // "U.S. Attorney Ferreira", "the Office's Fraud Unit": a person by title, a possessive's tail (person-not-body.ts).
    if (titledPerson(text, article.entities) || possessiveTail(text)) continue;
    // "told WXYZ", "(Source: WXYZ)", "Stay with WXYZ": a station's own credit or sign-off (station-credit.ts).
    if (namedAsReportingOutlet(article.body, { ...entity, text })) continue;
    // "Harvard Boulevard", "on Weaver Pike": a street the tagger read as a body is a place (street-name.ts).
    if (isStreetName(text) || isAddressAt(article.body, entity.start, entity.end)) continue;
    // "the Syr Darya basin": a river the tagger read as a body; kept as such, so that a report writing
    // the name alone ("an accord for the Syr Darya") is set aside too (organizationsOf).
    if (isLandform(text, article.body, entity.end)) {
      found.push({ text, key: fold(text), formCountry: '', country: null, inEvent: false, tie: null, outletCheck: false, landform: true });
      continue;
    }
    // "NewsCenter 7's Ann Lee": the newsroom of a reporter, not a body of the event (outlet-staff.ts).
    if (ownsReporterAt(article.body, text, entity.end)) continue;
    const acronymTie = /^\s*\(((?:\p{Lu}\.?){2,7})\)/u.exec(article.body.slice(entity.end, entity.end + 12));
    const tie = acronymTie ? [acronymTie[0], acronymTie[1]!] : apposed.has(found0) ? ['', apposed.get(found0)!] : null;
    // "The US Treasury's Office of Foreign Assets Control": the office by its own name, and its parent
    // a body of the event too (office-of-parent.ts).
    // A parent of one word only where the text tags it as a body of its own too ("Treasury").
    const office = officeOfParent(text, (parent) => article.entities.some((e) => e !== entity && e.type === 'organization' && fold(e.text) === fold(parent)));
    // "The German Foreign Office condemned the strike": named, but only reacting (reacting-body.ts).
    const reacts = namedAsReacting(article.body, entity.start, entity.end, text) ? ({ reacts: true } as const) : {};
    if (office && plausible(office.parent)) found.push({ text: office.parent, key: fold(office.parent), formCountry: entity.country ?? '', country: entity.country || null, inEvent: !elsewhere(entity), tie: null, outletCheck: true, ...reacts });
    // The name as written stays the office's alias: the entity filter finds it by the whole name too.
    if (office) found.push({ text: office.office, key: fold(office.office), formCountry: entity.country ?? '', country: entity.country || null, inEvent: !elsewhere(entity), tie: tie ? fold(tie[1]!) : null, outletCheck: true, whole: text, ...reacts });
    // A target of the event's sanctions act is of the event, in a sentence that tells an earlier one too (sanctioned-bodies.ts).
    else {
      const sanctioned = namedAsSanctioned(article, entity);
      found.push({ text, key: fold(text), formCountry: entity.country ?? '', country: entity.country || null, inEvent: !elsewhere(entity) || sanctioned, tie: tie ? fold(tie[1]!) : null, outletCheck: true, ...(sanctioned ? {} : reacts) });
    }
  }
  // "Seoul's foreign ministry said": a body a report names in lower case, with its owner's country,
  // is the body the other reports name in capitals ("the Ministry of Foreign Affairs").
  for (const owned of ownedBodies(article.body)) {
    if (!/^\p{Ll}/u.test(owned.text) || owned.start < dateline || credits.some((s) => s.start <= owned.start && owned.start < s.end)) continue;
    const entity: Entity = { text: owned.text, type: 'organization', start: owned.start, end: owned.end, country: owned.country };
    if (article.entities.some((e) => e.start < owned.end && owned.start < e.end && e.type === 'organization')) continue;
    // "Portugal's accident investigation office GPIAAF": the named body, not one more (described-body.ts).
    if (describesNamedBody(article.body, owned.start, owned.end, article.entities)) continue;
    const text = owned.text.replace(/(^|\s)(?!(?:of|the|and)\b)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
    found.push({ text, key: fold(text), formCountry: owned.country, country: owned.country, inEvent: !elsewhere(entity), tie: null, outletCheck: false, ...(namedAsReacting(article.body, owned.start, owned.end, text) ? { reacts: true as const } : {}) });
  }
  // "The federal prosecutor's office has opened an investigation": the office in lower case (prosecutor-office.ts).
  for (const office of prosecutorOffices(article.body)) {
    if (office.start < dateline || credits.some((s) => s.start <= office.start && office.start < s.end)) continue;
    if (article.entities.some((e) => e.start < office.end && office.start < e.end && e.type === 'organization')) continue;
    const entity: Entity = { text: office.text, type: 'organization', start: office.start, end: office.end, ...(office.country ? { country: office.country } : {}) };
    found.push({ text: office.text, key: fold(office.text), formCountry: office.country ?? '', country: office.country, inEvent: !elsewhere(entity), tie: null, outletCheck: false, ...(namedAsReacting(article.body, office.start, office.end, office.text) ? { reacts: true as const } : {}) });
  }
  return found;
}

/** Whether another body of the article is this one's name with a country's word inside it ("Royal Norwegian Navy" of "Royal Navy"). */
function namedWithInnerCountry(entity: Entity, entities: readonly Entity[]): boolean {
  const own = newForm(entity.text.replace(/^the\s+/i, ''), 0);
  if (own.qualifiers.length > 0) return false;
  return entities.some((e) => {
    if (e === entity || e.type !== 'organization') return false;
    const other = newForm(e.text.replace(/^the\s+/i, ''), 0);
    return other.inner.length > 0 && sameWords(own.core, other.core);
  });
}

/** A state's body of a kind every country has: its name alone does not say whose it is. */
const NATIONAL_BODY = /\b(?:Ministry|Ministries|Foreign\s+Office|Embassy|Government|Cabinet|Navy|Army|Air\s+Force|Coast\s+Guard)\b/;

/**
 * The country of the body a person works for ("Foreign Ministry spokeswoman ..."), as organizationsOf
 * reads it in that report: the tagger's, else that of the report's other state bodies (see above).
 */
export function bodyCountryIn(entities: readonly Entity[], organization: string): string | null {
  const body = entities.find((e) => e.type === 'organization' && fold(e.text) === fold(organization));
  if (!body) return null;
  if (body.country) return body.country;
  return NATIONAL_BODY.test(body.text) ? nationalBodiesCountry(entities) : null;
}

/** The one country of the state bodies a report names with their country, or null for none or several. */
function nationalBodiesCountry(entities: readonly Entity[]): string | null {
  const countries = new Set(entities.filter((e) => e.type === 'organization' && e.country && NATIONAL_BODY.test(e.text)).map((e) => e.country!));
  return countries.size === 1 ? [...countries][0]! : null;
}

function newForm(text: string, first: number): Form {
  let parts = FORM_PARTS.get(text);
  if (parts === undefined) FORM_PARTS.set(text, (parts = formParts(text)));
  return { text, key: fold(text), ...parts, countries: new Map(), sources: new Set(), acting: false, first, tiedTo: new Set(), spellings: new Map(), wholes: new Set() };
}

/** What a name's words make of it, kept by name: the same names come back at every rebuild of an event. */
const FORM_PARTS = new Lru<string, FormParts>(4096);

type FormParts = Pick<Form, 'acronym' | 'core' | 'qualifiers' | 'inner' | 'initials' | 'initialsWithOf'>;

function formParts(text: string): FormParts {
  const words = text.split(/\s+/);
  const acronym = words.length === 1 && ACRONYM.test(text);
  const place = (w: string): boolean => !!lookupCountry(w) || !!countryOfDemonym(w);
  // A country of two words ("South Korean", "New Zealand") is one qualifier: "South" alone is no core word.
  const inPlace = words.map((w, i) => place(w) || (i + 1 < words.length && place(`${w} ${words[i + 1]}`)) || (i > 0 && place(`${words[i - 1]} ${w}`)));
  const qualifier = (w: string, i: number): boolean => BLOCS.has(fold(w)) || GENERIC.has(fold(w)) || inPlace[i]!;
  // A name that is all qualifiers ("UN", "EU") keeps its words as its core.
  let core = words.every(qualifier) ? words : words.filter((w, i) => !qualifier(w, i));
  // "Foreign Ministry" and "Ministry of Foreign Affairs" are one kind of ministry: its portfolio's words.
  if (core.some((w) => fold(w) === 'ministry')) core = core.filter((w) => !['of', 'the', 'affairs'].includes(fold(w)));
  // "Department of Foreign Affairs" and "Foreign Affairs Department", "Department of Justice" and
  // "Justice Department": one department, its portfolio before or after the word.
  else if (words.some((w) => GENERIC.has(fold(w)))) core = core.filter((w) => !['of', 'the'].includes(fold(w)));
  // "Pyongsong Trading Co." and "Pyongsong Trading Company", "Ironvale" and "Ironvale Labs": a company's
  // legal form or trade word at the end of its name is left out of what is compared (legal-form.ts).
  core = withoutLegalForm(core);
  // "Security Service of Ukraine" beside "Ukraine's Security Service": the "of" its country closed is no core word.
  if (core.length > 1 && fold(core[core.length - 1]!) === 'of' && inPlace[inPlace.length - 1]) core = core.slice(0, -1);
  // Only a country or a bloc qualifies a name: the small words set aside above are none, and kept as
  // qualifiers they had told "Ministry of Foreign Affairs" from "Japanese Foreign Ministry".
  const qualifiers = words.filter((w, i) => !core.includes(w) && !GENERIC.has(fold(w)) && !isLegalFormWord(w) && (qualifier(w, i) || !['of', 'the', 'affairs'].includes(fold(w))));
  // "Royal Norwegian Navy", "Royal Thai Police": a country's word after a word of the name, not before
  // it ("US Treasury") nor after an "of" ("Security Service of Ukraine"), belongs to the name, and the
  // name without it ("Royal Navy") is another country's body.
  const inner = words.filter((_, i) => inPlace[i] && i > 0 && core.includes(words[i - 1]!) && !SMALL_WORDS.has(fold(words[i - 1]!)));
  return { acronym, core: core.map(fold), qualifiers: qualifiers.map(fold), inner: inner.map(fold), initials: initials(text), initialsWithOf: initials(text, true) };
}

/**
 * "the Fed" beside "Federal Reserve": one word that clips the first word of one longer name the event
 * gives ("Fed" of "Federal") is that body's short form, joined as its acronym would be, and so is the
 * first word whole ("Goldman" of "Goldman Sachs", "Okta" of "Okta Inc."). A word that could clip two
 * names ("Federal Reserve", "Federal Bureau of Investigation") stays apart.
 */
function tieShortForms(forms: readonly Form[]): void {
  tieNamesWithoutTheirForm(forms);
  for (const short of forms) {
    if (short.acronym || short.key.length < 3 || short.key.includes(' ') || KIND_WORDS.has(short.key)) continue;
    const longer = forms.filter((f) => !f.acronym && f.core.length >= 2 && f.core[0]!.startsWith(short.key) && !namedAfterFirstWord(f.core));
    if (new Set(longer.map((f) => f.core.join(' '))).size !== 1) continue;
    short.acronym = true;
    for (const f of longer) f.tiedTo.add(short.key);
  }
}

/** Words a body's full name may end in that its short name leaves out. */
const FORM_WORDS = new Set(['nhs', 'foundation', 'trust', 'group', 'inc', 'corp', 'corporation', 'ltd', 'plc', 'llc', 'holdings', 'ag', 'sa', 'nv', 'co']);

/**
 * "St Anne's and St Luke's" beside "St Anne's and St Luke's NHS Foundation Trust", "Kinmax" beside "Kinmax
 * Technology Ltd"... : a name of two words or more that opens exactly one longer name of the event,
 * whose other words are all of a body's form (trust, group, plc), is that body's short form.
 */
function tieNamesWithoutTheirForm(forms: readonly Form[]): void {
  for (const short of forms) {
    if (short.acronym || !short.key.includes(' ')) continue;
    const longer = forms.filter((f) => f !== short && !f.acronym && f.key.startsWith(`${short.key} `) && f.key.slice(short.key.length + 1).split(' ').every((w) => FORM_WORDS.has(w)));
    if (new Set(longer.map((f) => f.key)).size !== 1) continue;
    short.acronym = true;
    for (const f of longer) f.tiedTo.add(short.key);
  }
}

/**
 * The name as the text writes it: a nationality the tagger left before it ("Korean" of the "Korean
 * Central News Agency") belongs to it, and a leading "the" and a closing possessive do not.
 */
function fullName(body: string, entity: Entity): string {
  // A saint's possessive that ends a name of two possessives ("Guy's and St Mary's") is the name's own.
  const own = /['’]s\s+(?:and|&)\s+(?:St\.?|Saint)\s+\S+['’]s$/u.test(entity.text);
  let text = entity.text.replace(/^the\s+/i, '');
  if (!own) text = text.replace(/['’]s$/, '');
  text = text.trim();
  const before = /(?:(\p{Lu}\p{L}+)\s)?(\p{Lu}\p{L}+)\s$/u.exec(body.slice(Math.max(0, entity.start - 30), entity.start));
  if (!before) return text;
  const [farther, near] = [before[1], before[2]!];
  const first = text.split(/\s+/)[0] ?? '';
  // "South Korean" or "North Korean" whole: "Korean" alone made the two Koreas' ministries one.
  if (farther && countryOfDemonym(`${farther} ${near}`)) return `${farther} ${near} ${text}`;
  if (countryOfDemonym(`${near} ${first}`)) return `${near} ${text}`;
  if (countryOfDemonym(near) && fold(near) !== fold(first)) return `${near} ${text}`;
  return text;
}

/** A name that can be a body: capitalised, not a country's name or nationality, not shouting capitals of a headline's words. */
function plausible(text: string): boolean {
  if (text.length < 2 || !/\p{Lu}/u.test(text[0]!)) return false;
  // A nationality tagged alone, cut from "Japanese officials" or "Philippine officials" (the adjective
  // of a country named in the plural), names no body.
  if (lookupCountry(text) || countryOfDemonym(text) || (!text.includes(' ') && lookupCountry(`${text}s`))) return false;
  // "UNITED NATIONS" outside a dateline is a heading or a kicker's capitals, not how a report names a body.
  return !(text.includes(' ') && text === text.toUpperCase());
}

/** Sentences that credit the report ("By Ann Lee, The Courier", "Ann Lee is Asia editor of ..."): their bodies are the outlet's. */
function creditSentences(article: OrganizationSource): { start: number; end: number }[] {
  if (article.authors.length === 0) return [];
  return (article.sentences ?? []).filter((s) => article.authors.some((name) => name && article.body.slice(s.start, s.end).includes(name)));
}

/**
 * Forms that are one body, joined. Two groups join only when every spelled-out name of one is the same
 * body as every one of the other and their countries agree: a bare "Foreign Ministry" or an "ICC" fits
 * two bodies, and joining pairs alone had made the Chinese and Japanese ministries (or the International
 * Criminal Court and the International Cricket Council) one through it. Such a form joins the first.
 */
function mergeForms(forms: Form[]): Form[][] {
  const groupOf = forms.map((_, i) => i);
  const groups = new Map<number, Form[]>(forms.map((f, i) => [i, [f]]));
  // Names of one body first; then a department with the first part of its joint portfolio, once each
  // side's names have pooled the countries they are tied to (jointPortfolio).
  for (const joint of [false, true]) {
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const [gi, gj] = [groupOf[i]!, groupOf[j]!];
        if (gi === gj || !sameBody(forms[i]!, forms[j]!, joint)) continue;
        const [a, b] = [groups.get(gi)!, groups.get(gj)!];
        if (!compatible(a, b, joint)) continue;
        groups.set(gi, [...a, ...b]);
        groups.delete(gj);
        for (let k = 0; k < groupOf.length; k++) if (groupOf[k] === gj) groupOf[k] = gi;
      }
    }
  }
  return [...groups.values()];
}

function compatible(a: readonly Form[], b: readonly Form[], joint = false): boolean {
  const countries = (g: readonly Form[]): Set<string> => new Set(g.flatMap((f) => [...f.countries.keys()]));
  const [x, y] = [countries(a), countries(b)];
  if (x.size > 0 && y.size > 0 && ![...x].some((c) => y.has(c))) return false;
  // A joint portfolio joins only names both tied to one country: two countries' foreign departments are two.
  if (joint && (x.size === 0 || y.size === 0)) return false;
  return a.every((f) => f.acronym || b.every((g) => g.acronym || sameBody(f, g, joint)));
}

/**
 * Whether two names, each written by other events, are one body by their words alone, as the forms of
 * one event are compared: "US Treasury" and "US Treasury Department", "Treasury" and "US Treasury", the
 * name and its initials ("Federal Bureau of Investigation", "FBI"). Countries are the caller's to compare.
 */
export function sameBodyName(a: string, b: string): boolean {
  const [x, y] = [newForm(a.replace(/^the\s+/i, ''), 0), newForm(b.replace(/^the\s+/i, ''), 0)];
  return x.key === y.key || sameBody(x, y);
}

/** `joint`: a department named by the first part of its joint portfolio is that department too (jointPortfolio). */
function sameBody(a: Form, b: Form, joint = false): boolean {
  // One body's names in two languages ("OMS", "World Health Organization"): bodies-in-languages.ts.
  if (sameKnownBody(a.text, b.text)) return true;
  // "Gavi, the Vaccine Alliance": the text wrote one as the other's name (apposed-body.ts).
  if (!a.acronym && !b.acronym && (a.tiedTo.has(b.key) || b.tiedTo.has(a.key))) return true;
  if (a.acronym !== b.acronym) {
    const [short, long] = a.acronym ? [a, b] : [b, a];
    return long.tiedTo.has(short.key) || long.initials === short.key || long.initialsWithOf === short.key;
  }
  if (a.acronym) return false;
  if (!sameWords(a.core, b.core)) return joint && (jointPortfolio(a, b) || jointPortfolio(b, a));
  // "Treasury" and "US Treasury": one qualified, the other not; "African Union" and "European Union" are two.
  const [x, y] = a.qualifiers.length <= b.qualifiers.length ? [a, b] : [b, a];
  if (y.inner.some((q) => !x.qualifiers.includes(q))) return false;
  return x.qualifiers.every((q) => y.qualifiers.includes(q)) && !conflictingCountries(a, b);
}

/**
 * "Australia's foreign affairs department" beside the "Department of Foreign Affairs and Trade": a
 * department named by the first part of a joint portfolio ("X and Y") is that department. Only where
 * both are tied to one country (compatible checks it over each side's names).
 */
function jointPortfolio(short: Form, long: Form): boolean {
  if (!isDepartment(short) || !isDepartment(long) || short.core.length === 0 || long.core.length <= short.core.length + 1) return false;
  return short.core.every((w, i) => long.core[i] === w) && ['and', '&'].includes(long.core[short.core.length]!) && !conflictingCountries(short, long);
}

function isDepartment(form: Form): boolean {
  return form.text.split(/\s+/).some((w) => GENERIC.has(fold(w)));
}

function conflictingCountries(a: Form, b: Form): boolean {
  return a.countries.size > 0 && b.countries.size > 0 && ![...a.countries.keys()].some((c) => b.countries.has(c));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w) => b.includes(w));
}

/**
 * The initials of a name's words, small words aside: "Office of Foreign Assets Control" is "ofac"; with
 * `ofKept`, an "of" counts, as in "DOJ" and "MoD" ("Department of Justice", "Ministry of Defence").
 */
function initials(name: string, ofKept = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && (!SMALL_WORDS.has(w.toLowerCase()) || (ofKept && w === 'of')))
    .map((w) => (ACRONYM.test(w) ? w.replace(/\./g, '') : w[0]!))
    .join('')
    .toLowerCase();
}

/**
 * One body's entry: named by its fullest spelled-out form ("US Treasury Department" over "Treasury",
 * "Office of Foreign Assets Control" over "OFAC"), the most reported of equals; the other forms are its aliases.
 */
function toRef(group: Form[], groupOf: (articleId: string) => string): { ref: OrganizationRef; first: number; generic: boolean } {
  // A listed body's first name heads its other names and those in other languages (bodies-in-languages.ts).
  const ranked = [...group].sort((x, y) => Number(isKnownHead(y.text)) - Number(isKnownHead(x.text)) || Number(x.acronym) - Number(y.acronym) || words(y.text) - words(x.text) || y.sources.size - x.sources.size || x.first - y.first);
  const name = ranked[0]!.text;
  const aliases = [...new Set([...ranked.slice(1).map((f) => f.text), ...group.flatMap((f) => [...f.wholes])])].filter((t) => t !== name);
  const sources = [...new Set(group.flatMap((f) => [...f.sources]))];
  const counted = new Map<string, number>();
  for (const f of group) for (const [c, n] of f.countries) counted.set(c, (counted.get(c) ?? 0) + n);
  // A qualifier that is a country's name ("US Treasury") says whose body it is where no tag does.
  const named = group.flatMap((f) => qualifierCountries(f.qualifiers)).find((c): c is string => !!c);
  const country = [...counted].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? named ?? null;
  // A body every report of the event names only reacting to it (reacting-body.ts) is marked so.
  const reacted = group.some((f) => f.acting) ? {} : { reacted: true as const };
  return {
    ref: { name, aliases, country, sources, corroboration: new Set(sources.map(groupOf)).size, ...reacted },
    first: Math.min(...group.map((f) => f.first)),
    generic: group.every((f) => f.text.split(/\s+/).every((w) => KIND_WORDS.has(w.toLowerCase().replace(/’/g, "'")) || SMALL_WORDS.has(w.toLowerCase()))),
  };
}

/** Countries the qualifiers name, by name or nationality, a two-word one whole ("south korean"). */
function qualifierCountries(qualifiers: readonly string[]): string[] {
  const of = (q: string): string | null => lookupCountry(q)?.country ?? countryOfDemonym(q);
  const out: string[] = [];
  for (let i = 0; i < qualifiers.length; i++) {
    const pair = i + 1 < qualifiers.length ? of(`${qualifiers[i]} ${qualifiers[i + 1]}`) : null;
    if (pair) {
      out.push(pair);
      i++;
    } else {
      const one = of(qualifiers[i]!);
      if (one) out.push(one);
    }
  }
  return out;
}

function words(text: string): number {
  return text.split(/\s+/).length;
}

/** A name as forms are compared: no case, dots or accents ("Emajõe" and "Emajoe" are one hospital). */
function fold(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}
