/**
 * An intrusion an agency's attribution names by its written-out day: "The FBI on Friday formally
 * attributed the theft ... The bureau said the group carried out the April 7 breach of the exchange".
 * The attribution is an event of its own day (cluster/cyber-attribution.ts keeps it apart from the
 * intrusion), so the breach's stated day, named in passing, must not outweigh the lead's inferred one
 * (review ux77b: the FBI's blame took the heist's date and joined it). Only where the lead is an
 * attribution: a follow-up of a crime ("charged over the May 25 shooting") is dated by its incident.
 */
import { leadIncident } from '../cluster/lead-incident.js';
import { ARTICLE_BEFORE, MONTH_DAY } from './dated-public-event.js';

/** The intrusion the day modifies, after at most two words ("the April 7 crypto heist"). */
const INTRUSION_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:breach|hack|hacking|heist|theft|intrusion|cyber-?attack|attack|raid|exploit)\b/iu;

/** Whether the lead is an agency's attribution of an intrusion. */
export function attributionLead(lead: string): boolean {
  return leadIncident(lead) === 'attribution';
}

/** Whether a date (`text`, with the words before and after it) names the intrusion an attribution lead is about. */
export function attributedIntrusionDay(before: string, text: string, after: string): boolean {
  return MONTH_DAY.test(text.trim()) && ARTICLE_BEFORE.test(before) && INTRUSION_AFTER.test(after);
}
