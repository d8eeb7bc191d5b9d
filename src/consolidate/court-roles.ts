/**
 * Court reports and a court's own pages name the parties as the record lists them: "Mr. A, the
 * accused", "Ms. B, for the Government" (the prosecutor), "Mr. C, for the accused" (the defence
 * counsel). The phrase after the name is the role, and a desk filtering a case wants the defendant,
 * the prosecutor and the defence told apart. Counsel named "for" a side appear at the hearing the
 * report tells: they are the event's people even where their sentence recalls what came before it
 * ("told the court that the accused had moved money before his arrest").
 */
import type { PersonMention } from '../model/types.js';
import { DEFENCE_SIDE, inCourtSentence, PROSECUTION_SIDE, SIDE_ENDS } from '../enrich/court-sides.js';

const PARTY = /^,\s+(?:the\s+)?(?:accused|defendant)\b/i;
const PROSECUTION = new RegExp(String.raw`^,\s+(?:appearing\s+)?for\s+the\s+${PROSECUTION_SIDE}${SIDE_ENDS}`, 'i');
const DEFENCE = new RegExp(String.raw`^,\s+(?:appearing\s+)?for\s+the\s+${DEFENCE_SIDE}${SIDE_ENDS}`, 'i');

export type CourtRole = 'defendant' | 'prosecutor' | 'defence lawyer';

/**
 * The role the phrase right after one of the person's mentions gives, or null. Only in a sentence
 * that tells of a court: "for the government" or "for the United States" elsewhere is a spokesperson
 * or an athlete, not counsel.
 */
export function courtRole(body: string, person: PersonMention): CourtRole | null {
  for (const mention of person.mentions) {
    if (!inCourtSentence(body, mention.start, mention.end)) continue;
    const after = body.slice(mention.end, mention.end + 60);
    if (PARTY.test(after)) return 'defendant';
    if (PROSECUTION.test(after)) return 'prosecutor';
    if (DEFENCE.test(after)) return 'defence lawyer';
  }
  return null;
}

/**
 * The person with the court role as the role where the article gives none, and named in the event
 * where the role is counsel's. A role the article states otherwise is kept.
 */
export function withCourtRole(body: string, person: PersonMention): PersonMention {
  const role = courtRole(body, person);
  if (role === null) return person;
  const counsel = role !== 'defendant';
  const inEvent = person.inEvent || (counsel && !person.credit && !person.caption);
  if (person.role) return inEvent === person.inEvent ? person : { ...person, inEvent };
  return { ...person, role, roleMentions: person.mentions.slice(0, 1), inEvent };
}
