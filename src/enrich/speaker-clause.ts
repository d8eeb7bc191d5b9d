/**
 * Whether a name after an act verb is the one who tells of the act, not its object: "Police arrested
 * two men on Monday, Commissioner Dara Velk said", "..., Dara Velk, the police commissioner, said",
 * "The United States sanctioned two firms, Treasury Secretary X said". The officer or minister who
 * announces an arrest or a sanction is its source; giving them the act's role makes them a suspect.
 */

/** After the name: its verb of saying, past an age or an apposition of the speaker's post. */
const SPEAKS_AFTER = /^(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*(?:the|a|an|its|his|her|their)\s+[^,;:.!?"“”]{1,80},)?\s+(?:said|says|told|added|wrote|explained|announced|confirmed|stated)\b/i;

/** Before the name: after a comma, a title with no "and" opens the speaker's clause; the list of objects has ended. */
const SPEAKER_AFTER_LIST = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * `between`: the text from the act verb to the name; `after`: the sentence's rest after the name.
 * "arrested A and B, Chief Inspector C told reporters" is the speaker's too.
 */
export function speakerOfAct(between: string, after: string): boolean {
  return SPEAKS_AFTER.test(after) || SPEAKER_AFTER_LIST.test(between);
}
