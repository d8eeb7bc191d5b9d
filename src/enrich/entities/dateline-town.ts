/**
 * A dateline's town that the names read as a body or a person ("REDMOND, Wash. (Reuters) -": one word
 * in capitals looks like an acronym to the rules, and the tagger has seldom seen a town so written).
 * Where the dateline reader places the report in that very word, it is that place, with its country:
 * an analyst saw "REDMOND" listed among the organisations of a Microsoft story. So is a town in
 * capitals that opens a later line as a dateline does ("TAMPA — A man was", "BEEBE, Ark. - ",
 * "TRENTON >> City police"): pages keep a second story, or a caption before the story's own dateline,
 * and an analyst saw "AUBURN" among a shooting's organisations.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace, mayBeCity } from '../gazetteer/places.js';
import { cityCandidates } from '../gazetteer/cities.js';
import { datelineCity } from '../place.js';
import { usStatesIn } from '../gazetteer/us-states.js';
import { bareDatelineWordIsNoTown, isPageLabel } from '../bare-dateline-word.js';

/** Capital letters only, two or more ("REDMOND", "ST. PAUL"). */
const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

export function datelineTownsAsPlaces(body: string, entities: Entity[]): void {
  openingDatelineTown(body, entities);
  unreadDatelineTown(body, entities);
  // After the opening's: the dateline reader knows its state and country better.
  lineDatelineTowns(body, entities);
}

function openingDatelineTown(body: string, entities: Entity[]): void {
  const first = entities.find((e) => e.start < 60 && (e.type === 'organization' || e.type === 'person') && CAPITALS.test(e.text));
  if (!first) return;
  const place = datelineCity(body);
  if (!place || place.start !== first.start || place.text !== first.text) return;
  // "NATO — The alliance said": with no state after it, the name must pass as a bare line's town does.
  const after = AFTER_TOWN.exec(body.slice(first.end, first.end + 60));
  if (after && after.groups?.state === undefined && !bareTownLikely(place.name, lookupPlace(place.name, body)?.kind, body.slice(first.end + after[0].length, first.end + after[0].length + 40))) return;
  first.type = 'location';
  first.subtype = lookupPlace(place.name, body)?.kind ?? 'city';
  first.canonical = place.name;
  if (place.country) first.country = place.country;
  else delete first.country;
}

/**
 * The opening dateline's town in capitals, with a US state after it, that no name holds: the tagger
 * reads a common word so written ("MOBILE, Ala.", "READING, Pa.", "SURPRISE, Ariz.") as no name at all,
 * so the report's place was missing from its places though the dateline reader placed it. (The
 * dateline is read once per text and kept: place.ts reads it again for the report's place.)
 */
function unreadDatelineTown(body: string, entities: Entity[]): void {
  const place = datelineCity(body);
  if (!place || !CAPITALS.test(place.text) || !/\p{Lu}{3}/u.test(place.text) || isPageLabel(place.text)) return;
  const end = place.start + place.text.length;
  if (entities.some((e) => e.start < end && place.start < e.end)) return;
  const state = AFTER_TOWN.exec(body.slice(end, end + 60))?.groups?.state?.replace(/^,\s*/, '').trim();
  if (state === undefined || usStatesIn(`, ${state} `).size === 0) return;
  const entity: Entity = { text: place.text, type: 'location', subtype: lookupPlace(place.name, body)?.kind ?? 'city', start: place.start, end, canonical: place.name };
  if (place.country) entity.country = place.country;
  entities.push(entity);
}

/**
 * What follows a dateline's town: its state or country (", Ark.", ", Wash.", ", Texas"), the outlet in
 * brackets, and the dash (or the ">>" and "|" some newspapers' sites print) before the story. A single
 * hyphen or bar only with a space either side: "NATO-Russia talks" is a compound, not a dateline.
 */
const AFTER_TOWN = /^(?<state>,[ \t]*\p{Lu}[\p{L}.]*\.?(?:[ \t]\p{Lu}[\p{L}.]*\.?)?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--|>>|(?<=[ \t])[-|](?=[ \t]))[ \t]*(?=[\p{Lu}\d"“])/u;

/**
 * A town with no state or county after it must be one of some size: "NATO —" names a village of the
 * Philippines and "CHASE |" hamlets of several states, but no dateline means them.
 */
const BARE_TOWN_POPULATION = 10_000;

/**
 * The story after the dash names the body the capitals were ("DELTA — The airline cancelled",
 * "NATO — The alliance said"): a report about a body, whose name opens it as a dateline's town would.
 */
const BODY_AFTER = /^(?:The|the)[ \t]+(?:company|firm|airline|carrier|bank|lender|insurer|retailer|chain|drugmaker|automaker|carmaker|maker|alliance|bloc|group|agency|network|union|league|party|organi[sz]ation|militants?|giant|conglomerate|broadcaster|manufacturer|charity|body)\b/;

/**
 * A name in capitals that opens a line and is followed as a dateline's town is: a place, where the
 * gazetteer knows a town of that name, it names a county ("HALIFAX CO. —") or a US state's abbreviation
 * follows it ("BEEBE, Ark. -"). Not a name the gazetteer does not know ("WXYZ -": a station's call sign).
 */
function lineDatelineTowns(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if ((e.type !== 'organization' && e.type !== 'person') || !CAPITALS.test(e.text) || !/\p{Lu}{3}/u.test(e.text)) continue;
    if (e.start > 0 && !/\n[ \t]*$/.test(body.slice(Math.max(0, e.start - 8), e.start))) continue;
    const after = AFTER_TOWN.exec(body.slice(e.end, e.end + 60));
    if (!after) continue;
    const name = readable(e.text);
    const state = after.groups?.state?.replace(/^,\s*/, '').trim();
    const place = lookupPlace(name, state ? `${name}, ${state}` : name);
    const stated = state !== undefined && usStatesIn(`, ${state} `).size > 0;
    // "ORANGE —": a town of several states' the gazetteer will not choose between; "HALIFAX CO. —": a county.
    const county = /\s(?:Co\.|County|Parish)$/.test(name);
    if (!place && !stated && !county && !mayBeCity(name)) continue;
    // "DELTA — Flights were cancelled": a company's name or a word, no town of the text (bare-dateline-word.ts).
    if (!stated && !county && bareDatelineWordIsNoTown(e.text, body)) continue;
    if (!stated && !county && !bareTownLikely(name, place?.kind, body.slice(e.end + after[0].length, e.end + after[0].length + 40))) continue;
    e.type = 'location';
    e.subtype = place?.kind ?? (county ? 'region' : 'city');
    e.canonical = place?.name ?? name;
    if (place?.country) e.country = place.country;
    else if (stated) e.country = 'US';
    else delete e.country;
  }
}

/** A bare town (no state or county) that is a country or region, or a populous town, and no body the story names. */
function bareTownLikely(name: string, kind: string | undefined, story: string): boolean {
  if (BODY_AFTER.test(story)) return false;
  if (kind !== undefined && kind !== 'city') return true;
  return cityCandidates(name).some((c) => c.population >= BARE_TOWN_POPULATION);
}

/** "TAMPA" as a name is written ("Tampa"). */
function readable(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])\p{L}|(?<=(?:^|\s)\p{L}['’])\p{L}/gu, (c) => c.toUpperCase());
}
