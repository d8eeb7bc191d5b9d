/**
 * Where the reported event happened: the first city (else country) introduced by "in" or "at" in the
 * opening paragraphs. Places inside organisation names and places of earlier events do not count.
 */
import type { Entity, PlaceMention } from '../model/types.js';

const LEAD_CHARS = 1200;

export function choosePlace(body: string, entities: readonly Entity[], excluded: (offset: number) => boolean): PlaceMention | null {
  const candidates = entities.filter((e) => e.type === 'location' && e.start < LEAD_CHARS && !excluded(e.start) && /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, e.start - 12), e.start)));
  const pick = candidates.find((e) => e.subtype === 'city' || e.subtype === 'facility') ?? candidates.find((e) => e.subtype === 'country');
  if (!pick) return null;
  return { name: pick.canonical ?? pick.text, country: pick.country ?? null, text: pick.text, start: pick.start };
}
