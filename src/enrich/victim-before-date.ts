/**
 * An act done to a named victim, right before its date: "the attack on Corvex last week", "the breach
 * of the Harlow Trust last week". A loose "the shooting last week" in a crime report is most often the
 * report's own incident told from a later step, so a whole week is no earlier event by itself
 * (related.ts); naming whom the act was done to is what a report does when it recalls another event.
 */

/** Nouns of acts done to someone, each with the prepositions that name the victim after it. */
const ACT_ON = String.raw`(?:cyber)?attacks?|assault|raid|strikes?|airstrikes?|bombing|shelling|breach|hack|intrusion|theft|heist|hijacking|seizure|ramming`;
const VICTIM_PREPOSITION = String.raw`on|against|of|targeting|from|at`;
/** Words that end a victim's name: what follows is when or how, or another clause. */
const NAME_STOP = String.raw`(?:in|on|at|during|with|for|from|by|and|or|but|after|before|last|this|earlier|since|as|when|while|that|which)`;
/**
 * A determiner, the act's noun, its preposition, then a name with a capital of up to four words, ending
 * the text: the date follows.
 */
const VICTIM_BEFORE_DATE = new RegExp(
  String.raw`\b(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(${ACT_ON})\s+(${VICTIM_PREPOSITION})\s+(?:the\s+)?(\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?!${NAME_STOP}\s)[\p{Lu}\d][\p{L}\d'’&.-]*){0,3})\s+$`,
  'u',
);

/** An act done to a named victim: its description ("Attack on Corvex") and the victim's name ("Corvex"). */
export interface VictimAct {
  description: string;
  victim: string;
}

/** "… citing the attack on Corvex " -> Attack on Corvex; null where no such act ends the text. */
export function victimBeforeDate(before: string): VictimAct | null {
  const m = VICTIM_BEFORE_DATE.exec(before);
  if (!m) return null;
  const noun = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  return { description: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${m[2]} ${m[3]}`, victim: m[3]! };
}
