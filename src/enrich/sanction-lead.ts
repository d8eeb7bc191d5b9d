/**
 * A sanctions or visa-ban report names the deadly crackdown it answers by its toll ("the October 24
 * protest in Bishkek, in which a protester was killed", "the use of force that killed 23-year-old
 * Bakyt Osmonov"): a government's measure killed no one, and kept, the crackdown's death counted again on
 * each record of the measures taken over it (review ux75b fault 5). Only a toll told in a relative
 * clause on what the measure answers is dropped; a death told as news of its own in such a report
 * ("Police fired on the crowd outside the embassy, killing two") stays.
 */
import type { Casualties } from '../model/types.js';

/**
 * A government's measure in the headline or the lead: sanctions, visa bans or restrictions, travel bans,
 * asset freezes imposed, or assets frozen.
 */
const SANCTION_LEAD = new RegExp(
  String.raw`\b(?:impos(?:ed|es|ing)|announc(?:ed|es|ing)|slapp(?:ed|s|ing))\s+(?:[\p{L}-]+\s+){0,3}?(?:sanctions|visa\s+(?:bans?|restrictions)|travel\s+bans?|asset\s+freezes?)\b` +
    String.raw`|\b(?:froze|freezes|freezing|has\s+frozen)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?assets\b` +
    String.raw`|\bsanction(?:s|ed)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:officials?|commanders?|generals?|officers?|ministers?|judges?|individuals)\b`,
  'iu',
);

/**
 * A toll in a relative clause: "..., in which a protester was killed", "the force that killed Bakyt
 * Osmonov". Not "that" after a verb of telling: "police said that two protesters were killed" tells
 * the death as news.
 */
const HARM_CLAUSE = /\b(?:(?<!\b(?:said|says|say|told\s+\w+|reported|reports|announced|announces|confirmed|confirms|added|adds|stated|states|claimed|claims|warned)\s+)that|which|in\s+which|during\s+which)\s+(?:[^.;!?\n]{0,80}?\s)?(?:killed|died|dead|wounded|injured|hurt)\b[^.;!?\n]*/gi;

/** Whether the headline or the lead (text up to its second paragraph break) tells of a sanctions measure. */
export function leadsWithSanction(text: string): boolean {
  return SANCTION_LEAD.test(text.split(/\n\s*\n/).slice(0, 2).join('\n'));
}

/**
 * The figures of a sanctions report, or null where each is owed to a relative clause on the harm the
 * measure answers; any other report's figures as found.
 */
export function sanctionTollOrNone(found: Casualties | null, text: string, find: (text: string) => Casualties | null): Casualties | null {
  if (!found || !leadsWithSanction(text)) return found;
  const blanked = text.replace(HARM_CLAUSE, (m) => ' '.repeat(m.length));
  if (blanked === text) return found;
  const rest = find(blanked);
  const owed = (kind: 'killed' | 'injured' | 'died'): boolean => found[kind] == null || rest?.[kind] == null || rest[kind]! < found[kind]!;
  return owed('killed') && owed('injured') && owed('died') ? null : found;
}
