/**
 * The acts of public bodies a report may lead with, as lead-incident.ts reads them beside strikes,
 * seizures and releases: an outbreak or an emergency declared, a curfew imposed or lifted, a border
 * closed or reopened, a vaccination campaign begun, a naval or military mission announced or warships
 * sent, aid arrived, flights suspended or resumed, an
 * accord signed, a court's ruling, and an epidemic's running tally told on a day. A story that runs
 * for weeks (an outbreak, a crisis between neighbours) is told with the same minister, places and words
 * at every step, so the join model reads each step as the first one's follow-up (review ux67b: five
 * weeks of an outbreak became one event). Each step is an act of its own day, which the record of a
 * later step lists among the earlier events it refers to.
 *
 * Each act needs what it was done to: "declared dead", "closed the case" or "launched an
 * investigation" are no acts of a public body, and a shooting's report is never read as one.
 */

export type PublicActKind = 'declaration' | 'lifting' | 'imposition' | 'closure' | 'reopening' | 'launch' | 'deployment' | 'arrival' | 'suspension' | 'resumption' | 'signing' | 'ruling' | 'tally';

/** Up to `n` words between a verb and what it acts on: "declared a national public health emergency". */
const words = (n: number): string => String.raw`(?:[\p{L}\d'’.,-]+\s+){0,${n}}?`;
/** As words(n), none of them a door or a word that places the act beside something ("closed its doors near the airport"). */
const wordsNotBeside = (n: number): string => String.raw`(?:(?!(?:doors|near|at|by|outside|beside|next|close|to|on|in|from|after|before)\b)[\p{L}\d'’.,-]+\s+){0,${n}}?`;
/** A passive's or a perfect's auxiliary, optional: "was declared", "has been lifted", "remained closed". */
const AUX = String.raw`(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+)?(?:(?:officially|formally|first|finally|also)\s+)?`;

/** What a state declares: a state of things it answers with powers (not "dead", not a winner). */
const DECLARED = String.raw`(?:outbreaks?|epidemic|pandemic|emergency|state\s+of\s+(?:emergency|disaster|siege|alert)|disaster|curfew|martial\s+law|famine|ceasefire|truce)`;
/** What a state imposes or lifts; a regulator lifts its grounding of an aircraft type (accident-steps.ts). */
const RESTRICTIONS = String.raw`(?:groundings?|emergency|state\s+of\s+(?:emergency|disaster|siege)|curfews?|lockdowns?|bans?|restrictions|quarantines?|blockades?|embargoe?s?|sanctions|martial\s+law)`;
/** Crossings and posts a state closes and reopens. */
const FRONTIER = String.raw`(?:borders?|border\s+(?:posts?|crossings?|points?|gates?)|crossings?|checkpoints?|ports?|airports?|airspace|embassy|embassies|consulates?)`;
/** Campaigns a public body begins: of vaccination, screening, evacuation (not a team's campaign for a title, a firm's sales drive). */
const CAMPAIGN = String.raw`(?:(?:vaccination|vaccine|immuni[sz]ation|screening|testing|evacuation|relief|aid|spraying|fumigation|deworming|cholera|measles|polio|malaria)\s+(?:campaigns?|drives?|programmes?|programs?|roll-?outs?)|vaccinations?|immuni[sz]ations?|screening|evacuations?|airlifts?)`;
/** A military mission a state or a coalition sets up: "a naval escort mission", "a multinational operation". */
const MISSION = String.raw`(?:(?:naval|military|maritime|escort|peacekeeping|multinational|international|security)\s+)+(?:missions?|operations?|task\s+forces?|patrols?|deployments?)`;
/** What a mission is for: "a mission to escort merchant ships", "an operation to protect shipping". */
const MISSION_TO = String.raw`(?:missions?|operations?|task\s+forces?)\s+to\s+(?:escort|protect|patrol|guard|defend|secure|safeguard)`;
/** Warships and forces a state sends (not troops, whom police and crowds also meet). */
const WARSHIPS = String.raw`(?:warships?|frigates?|destroyers?|corvettes?|naval\s+vessels|aircraft\s+carriers?|carrier\s+strike\s+groups?|minesweepers?|peacekeepers|peacekeeping\s+troops)`;
/** Goods of aid that arrive. */
const SHIPMENT = String.raw`(?:doses|vaccines?|shipments?|consignments?|supplies|aid|convoys?|relief\s+goods|deliveries)`;
/** What a state suspends or resumes. */
const SERVICES = String.raw`(?:flights|trade|aid|exports|imports|cooperation|funding|deliveries|shipments|diplomatic\s+(?:ties|relations)|visas|ferry\s+services|rail\s+services|bus\s+services)`;
/** Documents a state signs. */
const DOCUMENTS = String.raw`(?:agreements?|accords?|deals?|treat(?:y|ies)|memorand(?:um|a)|pacts?|ceasefire|truce|decrees?|laws?|bills?|executive\s+orders?|protocols?|conventions?)`;

export const PUBLIC_ACTS: [PublicActKind, string][] = [
  [
    'declaration',
    [
      String.raw`(?:declared|declares|declaring|proclaimed|proclaims)\s+${words(5)}${DECLARED}`,
      String.raw`${DECLARED}\s+${words(3)}(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+(?:(?:officially|formally|first)\s+)?(?:declared|confirmed|proclaimed)`,
      String.raw`declaration\s+of\s+${words(3)}${DECLARED}`,
    ].join('|'),
  ],
  [
    'lifting',
    [
      String.raw`(?:lifted|lifts|lifting|ended|ends|revoked|revokes|rescinded|rescinds|repealed|called\s+off)\s+${words(5)}${RESTRICTIONS}`,
      String.raw`${RESTRICTIONS}\s+${words(2)}(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:officially|formally|finally)\s+)?(?:lifted|ended|revoked|rescinded)`,
    ].join('|'),
  ],
  ['imposition', String.raw`(?:(?:decided|decides|agreed|voted)\s+to\s+impose|imposed|imposes|imposing|ordered|orders|introduced|introduces)\s+${words(4)}(?:curfews?|lockdowns?|travel\s+bans?|bans?\s+on|quarantines?|state\s+of\s+emergency)`],
  [
    'closure',
    [
      // Not "closed its doors near the airport": a shop's closing, told beside a place.
      String.raw`(?:closed|closes|closing|shut|shuts|shutting|sealed|seals)\s+(?:down\s+|off\s+)?${wordsNotBeside(4)}${FRONTIER}`,
      String.raw`${FRONTIER}\s+${words(2)}${AUX}(?:closed|shut|sealed)\b`,
    ].join('|'),
  ],
  [
    'reopening',
    [
      String.raw`(?:reopened|reopens|reopening|re-opened|re-opens)\s+${wordsNotBeside(4)}${FRONTIER}`,
      String.raw`${FRONTIER}\s+${words(2)}${AUX}(?:reopened|reopens|re-opened)`,
    ].join('|'),
  ],
  [
    'launch',
    [
      String.raw`(?:launched|launches|began|begins|started|starts|kicked\s+off|rolled\s+out|rolls\s+out)\s+${words(4)}${CAMPAIGN}`,
      String.raw`(?:began|begins|started|starts)\s+(?:vaccinating|immuni[sz]ing|screening|evacuating|airlifting)`,
      String.raw`${CAMPAIGN}\s+${words(3)}(?:began|begins|started|starts|(?:was|were)\s+launched|got\s+under\s+way)`,
    ].join('|'),
  ],
  // A state's or a coalition's mission at sea or abroad, announced or begun, or its warships sent: an act
  // of its own day, not the seizure or the attack the same lead recalls as its cause.
  [
    'deployment',
    [
      String.raw`(?:announced|announces|announcing|launched|launches|launching|set\s+up|sets\s+up|established|establishes|unveiled|unveils|approved|approves|began|begins|started|starts)\s+${words(4)}(?:${MISSION}|${MISSION_TO})`,
      String.raw`(?:deployed|deploys|deploying|sent|sends|sending|dispatched|dispatches|dispatching|will\s+(?:send|deploy|dispatch))\s+${words(3)}${WARSHIPS}`,
    ].join('|'),
  ],
  [
    'arrival',
    [
      String.raw`${SHIPMENT}\s+(?:[^.;]{0,80}?\s)?(?:arrived|arrives|landed|lands|(?:were|was)\s+(?:flown\s+in|delivered))`,
      String.raw`(?:received|receives|took\s+delivery\s+of)\s+${words(5)}${SHIPMENT}`,
    ].join('|'),
  ],
  [
    'suspension',
    [
      String.raw`(?:suspended|suspends|suspending|halted|halts|halting)\s+${words(4)}${SERVICES}`,
      String.raw`${SERVICES}\s+${words(2)}(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:suspended|halted)`,
    ].join('|'),
  ],
  [
    'resumption',
    [
      String.raw`(?:resumed|resumes|resuming|restored|restores|restarted|restarts)\s+${words(4)}${SERVICES}`,
      String.raw`${SERVICES}\s+${words(4)}${AUX}(?:resumed|restored|restarted)`,
    ].join('|'),
  ],
  [
    'signing',
    [
      // Not a defendant's plea deal, which is a crime's own step.
      // Nor an artist's, a player's or an author's deal.
      String.raw`(?:signed|signs|signing|inked)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:plea|record|recording|book|publishing|sponsorship|endorsement|transfer|film|movie|modelling|sneaker|shoe|boxing)\b)${words(4)}${DOCUMENTS}`,
      String.raw`signed\s+${words(4)}into\s+law`,
    ].join('|'),
  ],
  // The court's own verb, not what a witness or the defendant did as "the court heard that ...".
  ['ruling', String.raw`(?:court|tribunal|justices)\b(?:(?!\b(?:heard|told|was\s+told|that)\b)[^.;]){0,60}?\b(?:ruled|rules|upheld|upholds|overturned|overturns|struck\s+down|annulled|annuls|rejected|rejects|dismissed|dismisses|threw\s+out)`],
  [
    'tally',
    [
      String.raw`(?:cases|infections|deaths|died)\b[^.;]{0,100}?\bsince\s+the\s+(?:start|beginning|onset)\s+of\s+the\s+(?:outbreak|epidemic|pandemic)`,
      String.raw`(?:cases|infections|deaths|died)\b[^.;]{0,100}?\bsince\s+the\s+(?:outbreak|epidemic|pandemic)\s+(?:began|started|was\s+declared)`,
      String.raw`in\s+the\s+(?:past|last)\s+24\s+hours\b[^.;]{0,60}?\bcases`,
      String.raw`(?:new|suspected)\s+cases\b[^.;]{0,60}?\bin\s+the\s+(?:past|last)\s+24\s+hours`,
      String.raw`cumulative(?:ly)?\b[^.;]{0,60}?\bcases`,
    ].join('|'),
  ],
];

/** Whether a kind is a public body's act (this file) rather than an armed or maritime incident. */
export function isPublicAct(kind: string): kind is PublicActKind {
  return PUBLIC_ACTS.some(([k]) => k === kind);
}
