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
/**
 * A sentence's first word is capitalised too: "In Gloucester, whose hospitals ..." read "Attack on In
 * Gloucester" (review75). A preposition or article opening the run is no part of the name.
 */
const OPENING_WORD = /^(?:(?:In|At|On|For|From|Near|Across|After|Before|By|With|To|Of|And|But|The|A|An)\s+)+/u;
/** A day or a month is when, not whom: "attacks on Monday, whose ..." is no act on "Monday". */
const WHEN_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

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
  const run = NAME_BEFORE.exec(beforeClause)?.[1];
  const stripped = run?.replace(OPENING_WORD, '');
  // "The Hague" keeps its article: a one-word rest after "The" is a name that carries it.
  const name = run && /^The\s+\S+$/u.test(run) ? run : stripped;
  if (!act || !name || WHEN_NAME.test(name)) return null;
  return `${act.charAt(0).toUpperCase()}${act.slice(1)} ${name}`;
}
