/**
 * Whether a report leads with donors pledging aid or meeting to ("Donors pledge $450 million for quake
 * survivors", "A donors' conference in Geneva", "a reconstruction conference"). Such a report's own
 * news is the pledges, a week or more after the disaster it raises money for, and it often names that
 * disaster only by its toll ("the earthquake, which killed 372 people"), with no day: recalled-toll.ts
 * then reads the toll as the earlier event's, as it does where the report names an earlier day. Donors
 * must be named: "pledged $5,000" alone is as often a reward offered over a shooting, whose toll is the
 * report's own.
 */

/** Donors and their pledges or meeting, or a conference held for pledges, aid or rebuilding. */
const PLEDGE_LEAD = /\b(?:donors?['’]?\s+(?:conference|meeting|summit)|(?:pledging|aid|reconstruction|relief)\s+conference)\b|\bdonors?\b[^.;]{0,80}?\bpledg(?:e|ed|es|ing)\b|\bpledg(?:e|ed|es|ing)\b[^.;]{0,80}?\bdonors?\b/i;

/** Whether the headline or the lead (the text up to its second paragraph break: "headline.\n\nlead") tells of donors' pledges. */
export function leadsWithPledges(text: string): boolean {
  const lead = text.split(/\n\s*\n/).slice(0, 2).join('\n');
  return PLEDGE_LEAD.test(lead);
}
