/**
 * A sentence that opens with a body named only by its kind ("The agency also blamed the unit", "The
 * ministry said") leans on an earlier sentence of its report that named the body. In a summary drawn
 * from several reports that sentence may not be there, and "the agency" then names no one. So such a
 * sentence reads well only after a chosen sentence that holds the kind's word ("the Border Agency",
 * "the agency"); an abbreviation of the body's name ("PBA") is not enough.
 */
const BODY_OPENING = /^["“]?The\s+(agency|ministry|department|bureau|office|service|company|firm|group|council|commission|regulator|court|authority|watchdog|unit|institute|committee)\b/i;

/** Whether `text` opens with a body named by its kind alone that none of the `chosen` sentences names. */
export function leansOnUnnamedBody(text: string, chosen: readonly string[]): boolean {
  const m = BODY_OPENING.exec(text);
  if (!m) return false;
  const word = new RegExp(String.raw`\b${m[1]}\b`, 'i');
  return !chosen.some((c) => word.test(c));
}
