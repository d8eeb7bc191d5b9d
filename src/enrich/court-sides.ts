/**
 * The sides of a case a court report names counsel for ("Ms. Lee, for the Government", "Mr. Roy, for
 * the accused"). "Ann Lee, for the Courier" credits a reporter to an outlet; counsel for a side is a
 * person of the story (credited-people.ts, consolidate/court-roles.ts).
 */
export const PROSECUTION_SIDE = String.raw`(?:government|prosecution|crown|state|people|united\s+states|commonwealth|republic)`;
export const DEFENCE_SIDE = String.raw`(?:accused|defen[cs]e|defendants?|applicants?|appellants?)`;
const SIDE = new RegExp(String.raw`^,\s+(?:appearing\s+)?for\s+the\s+(?:${PROSECUTION_SIDE}|${DEFENCE_SIDE}|plaintiffs?|claimants?|respondents?)\b`, 'i');

/** Whether the text right after a name says the person speaks for a side of a case. */
export function forASide(after: string): boolean {
  return SIDE.test(after);
}
