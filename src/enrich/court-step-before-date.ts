/**
 * An earlier step of a court case told by its verb right before its date: "was convicted in October",
 * "pleaded guilty on April 8", "was sentenced by a federal judge on May 2". Court reports point back to
 * the case's steps this way, with no event noun for related.ts to read, so the steps were not caught as
 * earlier events (review ux70a). The description names the step as a noun: "Verdict" for a conviction (the
 * noun other reports point back with, "the October verdict"), "Guilty plea", "Sentencing".
 */

/** Each verb and the noun its step is named by. */
const STEPS: readonly (readonly [RegExp, string])[] = [
  [/^convicted$/i, 'Verdict'],
  [/^found\s+guilty$/i, 'Verdict'],
  [/^acquitted$/i, 'Acquittal'],
  [/^pleaded\s+guilty$/i, 'Guilty plea'],
  [/^pleaded\s+not\s+guilty$/i, 'Not-guilty plea'],
  [/^sentenced$/i, 'Sentencing'],
  [/^indicted$/i, 'Indictment'],
  [/^charged$/i, 'Charges'],
  [/^(?:arrested|detained)$/i, 'Arrest'],
  [/^extradited$/i, 'Extradition'],
];

/**
 * The verb, a court or jury that acted ("by a jury", "by a federal judge in Manhattan"), then "in" or "on"
 * ending the text. Five words at most between the verb and the date: a longer run tells something else.
 * The week may be said before the day it is narrowed to: "detained by the FSB last week, on November 3"
 * (review ux72b; a detention is an arrest, as a later report calls it).
 */
const STEP_BEFORE_DATE = /\b(convicted|found\s+guilty|acquitted|pleaded\s+(?:not\s+)?guilty|sentenced|indicted|charged|arrested|detained|extradited)\s+(?:by\s+(?:[\p{L}.-]+\s+){1,5}?)?(?:last\s+week,?\s+)?(?:in|on)\s+$/iu;

/** "Kellerman was convicted by a jury on " -> "Verdict"; null where no such step ends the text. */
export function describeCourtStepBeforeDate(before: string): string | null {
  const m = STEP_BEFORE_DATE.exec(before);
  if (!m) return null;
  const verb = m[1]!.replace(/\s+/g, ' ');
  return STEPS.find(([re]) => re.test(verb))?.[1] ?? null;
}
