/**
 * A meeting of states' people told by its verb right before its day, as an earlier event: "Energy
 * ministers who met in Vienna on Tuesday had asked for ...", "after the leaders met at Camp David on".
 * An event noun ("the meeting", "talks") is what related.ts reads an earlier event by; a meeting told
 * only by "met" had no description and was dropped (review ux73a: the sanctions' record did not list
 * the ministers' meeting two days before). Office-holders only: "residents who met at the church on
 * Sunday" are no meeting of states.
 */

/** Office-holders; the first letter either case (the place after them must be capitalised, so no flag for case). */
const WHO = String.raw`(?:[Mm]inisters|[Ll]eaders|[Pp]residents|[Pp]remiers|[Pp]rime\s+[Mm]inisters|[Hh]eads\s+of\s+(?:state|government)|[Ee]nvoys|[Dd]elegates|[Dd]elegations|[Dd]iplomats|[Nn]egotiators|[Cc]ommissioners)`;
/** "ministers who met in Vienna on ", "leaders had met at Camp David on ": group 1 the place. */
const MET_BEFORE_DATE = new RegExp(String.raw`\b${WHO}\s+(?:[\p{L}-]+\s+){0,3}?(?:who\s+|had\s+|have\s+)?met\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:on\s+)?(?:(?:early|late)\s+)?$`, 'u');

/** "Energy ministers who met in Vienna on " -> "Meeting in Vienna"; null where no such meeting ends the text. */
export function describeMeetingBeforeDate(before: string): string | null {
  const m = MET_BEFORE_DATE.exec(before);
  return m ? `Meeting in ${m[1]}` : null;
}
