/**
 * A toll's report that counts its day from the disaster and names no day of its own in its lead: "Two
 * days after the earthquake that flattened villages along the border, the United Nations and the
 * provincial authorities are giving sharply different figures for the dead." The report is the quake's
 * own story, so its day is the quake's, the span before the publication day; read by the telling's day
 * ("OCHA said on Wednesday"), it stood two days off the quake and beside a landslide of that day, and
 * took it in (review ux75a).
 *
 * Only a lead that opens with the span, names a disaster right after it and tells the dead or the toll:
 * a donors' conference or an aftershock counted from the quake is news of its own day
 * (earlier-disaster-day.ts), and a shooting's follow-up is left to the rules for incidents.
 */
const SPAN_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const DISASTER = String.raw`(?:earthquake|quake|landslide|mudslide|flood|flooding|cyclone|hurricane|typhoon|tsunami|eruption)`;
/** The lead's opening, after any dateline: "Two days after the earthquake that flattened ...". */
const OPENS = new RegExp(String.raw`^(?:[^\n]*?(?:\s[-–—]{1,2}\s))?((a|one|two|three|four|five|six|[1-6])\s+days?\s+after\s+(?:a|an|the)\s+(?:[\p{L}\d.-]+\s+){0,3}?${DISASTER})\b`, 'iu');
/** What the lead tells: the dead, the toll. */
const TOLL = /\b(?:dead|death\s+toll|toll|killed|died)\b/i;

/** The days before publication the lead's toll counts from its disaster, with the words that say so ("Two days after the earthquake"), or null where the lead is none such. */
export function tollDaysAfterDisaster(lead: string): { days: number; text: string } | null {
  const m = OPENS.exec(lead);
  if (!m || !TOLL.test(lead.slice(m[0].length))) return null;
  return { days: SPAN_NUMBERS[m[2]!.toLowerCase()] ?? Number(m[2]), text: m[1]! };
}
