/**
 * A village of two or three capitalised words that the tagger read as a person ("Kani Sard"): the
 * gazetteer knows no such town, so readPersonAsPlace (not-people.ts) could not put it right, and the
 * village stood among a disaster's people. The words around it say "place" where a person is never
 * named so: set off by a place's noun ("Kani Sard, a village east of Halabja"), after someone who
 * lives or works there ("a farmer in Kani Sard", "a shepherd from Kani Sard"), or opening a sentence
 * after "In" ("In Kani Sard, rescuers ..."). Every mention of the name in the report follows, unless
 * another mention tells of a person (an age after it, or the name itself saying something).
 */
import type { Entity } from '../../model/types.js';

const PLACE_NOUN = String.raw`(?:village|town|hamlet|city|district|suburb|neighbou?rhood|settlement|camp|township|valley|municipality)`;
/**
 * "Kani Sard, a village east of Halabja", "Kani Sard, a mountain village of 300 people": the place's
 * noun set off after the name, and not the first word of a post ("a village elder", "a town councillor").
 */
const APPOSED_PLACE = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${PLACE_NOUN}\b(?=\s+(?:in|on|near|of|east|west|north|south|outside|close|some|about|just|where|that|which|whose|with|\d)\b|\s*[,.;—–])`,
  'u',
);
/** "a farmer in Kani Sard", "families from Kani Sard": people or homes of the place before it. */
const DWELLERS_BEFORE = /\b(?:farmers?|shepherds?|herders?|villagers?|residents?|families|homes|houses|survivors|rescuers|schools?|clinics?|mosques?)\s+(?:in|from|near)\s+$/i;
/** "In Kani Sard, ..." at a sentence's start. */
const IN_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)In\s+$/;
/** A person's age set off after the name, or the name saying something: a person after all. */
const PERSON_AFTER = /^(?:,\s*\d{1,3}(?:,|\s+of\b)|\s+(?:said|says|told|added)\b)/;
/** The name as the object of a preposition: "from Kani Sard said" is the shepherd speaking, not the place. */
const PREPOSITION_BEFORE = /\b(?:in|from|near|at|of)\s+$/i;
/** Two or three capitalised words. */
const NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Turns, in place, such a village read as a person into a place, at all its mentions. */
export function villagesReadAsPeople(body: string, entities: Entity[]): void {
  const places = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person' || !NAME.test(e.text)) continue;
    const before = body.slice(Math.max(0, e.start - 30), e.start);
    const followedByComma = /^\s*,/.test(body.slice(e.end, e.end + 2));
    if (APPOSED_PLACE.test(body.slice(e.end, e.end + 80)) || DWELLERS_BEFORE.test(before) || (IN_OPENING.test(before) && followedByComma)) places.add(e.text);
  }
  if (places.size === 0) return;
  for (const e of entities) {
    if (e.type !== 'person' || !places.has(e.text)) continue;
    if (PERSON_AFTER.test(body.slice(e.end, e.end + 12)) && !PREPOSITION_BEFORE.test(body.slice(Math.max(0, e.start - 8), e.start))) places.delete(e.text);
  }
  for (const e of entities) {
    if (e.type !== 'person' || !places.has(e.text)) continue;
    e.type = 'location';
    delete e.subtype;
    delete e.canonical;
  }
}
