/**
 * What an event's search row weighs as the event's own: a search for a word should rank the event
 * whose act the word names over one that names it in background. An event's lead often recalls
 * what led to it ("ministers met on Tuesday ..., after last week's cable damage and Saturday's
 * blackout near Berlin"), and in the heavily weighted summary column that clause had ranked the
 * ministers' meeting above the blackout itself (review ux73a, fault 12). So:
 * - the summary column leaves out such a clause: a connective ("after", "following", "amid",
 *   "unlike", "days after") that names an earlier time by a possessive ("last week's", "Saturday's")
 *   or "earlier", to the sentence's end; its words stay searchable in the facts column, weighted as facts;
 * - the themes column adds the event's kind, read from its title and its lead as kept: a "blackout"
 *   where they tell one in other words ("cut power to 45,000 homes", "left without power"), so the
 *   kind counts as a theme does.
 * Both stores index what eventSearchText gives them, so both rank this way.
 */

/** An earlier time named by a possessive or by "earlier": "last week's", "Saturday's", "yesterday's", "the earlier". */
const EARLIER = String.raw`(?:last\s+(?:week|weekend|month|year|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|the\s+earlier|earlier\s+this\s+(?:week|month))`;

/** The connective opening a clause of background, and within it an earlier time, up to the sentence's end. */
const BACKGROUND_CLAUSE = new RegExp(String.raw`(?:,\s*|\s+)(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:hours?|days?|weeks?)\s+)?(?:after|following|amid|unlike|in\s+the\s+wake\s+of|in\s+response\s+to)\s+[^.!?]*?${EARLIER}[^.!?]*`, 'giu');

/** The summary as the summary column indexes it: without clauses that recall earlier events. */
export function ownSummaryText(summary: string): string {
  return summary.replace(BACKGROUND_CLAUSE, '');
}

/**
 * Kinds of event news writes in other words, each with the words that tell it. A short hand-kept
 * table beside search-synonyms.ts (which widens what is typed): this widens what is indexed, and only
 * from the event's own title and lead.
 */
const KINDS: readonly { kind: string; told: RegExp }[] = [
  { kind: 'blackout', told: /\b(?:blackouts?|power\s+(?:outages?|cuts?|failures?)|electricity\s+outages?|(?:cut|cuts|cutting|knocked\s+out|knocks\s+out|lost|loses|losing)\s+(?:the\s+)?(?:power|electricity)|without\s+(?:power|electricity))\b/i },
];

/** The event's kinds its title and lead tell, as words for the themes column ("blackout"), each once. */
export function kindText(title: string, summary: string): string {
  const lead = /^[^.!?]*[.!?]?/.exec(ownSummaryText(summary))?.[0] ?? '';
  return KINDS.filter((k) => k.told.test(title) || k.told.test(lead))
    .map((k) => k.kind)
    .join(' ');
}
