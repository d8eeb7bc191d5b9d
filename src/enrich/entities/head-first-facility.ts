/**
 * "Hospital Pedro Hispano", "Hôpital Édouard Herriot": a hospital named, in Portuguese, Spanish, French
 * or Italian, by its head word before the person it honours. The tagger reads the person as a person
 * (review ux71b: "Pedro Hispano" a participant of a crash, the hospital the injured were taken to), and
 * in a list ("Hospital de São João and Hospital Pedro Hispano") runs the first hospital on into the
 * second's head word. The head word and the name are one facility, and a body that ran on into the head
 * word ends before it. Not where a capitalised word stands before the head ("Royal Hospital John Smith",
 * a body and then a person) nor where the head is in lower case ("the hospital Maria Silva runs").
 */
import type { Entity } from '../../model/types.js';

const HEAD_BEFORE = /(?<![\p{L}\p{N}])(?:Hospital|Hôpital|Ospedale|Clínica|Clinique|Policlínica|Policlinico)\s+(?:(?:de|do|da|dos|das|del|di|du)\s+)?$/u;
/** What may stand before the head word: nothing, punctuation, or a word in lower case ("to", "and", "at"). */
const OPENS_NAME = /(?:^|[^\p{L}\s]\s*|\s\p{Ll}+\s+|\n\s*)$/u;

/** The entities with each head-first hospital one organisation in place of its person. */
export function headFirstFacilities(body: string, entities: Entity[]): Entity[] {
  if (!/(?:Hospital|Hôpital|Ospedale|Clínica|Clinique|Policlínica|Policlinico)\s/u.test(body)) return entities;
  let out = entities;
  for (const person of entities.filter((e) => e.type === 'person')) {
    const before = body.slice(Math.max(0, person.start - 40), person.start);
    const m = HEAD_BEFORE.exec(before);
    if (!m) continue;
    const headStart = person.start - before.length + m.index;
    if (!OPENS_NAME.test(body.slice(Math.max(0, headStart - 20), headStart))) continue;
    const facility: Entity = { text: body.slice(headStart, person.end), type: 'organization', start: headStart, end: person.end };
    out = out.flatMap((e) => {
      if (e === person) return [facility];
      if (e.end <= headStart || e.start >= person.end) return [e];
      // A body that ran on into the head word ends before it, and before the "and" or comma of the list.
      const kept = body.slice(e.start, headStart).replace(/(?:\s*,|\s+and|\s+e|\s+y|\s+et)?\s*$/u, '');
      return e.start < headStart && kept.length > 0 ? [{ ...e, text: kept, end: e.start + kept.length }] : [];
    });
  }
  return out;
}
