/**
 * Whether a report leads with a meeting of states' people: a summit, talks held, leaders or ministers
 * who met. A meeting is an event of its own day. Weeks after a vote, the summit of the same presidents
 * is told with the vote's people and words ("the first since the disputed run-off"), and the join model,
 * which reads shared people across weeks as a story's follow-up, joined it to the statements on the vote
 * a month before (review ux66: two groups of reports naming the same two presidents). What tells them
 * apart is what each lead reports: a meeting, or no meeting.
 */

/**
 * "summit" in lower case: "Summit County", "Summit Avenue" are places. Not a mountain's ("the summit of
 * the peak", "reached the summit").
 */
const SUMMIT = /\bsummits?\b(?!\s+of\b)(?<!\b(?:reached|climbed|to)\s+the\s+summits?)/u;
/** Talks as a meeting held: "held talks", "for talks", "opened two days of talks", "resumed peace talks". */
const TALKS = /\b(?:held|hold|holds|holding|opened|open|began|begin|resumed|resume|concluded|ended|for|at|in)\s+(?:[\w-]+\s+){0,3}?talks\b/iu;
/**
 * Leaders, ministers, envoys who met or gathered: not residents at a meeting on a shooting. A minister or
 * a commissioner named by title ("Trade Minister A and Commissioner B met in Bangkok") too (review ux68).
 */
const MET = /\b(?:leaders|ministers|presidents|premiers|heads\s+of\s+(?:state|government)|envoys|delegations|delegates|negotiators|diplomats|foreign\s+minister|prime\s+minister|president|(?:trade|foreign|finance|economy|economic|agriculture|energy|defen[cs]e|EU|European)\s+(?:minister|commissioner))\b[^.;]{0,80}?\b(?:met|meet|meets|gathered|gather|convened|convene|hosted)\b/iu;

/**
 * Two office-holders named together who met: "Fisheries Minister A and EU Fisheries Commissioner B met".
 * One alone who met someone ("Police Commissioner Reyes met the families") is no meeting of leaders.
 */
const MET_PAIR = /\b(?:minister|commissioner|secretary)\b[^.;]{0,60}?\band\b[^.;]{0,60}?\b(?:minister|commissioner|secretary)\b[^.;]{0,60}?\b(?:met|meet|meets|gathered|convened)\b/iu;

/**
 * A meeting held, told by where the act was done: "agreed on Tuesday to ..., at an emergency meeting",
 * "during an extraordinary session". With office-holders of states in the lead (OFFICIALS): residents
 * "at a meeting" on a shooting are no meeting of states' people.
 */
const MEETING_HELD = /\b(?:at|during)\s+(?:an?|the|their)\s+(?:(?:emergency|extraordinary|special|informal|crisis|closed-door|two-day|one-day)\s+)?(?:meeting|session)\b/iu;
const OFFICIALS = /\b(?:ministers|heads\s+of\s+(?:state|government)|presidents|premiers|prime\s+ministers|envoys|delegations|diplomats|commissioners)\b/iu;
/**
 * A clause after the lead's own news of what it came after or since: "(added 14 tankers to its list),
 * two days after energy ministers met in Brussels". The meeting there is another event, recalled
 * (review ux73a: the sanctions' report was read as leading with the ministers' meeting). Only after
 * three words of a main clause: "After talks in Doha, the envoys met" keeps its lead.
 */
const RECALLED_CLAUSE = /(?<=\S+\s+\S+\s+\S+[^.;]*?)(?:,\s*|\s)(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+)?(?:after|since|following)\s[^;]*$/iu;

/** Whether a lead sentence (or a headline) reports a meeting of leaders, ministers or envoys. */
export function leadsWithMeeting(lead: string): boolean {
  const own = lead.replace(RECALLED_CLAUSE, '');
  return SUMMIT.test(lead) || TALKS.test(lead) || MET.test(own) || MET_PAIR.test(own) || (MEETING_HELD.test(own) && OFFICIALS.test(own));
}

/**
 * Whether a pair more than six days apart reports a meeting on one side and no meeting on the other:
 * the article leads with one and none of the event's reports does, or every report of the event leads
 * with one and the article does not. `meetings` is how many of the event's `size` reports lead with a
 * meeting. A story whose reports lead both ways (talks running for weeks, told between sessions) is
 * left to the model.
 */
export function meetingApart(article: boolean, meetings: number, size: number): boolean {
  return article ? meetings === 0 : size > 0 && meetings === size;
}
