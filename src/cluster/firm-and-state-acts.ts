/**
 * Two kinds of act a trade or economic story's reports lead with, told apart by who acts: a firm's own
 * news about its money (a profit warning, a forecast cut, results, its shares' move on the day) and a
 * state's measure (tariffs or duties set, an export ban or quota imposed), and a third, the measure put
 * off (postponed, delayed, deferred). In a story that runs for weeks the same places, ministers and
 * words come back at each step, so the join model read a refiner's profit warning two days after a
 * union's tariffs as the tariffs' follow-up (review ux68). Read as the kinds of lead-incident.ts, an
 * act of another kind on another day is another event; the tariffs' later postponement is another act
 * of its own day, which its record links as an earlier event it refers to. A fourth, a market's move
 * (insurance premiums, freight rates or prices risen or cut to a figure), is the market's news, not the
 * seizure or the measure it followed (marketApart).
 */

export type FirmOrStateActKind = 'results' | 'measure' | 'postponement' | 'market';

/** Up to `n` words, lazily: "its full-year profit forecast", "the 25% tariffs". */
const words = (n: number): string => String.raw`(?:[\p{L}\d'’.,%-]+\s+){0,${n}}?`;
/** A percentage: "11.2%", "4 per cent"; its number only, so that the word boundary lead-incident.ts puts after a kind holds. */
const PERCENT = String.raw`\d[\d.,]*(?=\s*(?:%|per\s*cent|percent))`;

/** A state's trade measure: tariffs, duties, levies on imports, export or import bans, quotas and curbs. */
const MEASURE = String.raw`(?:tariffs?|(?:import|export|customs|countervailing|anti-dumping|retaliatory|punitive)\s+(?:duties|levies|tariffs?)|duties\s+on|levies\s+on|(?:export|import)\s+(?:bans?|quotas?|curbs|controls|restrictions|licen[cs]es))`;

/** What a market prices: insurance premiums, freight and charter rates, fares, prices. */
const PRICED = String.raw`(?:premiums?|prices?|(?:freight|charter|shipping|insurance|interest|mortgage)\s+rates|fares|tariffs\s+for\s+cover)`;
/** A move, its figure after it: "rose to 1%", "have risen by 40%", "doubled to $2 million". */
const MOVED = String.raw`(?:(?:have|has|had)\s+)?(?:rose|risen|rises|climbed|climbs|jumped|jumps|surged|surges|soared|soars|doubled|doubles|tripled|spiked|spikes|fell|fallen|falls|dropped|drops|plunged|plunges|slumped|slumps|eased|eases)\s+(?:by\s+|to\s+)?(?:as\s+much\s+as\s+)?(?:more\s+than\s+)?(?:${PERCENT}|[$£€]\s?\d|\d)`;

export const FIRM_AND_STATE_ACTS: [FirmOrStateActKind, string][] = [
  [
    'results',
    [
      String.raw`profit\s+warnings?`,
      String.raw`warn(?:s|ed|ing)?\s+(?:on|of)\s+(?:(?:lower|weaker|falling|a\s+fall\s+in)\s+)?(?:profits?|earnings|sales|revenues?)`,
      String.raw`(?:cut|cuts|cutting|lowered|lowers|slashed|slashes|trimmed|trims|raised|raises|withdrew|withdraws)\s+(?:its|their)\s+${words(3)}(?:forecasts?|guidance|outlook)`,
      String.raw`(?:reported|reports|posted|posts)\s+(?:an?\s+|its\s+|their\s+)?${words(3)}(?:net\s+)?(?:profits?|losses|loss|earnings|results|revenues?)\b(?!\s+of\s+life)`,
      String.raw`shares\s+${words(3)}(?:fell|fall|falls|plunged|plunges|sank|sink|sinks|slumped|slumps|tumbled|tumbles|dropped|drops|jumped|jumps|soared|soars|surged|surges)\s+(?:by\s+)?(?:as\s+much\s+as\s+)?${PERCENT}`,
      String.raw`(?:closed|ended|finished)\s+(?:trading\s+)?(?:down|up|lower|higher)\s+(?:by\s+)?${PERCENT}`,
    ].join('|'),
  ],
  [
    'market',
    [
      String.raw`${PRICED}\s+${words(8)}${MOVED}`,
      String.raw`(?:raised|raises|hiked|hikes|increased|increases|doubled|doubles|cut|cuts|slashed|slashes)\s+${words(3)}(?:war-risk\s+)?${PRICED}`,
    ].join('|'),
  ],
  [
    'postponement',
    String.raw`(?:postponed|postpones|postponing|delayed|delays|delaying|deferred|defers|pushed\s+back|put\s+off|puts\s+off|shelved|shelves)\s+${words(5)}${MEASURE}`,
  ],
  [
    'measure',
    [
      String.raw`(?:announced|announces|imposed|imposes|imposing|impose|set|sets|unveiled|unveils|slapped|slaps|approved|approves|introduced|introduces|adopted|adopts|raised|raises|hiked|hikes|levied)\s+${words(5)}${MEASURE}`,
      String.raw`${MEASURE}\s+${words(6)}(?:was|were|have\s+been|has\s+been)\s+(?:announced|imposed|approved|introduced|adopted)`,
    ].join('|'),
  ],
];

const FIRM_OR_STATE = new Set<string>(FIRM_AND_STATE_ACTS.map(([kind]) => kind));

/**
 * Whether the article leads with one of these kinds and every report of the event with another of
 * them: a firm's results against a state's measure, a measure against its postponement. Each is told
 * by who acted, so the pair is two acts even where neither day can be read (a wire with no dateline,
 * a pasted brief), which the days-apart rules need.
 */
export function otherFirmOrStateAct(article: string, event: readonly string[]): boolean {
  return FIRM_OR_STATE.has(article) && event.length > 0 && event.every((k) => FIRM_OR_STATE.has(k) && k !== article);
}

/**
 * Whether one side is a market's move and the other leads with another kind, a day or more apart: the
 * premiums that rose on Thursday against Wednesday's naval mission, both told after Monday's seizure of
 * a ship and naming it. A move is no step of the act it followed, so the day a report may be misread
 * by does not join them; the same day is left to the other features (a price's jump told in the lead
 * of the strike's own report).
 */
export function marketApart(article: string | null | undefined, event: readonly string[], gap: number | null): boolean {
  if (!article || event.length === 0 || gap === null || gap < 1) return false;
  if (article === 'market') return !event.includes('market');
  return event.every((k) => k === 'market');
}
