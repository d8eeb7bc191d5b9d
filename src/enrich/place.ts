/**
 * Where the reported event happened: the city of the dateline ("SEATTLE —", "Rock Falls, Ill. (AP) —"),
 * else the first city introduced by "in", "at" or "near" in the opening paragraphs, else a city the lead
 * names, else a facility or country introduced as the scene. Places inside organisation names and
 * places of earlier events do not count. Coordinates come from the offline gazetteer, the article's
 * other places choosing among places of one name.
 */
import type { Entity, PlaceMention } from '../model/types.js';
import { lookupPlace } from './gazetteer/places.js';

const LEAD_CHARS = 1200;
/** "SEATTLE —", "GREENSBURG, Ind. —", "Rock Falls, Ill. (AP) -": a place, its state, an agency, a dash. */
const DATELINE = /^\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:,\s*([\p{Lu}][\p{L}.]*\.?(?:\s[\p{Lu}][\p{L}.]*\.?)?))?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--?)\s/u;

export function choosePlace(body: string, entities: readonly Entity[], excluded: (offset: number) => boolean): PlaceMention | null {
  const dateline = datelinePlace(body);
  if (dateline) return dateline;
  const lead = entities.filter((e) => e.type === 'location' && e.start < LEAD_CHARS && !excluded(e.start));
  const introduced = lead.filter((e) => /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, e.start - 12), e.start)));
  // A city is what readers locate an event by; a facility ("Constitution Park") only when no city is
  // named, and a country last.
  const pick =
    introduced.find((e) => e.subtype === 'city') ??
    lead.find((e) => e.subtype === 'city' && e.start < LEAD_CHARS / 3) ??
    introduced.find((e) => e.subtype === 'facility') ??
    introduced.find((e) => e.subtype === 'country');
  if (!pick) return null;
  const name = pick.canonical ?? pick.text;
  const located = lookupPlace(name, body);
  const same = located && (!pick.country || located.country === pick.country);
  return { name, country: pick.country ?? null, lat: same ? located.lat : null, lon: same ? located.lon : null, text: pick.text, start: pick.start };
}

/** The city a dateline names, when the gazetteer knows it (with the state or country it gives). */
function datelinePlace(body: string): PlaceMention | null {
  const m = DATELINE.exec(body.slice(0, 120));
  if (!m) return null;
  const raw = m[1]!.trim();
  // Datelines are often in capitals: "ROCK FALLS" is looked up as "Rock Falls".
  const name = raw === raw.toUpperCase() ? raw.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : raw;
  const qualified = m[2] ? `${name}, ${m[2]}` : name;
  const located = lookupPlace(name, `${qualified} ${body.slice(0, 2000)}`);
  if (!located || (located.kind !== 'city' && located.kind !== 'country')) return null;
  return { name: located.name, country: located.country || null, lat: located.lat, lon: located.lon, text: body.slice(m.index + m[0].indexOf(raw), m.index + m[0].indexOf(raw) + raw.length), start: m.index + m[0].indexOf(raw) };
}
