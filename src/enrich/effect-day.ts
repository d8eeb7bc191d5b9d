/**
 * A day ahead on which a measure takes effect: "the duties were to apply from Friday", "the levy,
 * due to come into force on Monday". Such a day belongs to the measure, not to a meeting the report
 * announces, even when the sentence also names talks or negotiations: a report that a government
 * delayed its levy "to leave room for talks" tells the delay, on the delay's own day, and the day the
 * levy was to start had dated it instead (review ux68: the tariffs' postponement was dated by the day
 * they were due to start).
 */

/** The words that close on the day: a measure taking effect, applying or starting "on"/"from". */
const TAKES_EFFECT = /\b(?:(?:take|takes|taking|took|come|comes|coming|came|enter|enters|entering|entered|go|goes|going|went)\s+(?:into\s+)?(?:effect|force|operation)|(?:apply|applies|applying|applied|kick\s+in|kicks\s+in|start\s+to\s+apply|be\s+(?:applied|enforced|collected|levied))|(?:effective|in\s+force|enforced))\s+(?:on|from|as\s+of|starting)\s+(?:(?:this|next|coming)\s+)?$/i;

/** Whether the words before a day (its sentence up to the day) make it the day a measure takes effect. */
export function effectiveDay(before: string): boolean {
  return TAKES_EFFECT.test(before.slice(-80));
}
