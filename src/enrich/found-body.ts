/**
 * A named person's body found: "salvage crews boarded the tanker and found the body of able seaman
 * Ramon Dizon". The one missing since the attack is its one dead, and the person named is the one
 * killed. Told actively or passively ("The body of missing deckhand X was recovered"). Only a name (two or three capitalised words) after "the body of" and at most three lower-case
 * words of a job or rank; never "the body of water", nor one told with a possessive ("the body of
 * Smith's car"). The caller reads it only where no other reading gave a death (casualties.ts).
 */
import type { WordGroups } from './word-gate.js';

/** Words every match of FOUND_BODY holds, lower-cased. */
export const FOUND_BODY_WORDS: WordGroups = [['body of']];

/** Lower-case words that are no job before a name: "the body of water beside Lake Marren". */
const NOT_JOB = String.raw`(?:water|land|work|evidence|law|knowledge|literature|research|the|a|an|and|or|of|in|at|on|by|to|for|from|with|near|beside|behind|under|that|which|who|was|were|is|had|has)`;
/** The finding and the job words, up to where the name starts. */
const FINDING = String.raw`\b(?:[Ff]ound|[Rr]ecovered|[Rr]etrieved|[Ii]dentified)\s+the\s+body\s+of\s+(?:(?!${NOT_JOB}\s)\p{Ll}[\p{Ll}'’-]*\s+){0,3}?`;
/** The name, not followed by a possessive. */
const WORD = String.raw`\p{Lu}\p{Ll}\p{L}*(?:[-'’]\p{Lu}\p{L}*)?`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){1,2}(?![\p{L}'’-])`;
const FOUND_BODY = new RegExp(FINDING + NAME, 'u');
/** The same finding read back from the name ("...found the body of able seaman " before "Ramon Dizon"). */
const FOUND_BODY_BEFORE = new RegExp(`${FINDING}$`, 'u');

/** The job words after "the body of" that open a name, passive or active. */
const BODY_OF = String.raw`\b[Tt]he\s+body\s+of\s+(?:(?!${NOT_JOB}\s)\p{Ll}[\p{Ll}'’-]*\s+){0,3}?`;
/** The passive after the name: "was recovered", ", 34, was found", "has been identified". */
const FOUND_AFTER = String.raw`(?:\s*,[^,.;!?\n]{1,60},)?\s+(?:was|has\s+been|had\s+been)\s+(?:found|recovered|retrieved|identified|pulled)\b`;
/** The same told passively: "The body of missing deckhand Tomas Verlaine was recovered on Tuesday". */
const FOUND_BODY_PASSIVE = new RegExp(BODY_OF + NAME + FOUND_AFTER, 'u');
const BODY_OF_BEFORE = new RegExp(`${BODY_OF}$`, 'u');
const FOUND_AFTER_NAME = new RegExp(`^${FOUND_AFTER}`, 'u');

/** Whether the text tells of a named person's body found. */
export function foundBodyOfNamed(text: string): boolean {
  return FOUND_BODY.test(text) || FOUND_BODY_PASSIVE.test(text);
}

/** Whether the words around a person's mention tell passively that their body was found. */
export function bodyFoundAround(lead: string, after: string): boolean {
  return BODY_OF_BEFORE.test(lead) && FOUND_AFTER_NAME.test(after);
}

/** Whether the words before a person's mention tell that their body was found. */
export function bodyFoundBefore(lead: string): boolean {
  return FOUND_BODY_BEFORE.test(lead);
}
