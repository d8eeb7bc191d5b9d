/**
 * An act told of a name's belongings in a relative clause: "victims including the Tarn Valley Water
 * Board, whose pumping stations were hit on May 2". The clause's subject ("whose pumping stations") is
 * no noun phrase of the act, and the earlier event's label read "Whose pumping stations hit" (review
 * ux74a); the act was done to the name the clause hangs on: "Attack on Tarn Valley Water Board".
 */

/** The act's noun and preposition for a passive verb a relative clause tells ("were hit"). */
const DONE_TO_NAME: Readonly<Record<string, string>> = {
  hit: 'attack on', attacked: 'attack on', struck: 'strike on', hacked: 'hack of', damaged: 'damage to', destroyed: 'destruction of',
  closed: 'closure of', reopened: 'reopening of', suspended: 'suspension of',
};
/** A capitalised name right before ", whose": what the clause hangs on. */
const NAME_BEFORE = /(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,5}),?\s*$/u;

/** Whether a subject before its verb is a "whose" clause's ("whose hospitals in Gloucester"). */
export function isWhoseSubject(subject: string): boolean {
  return /^\s*whose\s/i.test(subject);
}

/**
 * The label of an act a "whose" clause tells, from the text before the clause and the clause's passive
 * verb: "Attack on Tarn Valley Water Board"; null where no name precedes or the verb names no act done to one.
 */
export function describeWhoseAct(beforeClause: string, verb: string): string | null {
  const act = DONE_TO_NAME[verb.toLowerCase()];
  const name = NAME_BEFORE.exec(beforeClause)?.[1];
  if (!act || !name) return null;
  return `${act.charAt(0).toUpperCase()}${act.slice(1)} ${name}`;
}
