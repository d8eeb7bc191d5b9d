/**
 * A vote a report may lead with, as lead-incident.ts reads it beside strikes, arrests and protests:
 * people voting in an election or a referendum ("the country voted for a president on Sunday",
 * "voters went to the polls") and the count of that vote as it comes in ("had won 61 percent of the
 * vote", "her share of the vote rose to 63 percent"). An election's story runs for weeks with the same
 * candidates, commission and towns, so a report leading with no kind of its own would otherwise let
 * the first protest against the result, days later, join polling day as its follow-up (review ux75b).
 * With the vote as a kind, a protest led report on a day of its own is another event.
 *
 * Each form needs its verb and the vote's noun: "the election result", "an election rally" and
 * "lawmakers voted to raise a tax" name a vote without reporting one held.
 */

export type VoteKind = 'vote';

/**
 * What people vote in: an election or a referendum, with up to three words before it ("first
 * parliamentary"). "Polls" only in the plural: fans or readers who "voted in an online poll" answered
 * an opinion poll, no vote held.
 */
const BALLOT = String.raw`(?:(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:elections?|referendum|plebiscite|run-?off|polls))`;
/** An office voted for: "voted for a president", "for a new parliament". */
const OFFICE = String.raw`(?:(?:a|an|the|its|their)\s+(?:new\s+)?(?:president|parliament|prime\s+minister|mayor|governor|legislature|assembly|head\s+of\s+state))`;
/** A day between the verb and what follows: "voted on Sunday", "voted Sunday". */
const DAY = String.raw`(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?`;
/** A share of the vote: "61.4 percent", "52%", "a majority". */
const SHARE = String.raw`(?:\d{1,2}(?:[.,]\d{1,2})?\s*(?:percent|per\s*cent|%)|an?\s+(?:clear\s+|narrow\s+|absolute\s+)?majority)`;

export const VOTES: [VoteKind, string][] = [
  [
    'vote',
    [
      // Polling: "voted for a president on Sunday", "voted Sunday in a parliamentary election".
      String.raw`(?:voted|votes|are\s+voting|were\s+voting)\s+${DAY}(?:for\s+${OFFICE}|in\s+${BALLOT})`,
      String.raw`(?:went|go|goes|going|headed|head|heads)\s+to\s+the\s+polls`,
      String.raw`voters\s+(?:[\p{L}-]+\s+){0,3}?(?:cast|casting)\s+(?:their\s+)?ballots`,
      // The count: "had won 61.4 percent of the vote", "share of the vote rose to 63.2 percent".
      String.raw`(?:won|wins|taken|took|takes|secured|secures|received|receives)\s+${SHARE}\s+of\s+the\s+(?:vote|votes|ballots)`,
      String.raw`share\s+of\s+the\s+vote\s+(?:rose|fell|climbed|dropped|slipped|edged\s+up|rises|falls)`,
      String.raw`(?:released|releases|announced|announces|published|publishes)\s+(?:the\s+)?(?:preliminary|provisional|partial)\s+(?:election\s+)?results(?!\s+(?:of|from|on|in)\b)`,
    ].join('|'),
  ],
];
