/**
 * A court step an appeal is made against, dated by its month: "would appeal the jury's verdict in
 * March", "plans to challenge his conviction in May". The step was done before the appeal is spoken
 * of, yet the modal ("would", "plans to") makes the month read as the coming one (timex.ts); told in a
 * report of June, "in March" is this year's March, as an earlier event of the case (related.ts).
 */

/** The appeal and its object, right before "in" and the month. */
const APPEALED_STEP_BEFORE = /\b(?:appeal|appeals|appealed|appealing|challenge|challenges|challenged|challenging)\s+(?:against\s+)?(?:the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:verdict|conviction|ruling|sentence|judgment|judgement)\s+in\s+$/iu;

/**
 * The month of an appealed step taken back to the latest one not after the event (`eventDate`,
 * "YYYY-MM-DD"), when a month (`value`, "YYYY-MM") read after the event follows words of an appeal
 * against a court step; else null.
 */
export function appealedStepMonth(before: string, value: string, eventDate: string): string | null {
  if (!/^\d{4}-\d{2}$/.test(value) || value <= eventDate.slice(0, 7)) return null;
  if (!APPEALED_STEP_BEFORE.test(before)) return null;
  const month = value.slice(5, 7);
  const year = Number(eventDate.slice(0, 4));
  const back = `${year}-${month}`;
  return back <= eventDate.slice(0, 7) ? back : `${year - 1}-${month}`;
}
