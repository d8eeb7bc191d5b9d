/**
 * The steps of an air accident's case a report may lead with, as lead-incident.ts reads them: the crash
 * itself, the flight recorders recovered, the type grounded (by its regulator, or an airline's fleet
 * withdrawn), the investigators' preliminary or final report, and a runway incursion (an accident of
 * another kind). The regulator's grounding three days after a crash, the recorders found the day after,
 * the report a month on are told with the same airline, type, flight number and investigators, so the
 * join model reads each as the crash's follow-up (review ux71b: a grounding, the airline's statement and
 * the recovery of the recorders became the crash's event). Each is an act of its own day that an
 * investigation timeline lists apart, linked to the crash as an earlier event. The lifting of a grounding
 * is public-acts.ts's 'lifting'.
 *
 * Only aircraft crash here: a car that crashed in a police chase is a shooting's story.
 */

export type AccidentStepKind = 'crash' | 'recovery' | 'grounding' | 'report' | 'incursion';

/** Up to `n` words between a verb and what it acts on: "grounded all Valcourt VA-220 jets". */
const words = (n: number): string => String.raw`(?:[\p{L}\d'’.,-]+\s+){0,${n}}?`;
/** An aircraft named by its kind. */
const AIRCRAFT = String.raw`(?:planes?|jets?|jetliners?|airliners?|aircraft|airplanes?|aeroplanes?|helicopters?|turboprops?|airbus(?:es)?|boeings?)`;
/** An aircraft named by its type's designation: "VA-220", "A320s", "737-800", "737 MAX". */
const TYPE = String.raw`(?:\p{L}{1,3}-?\d{2,4}(?:-\d{1,3})?s?|\d{3}(?:-\d{1,3})?(?:\s+max)?s?)`;
/** What a regulator or an airline grounds: aircraft, a fleet, a type. */
const GROUNDED = String.raw`(?:${AIRCRAFT}|fleets?|${TYPE})`;
/** The recorders investigators look for in a wreck. */
const RECORDERS = String.raw`(?:(?:flight|cockpit\s+voice|flight\s+data|data|voice)\s+recorders?|black\s+box(?:es)?)`;
/** A passive's or a perfect's auxiliary. */
const AUX = String.raw`(?:was|were|has\s+been|have\s+been|had\s+been)`;

export const ACCIDENT_STEPS: [AccidentStepKind, string][] = [
  [
    'crash',
    [
      // The aircraft right before its verb: not "the plane that crashed on Tuesday", a mention of it; not
      // a team that "crashed out" (the New York Jets).
      String.raw`(?:${AIRCRAFT}|${TYPE})\s+(?:crashed|crashes|crash-landed|plunged|plummeted|came\s+down|went\s+down)(?!\s+out\b)`,
      String.raw`(?:plane|air|airliner|jet|helicopter)\s+crash\s+(?:killed|kills|killing|claimed)`,
    ].join('|'),
  ],
  [
    'recovery',
    [
      String.raw`(?:recovered|recovers|retrieved|retrieves|found|located)\s+${words(5)}${RECORDERS}`,
      String.raw`${RECORDERS}\s+${words(3)}${AUX}\s+(?:recovered|retrieved|found|located)`,
    ].join('|'),
  ],
  [
    'grounding',
    [
      String.raw`(?:grounded|grounds|grounding)\s+${words(4)}${GROUNDED}`,
      String.raw`ordered\s+${words(5)}${GROUNDED}\s+grounded`,
      String.raw`${GROUNDED}\s+${words(2)}${AUX}\s+(?:grounded|withdrawn\s+from\s+service)`,
      String.raw`(?:withdrew|withdraws|withdrawn)\s+${words(4)}${GROUNDED}`,
      String.raw`(?:issued|issues)\s+${words(3)}airworthiness\s+directive`,
    ].join('|'),
  ],
  [
    'report',
    [
      String.raw`(?:published|publishes|released|releases|issued|issues|presented)\s+${words(4)}(?:preliminary|interim|final)\s+(?:accident\s+|investigation\s+)?(?:report|findings)`,
      String.raw`(?:preliminary|interim|final|crash|accident)\s+report\s+(?:finds|found|says|said|points|pointed|blames|blamed|concludes|concluded)`,
    ].join('|'),
  ],
  ['incursion', String.raw`runway\s+incursions?|(?:rejected|aborted|abandoned)\s+(?:its\s+|the\s+|a\s+)?take-?off`],
];

const KINDS = new Set<string>(ACCIDENT_STEPS.map(([kind]) => kind));

/**
 * Whether the article leads with an accident's step that none of the event's reports leads with, while
 * some lead with another: a grounding against the crash, the crash against the report. Whatever the
 * days: a report of a grounding is often dated by the crash it names ("linked to Tuesday's crash"), and
 * a crash and a runway incursion the same week at two airports are two events on any day.
 */
export function accidentStepsApart(article: string | null | undefined, event: readonly string[]): boolean {
  if (!article || !KINDS.has(article) || event.includes(article)) return false;
  return event.some((kind) => KINDS.has(kind));
}

/**
 * Whether two events lead with steps of an accident and share none: the crash and the grounding, which
 * a report that leads with neither (a background piece on the flight) would otherwise merge (merges.ts).
 */
export function accidentEventsApart(a: readonly string[], b: readonly string[]): boolean {
  const stepsOf = (kinds: readonly string[]): string[] => kinds.filter((k) => KINDS.has(k));
  const [x, y] = [stepsOf(a), stepsOf(b)];
  return x.length > 0 && y.length > 0 && !x.some((k) => y.includes(k));
}
