/**
 * A follow-up's lead that names its incident by its written-out day ("three weeks after the ransomware
 * attack of 27 February", "still shut since the fire on March 3") and tells no other day of its own
 * news: the report is the incident's aftermath, and the incident's day is the event's. Without it the
 * report fell back to its day of publication, and the cluster stage set it apart from the incident it
 * follows (review ux74a: a council's systems still down three weeks on became an event of its own).
 * Only where chooseEventDate finds no other day: a lead that dates its own news keeps that day, and a
 * lead that tells a new act before the incident it names ("struck again, seven weeks after") is not dated
 * by that incident.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';

/** The incident named right before its day: "the ransomware attack of", "the fire on". */
const INCIDENT_BEFORE = /\b(?:the|last\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|cyber-?attack|breach|data\s+breach|hack|intrusion|outage|incident|fire|blaze|explosion|blast|crash|collapse|derailment|flood|flooding|earthquake|quake|storm)\s+(?:of|on)\s+$/iu;
/**
 * A lead that tells a new act before the incident it measures from ("Hackers have struck the council's
 * systems again, seven weeks after the ransomware attack of 27 February"): a repeat ("again", "a second
 * attack", "a fresh breach") or an act verb with its own subject (not a passive "hit by"). Its news is
 * of its own day, not the earlier incident's aftermath (review75 fault 6).
 */
const NEW_ACT = /\b(?:again|anew|(?:second|third|fresh|new|another|renewed|further)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|cyber-?attack|breach|hack|intrusion|outage|incident|fire|blaze|explosion|blast|strike|raid))\b|(?<!\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?)\b(?:struck|attacked|breached|hacked|targeted|crippled|stormed|raided|bombed|shelled|exploded|erupted|derailed|broke\s+into|broke\s+out|(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:hit|struck|attacked|breached|hacked|targeted|crippled|knocked|taken\s+down|shut\s+down))\b/iu;

/** A day written with its month ("27 February", "March 3", "Feb. 27"), not a weekday or "yesterday". */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/** The lead's incident named by its day, before the publication day, or null. */
export function incidentOfDay(body: string, sentences: readonly Span[], timexes: readonly Timex[], published: string): DateEvidence | null {
  const lead = sentences[0];
  if (!lead) return null;
  for (const timex of timexes) {
    if (timex.type !== 'DATE' || timex.start < lead.start || timex.end > lead.end) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(timex.value) || timex.value >= published || !MONTH_DAY.test(timex.text)) continue;
    const named = INCIDENT_BEFORE.exec(body.slice(Math.max(lead.start, timex.start - 60), timex.start));
    if (!named) continue;
    // The lead's own news up to the incident it names: a new act there is dated by its own day.
    const before = body.slice(lead.start, Math.max(lead.start, timex.start - 60) + named.index);
    if (NEW_ACT.test(before)) return null;
    return { value: timex.value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: body.slice(lead.start, lead.end) };
  }
  return null;
}
