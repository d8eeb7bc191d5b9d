/**
 * "Porto's Francisco Sá Carneiro Airport (OPO)", "Flight MD418 from Frankfurt (FRA)": three capitals in
 * brackets right after an airport or a town are its airport's code, which the tagger reads as a body
 * (review ux71b: OPO, FRA and LYS listed as organisations, each one more key to join stories by). Not
 * in a dateline ("PARIS (AFP) -", the agency's credit) and not without an air-travel word in the
 * sentence: "the Frankfurt (ECB) meeting" is rare, but a body's initials after a town are not a code.
 */
import type { Entity } from '../../model/types.js';

/** Words of air travel that a sentence giving an airport's code holds. */
const AIR_WORDS = /\b(?:airports?|flights?|flew|flying|runways?|landing|landed|take-?off|took off|departed|bound|approach|aircraft|jet|airliner|plane|terminal)\b/i;
/** What a dateline's credit is followed by: a dash or a colon. */
const DATELINE_AFTER = /^\)\s*(?:[-–—:]|$)/;

/** The entities without the airport codes the tagger read as bodies or people. */
export function withoutAirportCodes(body: string, entities: Entity[]): Entity[] {
  if (!body.includes('(')) return entities;
  return entities.filter((e) => !isAirportCode(body, e, entities));
}

function isAirportCode(body: string, code: Entity, entities: readonly Entity[]): boolean {
  if (code.type === 'location' || !/^[A-Z]{3}$/.test(code.text) || body[code.start - 1] !== '(' || body[code.end] !== ')') return false;
  if (DATELINE_AFTER.test(body.slice(code.end, code.end + 4))) return false;
  // Right after the bracket's opening: an airport's name, or a place the tagger found.
  const before = body.slice(0, code.start - 1).replace(/\s+$/, '');
  const named = entities.find((e) => e.end === before.length);
  // "Porto airport (OPO)": the word in lower case right after a place the tagger found is the airport too.
  const lower = /\s+airport$/.exec(before);
  const town = lower ? entities.find((e) => e.type === 'location' && e.end === lower.index) : undefined;
  const airport = /\b(?:Airport|Aeroporto|Aéroport|Aeropuerto|Flughafen)$/.test(before) || town !== undefined || (named !== undefined && /\b(?:Airport|Aeroporto|Aéroport|Aeropuerto|Flughafen)\b/.test(named.text));
  if (!airport && named?.type !== 'location') return false;
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0);
  const sentenceEnd = body.slice(code.end).search(/[.!?](?:\s|$)/);
  const sentence = body.slice(sentenceStart, sentenceEnd < 0 ? body.length : code.end + sentenceEnd);
  return airport || AIR_WORDS.test(sentence);
}
