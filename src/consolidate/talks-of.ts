/**
 * Incidents a government or a company answers: a later statement blaming someone for a theft, or
 * sanctions over it, is titled with the incident's noun ("Police blame gang for museum theft"), while
 * the incident's own title may tell it by a verb ("Thieves empty museum vault"). A mention of "the May
 * theft" names the incident, so a stored event whose title tells such an answer only talks of it.
 */
const INCIDENT = new Set(['theft', 'heist', 'attack', 'attacks', 'cyberattack', 'cyberattacks', 'intrusion', 'hack', 'hacks', 'breach', 'shooting', 'bombing', 'massacre', 'blast', 'explosion', 'raid', 'strike', 'strikes', 'airstrike', 'airstrikes', 'hijacking', 'seizure', 'ramming']);

/**
 * A title's verb or noun of an answer: blame, attribution, condemnation, sanctions, charges, a warning
 * or an advisory about those who did it ("US, UK and Belgium issue joint warning on Hollowmoth ransomware
 * gang" talks of the hospital attacks it recalls; review ux74a).
 */
const ANSWER = /\b(?:blam(?:e|es|ed|ing)|warn(?:s|ed|ing|ings)?|advisory|advisories|attribut(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|sanction(?:s|ed|ing)?|designat(?:es|ed|ing)|indict(?:s|ed|ment)?|charg(?:e|es|ed)\s+(?:\p{L}+\s+){0,3}(?:over|for|with|in))\b/iu;

/** Whether a stored event titled `title` is an answer (a statement, sanctions) to an incident named by `words`. */
export function talksOfIncident(title: string, words: readonly string[]): boolean {
  if (!words.some((w) => INCIDENT.has(w))) return false;
  return ANSWER.test(title);
}
