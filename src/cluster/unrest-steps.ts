/**
 * The steps of a story of unrest a report may lead with, beside the public acts of public-acts.ts: a
 * labour strike held (not called), a political figure detained, and a government's concession (a price
 * or tax rise cut, reversed or suspended). Days of protest, a strike, an opposition leader's arrest and
 * a concession a week on are told with the same ministers, unions, towns and words, so the join model
 * reads each as the first day's follow-up (review ux69: a curfew, a two-day general strike, an arrest
 * and a concession became one event). Each is an event of its own day.
 */

export type UnrestStepKind = 'stoppage' | 'detention' | 'concession' | 'protest';

/** A labour strike by its name: "general strike", "transport strike", "walkout" (not a drone strike, not a hunger strike). */
const STOPPAGE = String.raw`(?:(?:general|national|nationwide|labou?r|workers['’]?|teachers['’]?|doctors['’]?|nurses['’]?|transport|dock|dockers['’]?|port|rail|bus|taxi|union)\s+strikes?|walkouts?|work\s+stoppages?)`;
/** What a strike under way does: "shut down the port", "paralysed the city", "entered its second day". */
const STOPPAGE_DOES = String.raw`(?:shut|shuts|shutting|paralysed|paralyses|paralyzed|paralyzes|halted|halts|brought|brings|crippled|cripples|closed|closes|emptied|empties|entered|enters|continued|continues|went\s+ahead|goes\s+ahead|got\s+under\s+way|disrupted|disrupts|grounded|grounds|stranded|strands)`;
/**
 * A political figure, whose detention or charge is news of its own rather than a crime's step; an
 * office sought may stand between ("opposition presidential candidate"). A charge is the case's step
 * as the detention is: a report of either, leading with neither rally, is no rally's follow-up (review
 * ux75b: the charge told between a peaceful and a deadly rally had joined the two).
 */
export const POLITICAL_FIGURE = String.raw`(?:opposition|party|protest|union|student|former|rebel)\s+(?:(?:presidential|parliamentary|mayoral)\s+)?(?:leaders?|figures?|politicians?|candidates?|chiefs?|presidents?|ministers?|prime\s+ministers?|lawmakers?|spokesm[ae]n|spokeswom[ae]n)`;
/** A rise a government may take back: "the fuel price rise", "the rise in fuel prices", "the tax increase". */
const RISE = String.raw`(?:(?:[\p{L}-]{1,30}\s+){0,2}?(?:price|prices|tax|taxes|fare|fares|tariff|tariffs|fee|fees|levy|levies|duty|duties)\s+(?:rises?|increases?|hikes?)|(?:rises?|increases?|hikes?)\s+in\s+(?:[\p{L}-]{1,30}\s+){0,2}?(?:prices?|taxes|fares|tariffs|fees|levies|duties))`;
/** Verbs that take a rise back in part or in whole. */
const TAKE_BACK = String.raw`(?:halved|halves|halving|reversed|reverses|reversing|scrapped|scraps|scrapping|withdrew|withdraws|withdrawing|rolled\s+back|rolls\s+back|cancell?ed|cancels|suspended|suspends|cut|cuts|cutting|lowered|lowers|reduced|reduces|dropped|drops|abandoned|abandons)`;

/**
 * A protest told by its lead: protesters, a march, an opposition rally (not a rally alone: a campaign's
 * or a market's), looting, tear gas fired on a crowd. Not a step of its
 * own (a day's protests are told again and again with their toll); it marks a report as one of a day
 * of protests, which towns-apart.ts reads. Last, so that a lead telling a curfew, a strike or a
 * concession "after protests" is read as that act.
 */
const PROTEST = String.raw`(?:protesters|demonstrators|marchers|rioters|crowds?\s+protesting|(?:opposition|anti-?government)\s+rall(?:y|ies)|protests?(?!\s+votes?\b)|demonstrations?(?!\s+of\b)|riots?(?!\s+(?:police|squads?|gear|shields?|units?|vans?)\b)|rioting|marched|looted|looting|tear\s+gas)`;

export const UNREST_STEPS: [UnrestStepKind, string][] = [
  [
    'stoppage',
    [
      String.raw`${STOPPAGE}\s+(?:[^.;]{0,80}?\s)?${STOPPAGE_DOES}`,
      String.raw`(?:went|go|goes|are|were|remained|remain)\s+on\s+(?:an?\s+)?(?:(?:general|indefinite|national)\s+)?strike`,
      String.raw`(?:staged|stage|stages|held|holds|began|begins|launched|launches|started|starts)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}-]{1,30}\s+){0,2}?${STOPPAGE}`,
    ].join('|'),
  ],
  [
    'detention',
    [
      String.raw`(?:arrested|arrests|detained|detains|jailed|seized|abducted|charged|charges)\s+(?:the\s+|a\s+)?(?:main\s+|leading\s+|prominent\s+|veteran\s+)?${POLITICAL_FIGURE}`,
      String.raw`${POLITICAL_FIGURE}\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?(?:arrested|detained|jailed|charged|taken\s+into\s+custody|taken\s+away)`,
    ].join('|'),
  ],
  [
    'concession',
    [
      String.raw`${TAKE_BACK}\s+(?:the\s+|its\s+|a\s+|this\s+week['’]s\s+|last\s+week['’]s\s+)?${RISE}`,
      String.raw`${RISE}\s+(?:[^.;]{0,40}?\s)?(?:was|were|has\s+been|had\s+been|have\s+been|would\s+be|will\s+be)\s+(?:halved|reversed|scrapped|withdrawn|rolled\s+back|cancell?ed|suspended|cut|lowered|reduced|dropped|abandoned)`,
    ].join('|'),
  ],  ['protest', PROTEST],
];

/** The words between a political figure and its "was/were" in a detention told passively. */
const FIGURE_THEN_AUX = new RegExp(String.raw`${POLITICAL_FIGURE}\s+((?:\S+\s+){0,3}?)(?:was|were|has\s+been|had\s+been|have\s+been)\s`, 'iu');

/**
 * Whether a detention's match names the figure held: the words between the figure and "was/were" must
 * be a name, each capitalised ("opposition leader Ana Petrov was arrested"). The lead patterns run under
 * "i", where \p{Lu} takes lower-case letters too, so "aides to the opposition leader said several were
 * arrested" (marchers held at a protest) read as the leader's detention and split the protest's event.
 */
export function figureNameCased(match: string): boolean {
  const words = FIGURE_THEN_AUX.exec(match)?.[1]?.trim();
  return !words || words.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/** Whether a kind of incident is a step of unrest (this file), an event of its own day; a protest is none. */
export function isUnrestStep(kind: string): boolean {
  return kind === 'stoppage' || kind === 'detention' || kind === 'concession';
}

/** Days within which two reports of one step (a strike's first and second day) are one event. */
const SAME_STEP_DAYS = 1;

/**
 * Whether a report that leads with a step of unrest is another event than the stored one: the event's
 * reports lead with other kinds of incident and none with this one (a strike's report against an
 * arrest's event, even of the same day: the opposition leader detained on the strike's second day), or
 * the report's day is another than the event's and no report of the event of a day near it leads with
 * this step (the concession a week after the protests, whose reports lead with no step). Or the other
 * way round: a report that leads with no step (nothing, or a public act such as a curfew), of a day on which none of the event's steps fell, when
 * every day of the event is the day of one of its steps (a day's protest against the strike's event).
 * `gap` is the days between the report's day and the event's nearest; `sameKindGap` those to the
 * nearest day of the event's reports leading with the report's own kind.
 */
export function unrestStepsApart(
  article: { incident?: string | null; date: string | null },
  event: { incidents?: readonly string[]; incidentDays?: readonly string[]; dates: readonly string[] },
  gap: number | null,
  sameKindGap: number | null,
): boolean {
  const kinds = event.incidents ?? [];
  const kind = article.incident ?? null;
  if (kind && isUnrestStep(kind)) {
    // Undated pairs are the model's: a step's day is what tells it from another.
    if (gap === null) return false;
    if (!kinds.includes(kind) && kinds.length > 0) return true;
    if (gap < 1) return false;
    return sameKindGap === null || sameKindGap > SAME_STEP_DAYS;
  }
  if (!article.date || gap === null || gap < 1 || event.dates.length === 0) return false;
  const stepDays = new Set((event.incidentDays ?? []).filter((d) => isUnrestStep(d.slice(0, d.indexOf('@')))).map((d) => d.slice(d.indexOf('@') + 1)));
  return event.dates.every((d) => stepDays.has(d));
}
