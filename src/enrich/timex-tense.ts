/**
 * Whether the words before a date in its sentence put it in the future. News reports the past, so
 * that is the default; the nearest cue before the date decides otherwise: "will meet on Tuesday",
 * "expires Nov. 21", "is expected in December" look ahead, "was signed on March 12" looks back.
 */
const FUTURE_CUE =
  /\b(?:will|shall|going to|plans? to|planned|scheduled|upcoming|expected|expects?|set to|is to|are to|due(?! to (?:the|a|an|its|his|her|their|weak|strong|lower|higher)\b)|payable|expires?|effective|takes effect|deadline|coming|to be|resumes?|starting|beginning)\b|'ll\b/gi;
const PAST_CUE = /\b(?:was|were|had|did|been|said|says|ago|last|earlier|since|met|held|came|went|began|took|gave|made|told|fell|rose|won|lost|left|saw|found|got|sent|struck|(?<!\b(?:be|been|being) )(?!(?:expect|schedul|plann?|propos|extend)ed\b)[a-z]{3,}ed)\b/gi;
/** A deadline just before the date: "by Nov. 22", "holders of record Dec. 21". */
const DEADLINE = /\b(?:by|record)\s+(?:early\s+|late\s+|mid-?)?$/i;
/** How far before a date its governing words may stand ("will meet again on Tuesday"). */
const WINDOW = 60;

export function speaksOfFuture(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - WINDOW), index);
  if (DEADLINE.test(before)) return true;
  const future = lastIndex(FUTURE_CUE, before);
  return future >= 0 && future > lastIndex(PAST_CUE, before);
}

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}
