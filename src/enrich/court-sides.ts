/**
 * The sides of a case a court report names counsel for ("Ms. Lee, for the Government", "Mr. Roy, for
 * the accused"). "Ann Lee, for the Courier" credits a reporter to an outlet; counsel for a side is a
 * person of the story (credited-people.ts, consolidate/court-roles.ts).
 */
export const PROSECUTION_SIDE = String.raw`(?:government|prosecution|crown|state|people|united\s+states|commonwealth|republic)`;
export const DEFENCE_SIDE = String.raw`(?:accused|defen[cs]e|defendants?|applicants?|appellants?)`;
/**
 * The side word must close the phrase: "for the State Journal-Register", "for the People's Daily" and
 * "for the Republic of Ireland" name an outlet or a team, not a side of a case.
 */
export const SIDE_ENDS = String.raw`(?=\s*(?:[,;:.)]|$))`;
const SIDE = new RegExp(String.raw`^,\s+(?:appearing\s+)?for\s+the\s+(?:${PROSECUTION_SIDE}|${DEFENCE_SIDE}|plaintiffs?|claimants?|respondents?)${SIDE_ENDS}`, 'i');

/** Whether the text right after a name says the person speaks for a side of a case. */
export function forASide(after: string): boolean {
  return SIDE.test(after);
}

/** Words that put a sentence in a courtroom; "Ana Ruiz, for the government, said the line opens in May" has none. */
const COURT_WORDS = /\b(?:court(?:room)?s?|judges?|magistrates?|hearings?|trials?|jur(?:y|ors?)|sentencing|sentenced|bail|tribunal|verdict|prosecut\w*|counsel|plea|testif\w+|cross-examin\w+)\b/i;
/** Titles whose full stop ends no sentence ("Ms. Lee"). */
const TITLE_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Prof|St|Jr|Sr|Hon|Gen|Col|Lt|Sgt|Capt|No|[A-Z])$/;

/** The sentence holding [start, end): from the last full stop before it that is no title's, to the next such. */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[from] ?? ' ') && !TITLE_BEFORE.test(text.slice(Math.max(0, from - 6), from - 1))) break;
    from--;
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[to] ?? ' ') && !TITLE_BEFORE.test(text.slice(Math.max(0, to - 7), to - 1))) break;
  }
  return text.slice(from, to);
}

/** Whether the sentence holding [start, end) tells of a court: a hearing, a trial, a judge, bail. */
export function inCourtSentence(text: string, start: number, end: number): boolean {
  return COURT_WORDS.test(sentenceAt(text, start, end));
}
