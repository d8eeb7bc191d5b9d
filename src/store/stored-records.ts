/**
 * How any backend keeps articles and events beside their JSON: the article's card and shown JSON, the
 * event's filter tags and searched columns. Shared by the SQLite and PostgreSQL stores, so a value
 * written by one is the value the other writes, and their answers can be compared field for field.
 */
import { kindText, ownSummaryText } from './search-lead.js';
import { summarizeArticle } from '../model/article-summary.js';
import type { Article, NewsEvent } from '../model/types.js';
import { awaitingKeys } from '../consolidate/earlier-links.js';
import { foldAccents } from '../util/fold.js';
import { dayNumber } from '../util/dates.js';
import { filterNames, surnames, withFirstFamilyName } from './entity-names.js';
import { nameSpellings } from './name-spellings.js';
import { actorText, participantText, themeText, vesselText } from './event-search-text.js';
import type { EntityKind } from './store.js';

/** The event_tags kind of an unlinked mention's keys (consolidate/earlier-links.ts). */
export const AWAITING_TAG = 'earlier';
/** The event_tags kinds that hold each entity kind's names as written. */
export const ENTITY_TAG = { person: 'person', organization: 'org', place: 'place', vessel: 'vessel' } as const satisfies Record<EntityKind, string>;
/** Tags of an organisation's other names: the alias, a tab, and the organisation's own tag. */
export const ALIAS_TAG = 'org-alias';
/**
 * Tags of a threat actor's units (a group a report calls a unit of it): the unit's name, a tab, and the
 * larger group's own tag. The larger group's `entity` filter finds its units' events by them.
 */
export const UNIT_TAG = 'org-unit';
/**
 * Tags of a person's other names as written ("Joe Biden" of the participant "Joseph R. Biden"): the
 * entity list counts an entry's events where it is only another participant's alias, as its page lists them.
 */
export const PERSON_ALIAS_TAG = 'person-alias';

/** ALIAS_TAG or UNIT_TAG values ("name\tentry tag") as the names under each entry's tag. */
export function namesByEntryTag(values: readonly unknown[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of values) {
    const text = String(value);
    const cut = text.indexOf('\t');
    const tag = text.slice(cut + 1);
    out.set(tag, [...(out.get(tag) ?? []), text.slice(0, cut)]);
  }
  return out;
}

/**
 * Tags of the country an event gives a person or its place: the name as the entity list counts it, a
 * tab, the country. A person's is no part of the entry (one person may be given two), unlike a body's,
 * so it is kept beside the name tag, for the list to show (Store.entityCountries).
 */
export const COUNTRY_TAG = { person: 'person-country', place: 'place-country', vessel: 'vessel-country' } as const;

/** A stored row's columns, as a driver returns them. */
export type StoredRow = Record<string, unknown>;

/**
 * A participant's name as the `entity` filter matches it: its words in lower case, accents folded, in
 * any order and however joined ("Kenji Sato", "sato kenji"; "Yoon Suk Yeol", "Yoon Suk-yeol"; "São
 * Paulo", "Sao Paulo").
 */
export function nameKey(name: string): string {
  return foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean).sort().join(' ');
}

/** Each asked tag's event ids from (value, event_id) rows, in the order the tags were asked (entityEventIds). */
export function eventIdsByTag(tags: readonly string[], rows: readonly StoredRow[]): string[][] {
  const found = new Map<string, string[]>();
  for (const row of rows) {
    const value = String(row.value);
    const list = found.get(value);
    if (list) list.push(String(row.event_id));
    else found.set(value, [String(row.event_id)]);
  }
  return tags.map((tag) => found.get(tag) ?? []);
}

/** Each name's countries from COUNTRY_TAG values ("name", a tab, "country"), sorted. */
export function countriesByName(values: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of values) {
    const cut = value.lastIndexOf('\t');
    if (cut <= 0) continue;
    const name = value.slice(0, cut);
    const list = out.get(name) ?? [];
    if (!list.includes(value.slice(cut + 1))) list.push(value.slice(cut + 1));
    out.set(name, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** An organisation's tag: its name, and its participants' country after a tab when they have one. */
export function organizationTag(name: string, country: string | null): string {
  return country ? `${name}\t${country}` : name;
}

/**
 * The country a participant's body is listed with: the body's own where the event lists it (an
 * international body stays without one: Iran's envoy does not make the IAEA Iran's), else the person's
 * ("Foreign Ministry spokesman ...", a national body the list does not hold).
 */
function personBodyCountry(event: NewsEvent, organization: string, personCountry: string | null): string | null {
  const listed = (event.organizations ?? []).find((o) => o.name === organization || o.aliases.includes(organization));
  return listed ? listed.country : personCountry;
}

/**
 * The values the event feed filters on, as [kind, value] pairs, each once (names and aliases as the
 * `entity` filter matches them): what event_tags holds for the event.
 */
export function eventTags(event: NewsEvent): Map<string, [string, string]> {
  const want = new Map<string, [string, string]>();
  const add = (kind: string, value: string): void => void want.set(`${kind}\u0000${value}`, [kind, value]);
  if (event.location?.country) add('country', event.location.country);
  // Names as written, for the entity lists and pages (people, organisations, places).
  if (event.location) add(ENTITY_TAG.place, event.location.name);
  if (event.location?.country) add(COUNTRY_TAG.place, `${event.location.name}\t${event.location.country}`);
  for (const theme of event.themes) add('theme', theme);
  for (const v of event.vulnerabilities ?? []) add('cve', v.cve);
  for (const p of event.participants) {
    if (p.country) add('country', p.country);
    // Every romanisation of the name ("Dmitry" for "Dmitri"; name-spellings.ts): the filter's key is the name as typed.
    for (const name of [p.name, ...p.aliases, ...surnames(p, event.location?.country), ...withFirstFamilyName(p, event.location?.country)]) for (const spelling of nameSpellings(name)) add('entity', nameKey(spelling));
    add(ENTITY_TAG.person, p.name);
    for (const alias of p.aliases) if (alias !== p.name) add(PERSON_ALIAS_TAG, alias);
    if (p.country) add(COUNTRY_TAG.person, `${p.name}\t${p.country}`);
    if (p.organization) {
      add(ENTITY_TAG.organization, organizationTag(p.organization, personBodyCountry(event, p.organization, p.country)));
      // A body known only as a participant's is listed among the organisations, so the filter finds it
      // as it finds the bodies the reports name (review ux73a fault 12: "Elektra Tinklai", a spokeswoman's).
      for (const name of filterNames({ name: p.organization, aliases: [] }, false)) add('entity', nameKey(name));
    }
  }
  // Bodies the reports name, and named threat actors, are found by name and alias as people are, and
  // listed as organisations; an alias's tag points at its body's entry, so a list filter finds "KCNA".
  // The filter also finds them by short name and, an actor, by the gazetteer's names (entity-names.ts).
  const bodies = [...(event.organizations ?? []).map((o) => ({ o, actor: false, reacted: o.reacted === true })), ...(event.threatActors ?? []).map((o) => ({ o, actor: true, reacted: false }))];
  for (const { o, actor, reacted } of bodies) {
    // A country's own body that took part ("Latvian Navy", "the Lithuanian Coast Guard") puts the event
    // under its country as a participant's country does (review ux73a fault 7); an actor's country is
    // its attribution, which the reports seldom settle, and is left out, and so is the country of a
    // body that only reacted ("the German Foreign Office condemned the strike", review74 fault 4).
    if (o.country && !actor && !reacted) add('country', o.country);
    const tag = organizationTag(o.name, o.country);
    add(ENTITY_TAG.organization, tag);
    for (const name of filterNames(o, actor)) add('entity', nameKey(name));
    for (const alias of o.aliases) add(ALIAS_TAG, `${alias}\t${tag}`);
  }
  for (const a of event.threatActors ?? []) {
    for (const parent of a.partOf ?? []) {
      const country = (event.threatActors ?? []).find((t) => t.name === parent)?.country ?? null;
      add(UNIT_TAG, `${a.name}\t${organizationTag(parent, country)}`);
    }
  }
  // Ships, listed as vessels with their flag, and found by name, any form written, or IMO number.
  for (const v of event.vessels ?? []) {
    add(ENTITY_TAG.vessel, v.name);
    if (v.flag) add(COUNTRY_TAG.vessel, `${v.name}\t${v.flag}`);
    for (const name of [v.name, ...v.aliases, ...(v.imo ? [v.imo, `IMO ${v.imo}`] : [])]) add('entity', nameKey(name));
  }
  // Mentions of earlier events still unlinked, found again when an event they may mean is written.
  for (const key of awaitingKeys(event)) add(AWAITING_TAG, key);
  return want;
}

/** What the store keeps of an article for result lists: its summary without the event id, which is a column. */
export function articleCard(article: Article): string {
  const { eventId: _eventId, ...card } = summarizeArticle(article);
  return JSON.stringify(card);
}

/** An article row's summary as JSON text: its card with the event id from its column put in front. */
export function articleSummaryText(row: StoredRow): string {
  const card = String(row.card ?? '');
  if (card) return withEventId(card, row.event_id);
  // A row written before its card was filled (never after opening) is summarised from the article.
  const summary = summarizeArticle(toArticle(row));
  summary.eventId = row.event_id === null || row.event_id === undefined ? null : String(row.event_id);
  return JSON.stringify(summary);
}

/** What the store keeps as an article's JSON: the article as the API shows it, without its event id (a column). */
export function articleData(article: Article): string {
  const { eventId: _eventId, sentences: _sentences, ...shown } = article;
  return JSON.stringify(shown);
}

/** Stored article JSON with the event id from its column put in front. */
export function withEventId(data: string, eventId: unknown): string {
  const id = JSON.stringify(eventId === null || eventId === undefined ? null : String(eventId));
  return data.length > 2 ? `{"eventId":${id},${data.slice(1)}` : `{"eventId":${id}}`;
}

/** An article from its row's data, event_id and sentences columns. */
export function toArticle(row: StoredRow): Article {
  const article = JSON.parse(String(row.data)) as Article;
  // The column is the truth: merges move articles between events without rewriting their JSON.
  article.eventId = row.event_id === null || row.event_id === undefined ? null : String(row.event_id);
  if (typeof row.sentences === 'string') article.sentences = JSON.parse(row.sentences) as Article['sentences'];
  article.sentences ??= [];
  return article;
}

/** An event's searched columns, in the search index's order: title, summary, facts, people, places, themes. */
export function eventSearchText(event: NewsEvent): string[] {
  return [
    event.title,
    // The event's own lead: a clause recalling earlier events weighs as facts do (search-lead.ts).
    ownSummaryText(event.summary),
    event.facts.map((f) => f.text).join('\n'),
    [...event.participants.map(participantText), ...(event.threatActors ?? []).map(actorText), ...(event.vessels ?? []).map(vesselText)].join('\n'),
    event.location ? `${event.location.name} ${event.location.country ?? ''}` : '',
    // The kind its title and lead tell counts as a theme does ("blackout" of "cut power"; search-lead.ts).
    [themeText(event.themes), kindText(event.title, event.summary)].filter(Boolean).join(' '),
  ];
}

/** Whole days from an event's first date to its last (0 without both). */
export function eventSpanDays(first: string | null, last: string | null): number {
  if (!first || !last) return 0;
  const days = dayNumber(last) - dayNumber(first);
  return Number.isFinite(days) ? Math.max(0, Math.ceil(days)) : 0;
}
