/**
 * A day the text gives for something still to come: "an autopsy is set for Thursday", "is expected
 * to go before a magistrate Saturday evening", "will be arraigned Tuesday". Such a day, even the
 * publication's own, is no day the reported event happened; it is left out of the event's candidates.
 */

/** Words that put what follows them ahead of the telling. */
const PLAN = /\b(?:scheduled|slated|set\s+(?:for|to)|expected\s+to|planned\s+for|due\s+(?:in|back|to)|will)\b/gi;
/**
 * The incident's own words after the plan word: "is expected to recover after being shot Saturday" gives
 * the shooting's day, not a plan's.
 */
const INCIDENT_AFTER_PLAN = /\b(?:shot|shooting|shootings|killed|killing|slain|stabbed|stabbing|wounded|injured|attack(?:ed)?|fired|opened fire|gunfire|happened|occurred)\b/i;

/**
 * Whether the day that follows `before` (its sentence up to the day) is one planned: a plan word opens
 * the day's clause and no incident is told between it and the day.
 */
export function plannedDay(before: string): boolean {
  // The clause the day is in: a semicolon or a sentence's end before it opens another.
  const clause = before.slice(Math.max(before.lastIndexOf(';'), -1) + 1);
  let last: RegExpMatchArray | null = null;
  for (const m of clause.matchAll(PLAN)) last = m;
  if (!last) return false;
  return !INCIDENT_AFTER_PLAN.test(clause.slice(last.index! + last[0].length));
}
