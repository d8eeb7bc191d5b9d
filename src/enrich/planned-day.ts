/**
 * A day the text gives for something still to come: "an autopsy is set for Thursday", "is expected
 * to go before a magistrate Saturday evening", "will be arraigned Tuesday". Such a day, even the
 * publication's own, is no day the reported event happened; it is left out of the event's candidates.
 */

/** Words that put what follows them ahead of the telling. */
// "is to be heard on", "on the agenda of the board's meeting on", "at its next meeting on": a step ahead too.
const PLAN = /\b(?:scheduled|slated|set\s+(?:for|to)|expected\s+to|planned\s+for|due\s+(?:in|back|to|on|at)|will|(?:is|are)\s+to\s+be|on\s+(?:the|its|their)\s+agenda|at\s+(?:its|their|the)\s+(?:next|upcoming|coming)\s+(?:meeting|session|sitting))\b/gi;
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

/**
 * Words that put a day ahead on a body's agenda for a matter the report has told: "will be placed on
 * the agenda of the board's meeting on", "is to be taken up at", "goes before the council on". The day is
 * a later step of the act the report tells (a request, a complaint), not a meeting the report announces.
 */
const LATER_STEP = /\b(?:on\s+(?:the|its|their)\s+agenda|(?:placed|put|brought|referred|sent|go(?:es)?|come(?:s)?)\s+before|(?:be|is|are)\s+(?:considered|discussed|debated|taken\s+up|heard|examined|reviewed|decided|tabled)\s+(?:at|by|during|when)|decision\s+is\s+(?:due|expected))\b[^.;!?]*$/i;

/** Whether the day that follows `before` (its sentence up to the day) is a step ahead for a matter already told. */
export function laterStepDay(before: string): boolean {
  return LATER_STEP.test(before);
}
