/**
 * A relative told by the death of their kin: "Ann Lee, whose son Tom was killed in the blast, said ...".
 * The clause names one of the dead to say who the speaker is; read as a toll it made a lone death of
 * an explosion that killed five (in a follow-up whose own sentence with the toll was another day's).
 * The clause is blanked from "whose" to its end (offsets kept); the rest of the text gives the toll.
 */

const KIN = String.raw`(?:son|daughter|husband|wife|partner|brother|sister|father|mother|child|grandson|granddaughter|nephew|niece|fianc[eé]e?|boyfriend|girlfriend|cousin|uncle|aunt)`;

const WHOSE_KIN = new RegExp(String.raw`\bwhose\s+(?:(?:\d{1,2}-year-old|eldest|youngest|only|teenage|younger|older|elder)\s+)?${KIN}\b[^,.;!?\n"“”]*`, 'gi');

/** The text with each "whose <relative> ..." clause blanked. */
export function withoutKinOfDead(text: string): string {
  return /\bwhose\b/i.test(text) ? text.replace(WHOSE_KIN, (m) => ' '.repeat(m.length)) : text;
}
