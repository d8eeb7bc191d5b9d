/**
 * "A Meridian Air Valcourt VA-220", "a Rhône Airlines Boeing 737": an airline's name and the maker of
 * its aircraft, run together before the model, which the tagger reads as one body (review ux71b:
 * "Meridian Air Valcourt", "Rhône Airlines Boeing"). Where a name ends in a word after an airline's
 * trade word ("Air", "Airlines") and a model's designation follows, the airline ends at its trade word
 * and the rest is the maker. Not where the trade word opens the name ("Air Canada Rouge") or ends it
 * ("Korean Air Lines"): those are one airline. A model's letters glued to its number ("VA-220") are
 * no part of a name before them ("Valcourt VA") and no place ("VA", Virginia). Nor where a word of an
 * armed service follows the trade word ("Royal Air Force C-130", "US Air Force B-52", "Texas Air National
 * Guard", "Air Mobility Command"): those are one body, no airline and maker (review72 fault 4).
 */
import type { Entity } from '../../model/types.js';

const AIRLINE_WORDS = new Set(['air', 'airlines', 'airline', 'airways', 'lines', 'aviation', 'express', 'cargo', 'jet', 'connect', 'regional']);
/** Makers of airliners, named alone before a model after an airline whose name has no trade word ("Atlavia Airbus A320"). */
const MAKERS = new Set(['airbus', 'boeing', 'embraer', 'bombardier', 'atr', 'fokker', 'comac', 'sukhoi', 'antonov', 'tupolev', 'ilyushin', 'cessna', 'dornier', 'saab']);
/** Words of an armed service's name after "Air": such a name is one body. */
const SERVICE_WORDS = new Set(['force', 'forces', 'command', 'wing', 'wings', 'corps', 'guard', 'national', 'squadron', 'regiment', 'division', 'group', 'reserve', 'arm', 'service', 'defense', 'defence', 'mobility', 'combat', 'staff', 'cadets', 'patrol']);
/** A model's designation: "737", "737-800", "VA-220", "A320neo", "E190". */
const MODEL_AFTER = /^\s+(?:[A-Z]{1,3}-?)?\d{2,4}(?:-?\d{1,3})?[a-z]*\b/;

/** A model's letters glued by a hyphen to its number ("VA-220"), which the tagger ends a name with or reads as a place (Virginia). */
const MODEL_LETTERS = /(?:^|\s)[A-Z]{1,3}$/;
const MODEL_NUMBER_AFTER = /^-\d{2,4}\b/;

/** The organisations with each airline-and-maker name cut in two, and no model's letters left in a name or as a place. */
export function airlinesApartFromMakers(body: string, entities: Entity[]): Entity[] {
  const glued = (e: Entity): boolean => e.type !== 'person' && MODEL_LETTERS.test(e.text) && MODEL_NUMBER_AFTER.test(body.slice(e.end, e.end + 6));
  if (!entities.some((e) => glued(e) || (e.type === 'organization' && MODEL_AFTER.test(body.slice(e.end, e.end + 16))))) return entities;
  return entities.flatMap((e) => {
    if (!glued(e)) return e.type === 'organization' ? split(body, e) : [e];
    // "Meridian Air VA" of "Meridian Air VA-220": the name ends before the model's letters.
    const name = e.text.replace(MODEL_LETTERS, '');
    return name.length === 0 || e.type !== 'organization' ? [] : split(body, { ...e, text: name, end: e.start + name.length });
  });
}

function split(body: string, e: Entity): Entity[] {
  if (!MODEL_AFTER.test(body.slice(e.end, e.end + 16))) return [e];
  const words = [...e.text.matchAll(/\S+/g)];
  // The last airline word that neither opens nor ends the name, with only capitalised words after it.
  let cut = -1;
  for (let i = 1; i < words.length - 1; i++) if (AIRLINE_WORDS.has(words[i]![0].toLowerCase())) cut = i;
  // "Atlavia Airbus A320": an airline with no trade word in its name, then a maker the list knows.
  if (cut < 0 && words.length >= 2 && MAKERS.has(words[words.length - 1]![0].toLowerCase())) cut = words.length - 2;
  if (cut < 0 || words.slice(cut + 1).some((w) => !/^\p{Lu}/u.test(w[0]) || AIRLINE_WORDS.has(w[0].toLowerCase()) || SERVICE_WORDS.has(w[0].toLowerCase()))) return [e];
  const airlineEnd = e.start + words[cut]!.index + words[cut]![0].length;
  const makerStart = e.start + words[cut + 1]!.index;
  return [
    { text: body.slice(e.start, airlineEnd), type: 'organization', start: e.start, end: airlineEnd },
    { text: body.slice(makerStart, e.end), type: 'organization', start: makerStart, end: e.end },
  ];
}
