/**
 * Whether a name after an act verb is the one who tells of the act, not its object: "Police arrested
 * two men on Monday, Commissioner Dara Velk said", "..., Dara Velk, the police commissioner, said",
 * "The United States sanctioned two firms, Treasury Secretary X said". The officer or minister who
 * announces an arrest or a sanction is its source; giving them the act's role makes them a suspect.
 */

/** After the name: its verb of saying, past an age or an apposition of the speaker's post. */
const SPEAKS_AFTER = /^(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*(?:the|a|an|its|his|her|their)\s+[^,;:.!?"“”]{1,80},)?\s+(?:said|says|told|added|wrote|explained|announced|confirmed|stated)\b/i;

/**
 * The verb of saying has a subject of its own after it, so the name is the act's object: "Police
 * arrested Daniel Marsh, 34, said Chief Inspector Sarah Kemp", or no saying at all:
 * "X, 34, said to be the gang leader" (review75). A weekday or a time after it is when the name spoke
 * ("said Monday"); "said the men ..." is what it said. Case-sensitive: with the "i" flag \p{Lu} would take any letter.
 */
const SUBJECT_AFTER_VERB = /^\s+(?:to\s+(?:be|have)\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)\p{Lu})/u;

/** Before the name: after a comma, a title with no "and" opens the speaker's clause; the list of objects has ended. */
const SPEAKER_AFTER_LIST = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * `between`: the text from the act verb to the name; `after`: the sentence's rest after the name.
 * "arrested A and B, Chief Inspector C told reporters" is the speaker's too.
 */
export function speakerOfAct(between: string, after: string): boolean {
  const says = SPEAKS_AFTER.exec(after);
  if (says && !SUBJECT_AFTER_VERB.test(after.slice(says[0].length))) return true;
  return SPEAKER_AFTER_LIST.test(between);
}
