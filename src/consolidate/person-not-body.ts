/**
 * Names the tagger typed as organisations that are a person or a fragment of another body's name:
 * - a title and a surname ("U.S. Attorney Ferreira", "District Judge Ostby") where the article names
 *   a person of that surname: the person, by title, not a body;
 * - the tail of a possessive whose owner the text names elsewhere ("the Office's Fraud Unit"): "Office's
 *   Fraud Unit" is no body's name, only a part of the one the report means by "the Office".
 */
import type { Entity } from '../model/types.js';

/** Titles written before a surname alone. */
const TITLE = String.raw`(?:attorney|attorney general|district attorney|prosecutor|judge|justice|magistrate|secretary|minister|president|governor|senator|representative|mayor|director|commissioner|chairman|chairwoman|chair|sheriff|inspector|ambassador|spokesman|spokeswoman|spokesperson|chancellor|premier)`;
const TITLE_AND_SURNAME = new RegExp(String.raw`(?:^|\s)${TITLE}\s+(\p{Lu}[\p{L}'’-]+)$`, 'iu');
/** A kind of body in the possessive opening the name. */
const KIND_POSSESSIVE = /^(?:office|department|ministry|agency|bureau|court|company|firm|bank|group|service|authority|commission|council|government|exchange|fund|unit|division)['’]s\s+\S/i;

/** Whether `text` is a title and the surname of a person the article names. */
export function titledPerson(text: string, entities: readonly Entity[]): boolean {
  const surname = TITLE_AND_SURNAME.exec(text.trim())?.[1];
  // "Attorney General": the last word is the title's own, not a surname.
  if (!surname || /^(?:general|general's)$/i.test(surname)) return false;
  return entities.some((e) => e.type === 'person' && e.text.trim().split(/\s+/).length >= 2 && e.text.trim().split(/\s+/).at(-1) === surname);
}

/** Whether `text` opens with a kind of body in the possessive ("Office's ..."): the tail of a longer reference. */
export function possessiveTail(text: string): boolean {
  return KIND_POSSESSIVE.test(text.trim());
}
