/**
 * Where the reported event happened: the first city (else country) introduced by "in" or "at" in the
 * opening paragraphs. Places inside organisation names and places of earlier events do not count.
 */
import type { Entity, PlaceMention } from '../model/types.js';
import { lookupPlace } from './gazetteer/places.js';

const LEAD_CHARS = 1200;

export function choosePlace(body: string, entities: readonly Entity[], excluded: (offset: number) => boolean): PlaceMention | null {
  const lead = entities.filter((e) => e.type === 'location' && e.start < LEAD_CHARS && !excluded(e.start));
  const introduced = lead.filter((e) => /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, e.start - 12), e.start)));
  // Prefer a city introduced as the scene ("in Washington"); else a city the lead names in passing
  // ("Ottawa's water utility"); else a country introduced as the scene.
  const pick =
    introduced.find((e) => e.subtype === 'city' || e.subtype === 'facility') ??
    lead.find((e) => e.subtype === 'city' && e.start < LEAD_CHARS / 3) ??
    introduced.find((e) => e.subtype === 'country');
  if (!pick) return null;
  const name = pick.canonical ?? pick.text;
  // Coordinates from the gazetteer, the article's other places choosing among places of one name.
  const located = lookupPlace(name, body);
  const same = located && (!pick.country || located.country === pick.country);
  return { name, country: pick.country ?? null, lat: same ? located.lat : null, lon: same ? located.lon : null, text: pick.text, start: pick.start };
}
