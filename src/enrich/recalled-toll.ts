/**
 * A toll told only as what an earlier event did: a follow-up recalls the harm to say which event it
 * follows ("inspectors said the valve was never refitted before the explosion that killed five workers",
 * "arrested over the fire that killed six on May 2"). When the article's own news happened days after a
 * day it names, and every figure it gives stands in such a clause, the figures are the earlier event's:
 * kept, they gave an inquiry's findings and an arrest the explosion's five deaths as their own, so the
 * one explosion counted three times over in a list of events.
 */
import type { Casualties, DateEvidence, Timex } from '../model/types.js';
import { leadsWithPledges } from './pledge-lead.js';
import { sanctionTollOrNone } from './sanction-lead.js';
import { opensWithStrike, withoutEarlierDayTolls } from './earlier-day-toll.js';
import { withoutOtherShipTolls } from './ship-attack-toll.js';

const EVENT_NOUN = String.raw`(?:explosions?|blasts?|fires?|blazes?|crash(?:es)?|collisions?|attacks?|bombings?|shootings?|stabbings?|collapses?|derailments?|disasters?|earthquakes?|quakes?|floods?|storms?|accidents?|incidents?|leaks?|massacres?|ambush(?:es)?|riots?|protests?|clash(?:es)?|demonstrations?|crackdowns?|killings?)`;

/**
 * The rest of a clause: a point between digits ("a 6.3 magnitude quake") ends none. Read so, "the
 * magnitude 6.3 earthquake that has killed more than 300" lost its "that has killed" to the point.
 */
const CLAUSE_REST = String.raw`(?:[^.;!?\n]|\.(?=\d))`;

/**
 * "the explosion ... that killed five", "last week's blast, which left 12 dead", "Tuesday's 6.3
 * magnitude earthquake, which killed at least 28": the toll in a clause on a known event.
 */
const RECALLED = new RegExp(String.raw`\b(?:the|last\s+\w+['’]s|this\s+\w+['’]s)\s+(?:[\w.'’-]+\s+){0,3}?${EVENT_NOUN}\b${CLAUSE_REST}{0,100}?\b(?:that|which)\s+(?:(?:has|had|have)\s+)?(?:killed|claimed|left|injured|wounded|hurt)\b${CLAUSE_REST}*`, 'gi');

/**
 * Read only where the report also tells a toll of its own (ownCasualties): an earlier event named by
 * its weekday ("Tuesday's 6.3 magnitude earthquake, which killed at least 28") or set a span before
 * ("almost a week after an earthquake killed more than 300"). In a follow-up with no toll of its own
 * such a clause may be its own event's ("arrested over Saturday's shooting, which killed two").
 */
const RECALLED_BESIDE_OWN = new RegExp(
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:[\w.'’-]+\s+){0,3}?${EVENT_NOUN}\b${CLAUSE_REST}{0,100}?\b(?:that|which)\s+(?:(?:has|had|have)\s+)?(?:killed|claimed|left|injured|wounded|hurt)\b${CLAUSE_REST}*` +
    String.raw`|\b(?:hours?|days?|weeks?|months?)\s+after\s+(?:a|an|the)\s+(?:[\p{L}\d.'’-]+\s+){0,3}?${EVENT_NOUN}\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+)?(?:killed|claimed|left)\b${CLAUSE_REST}*`,
  'giu',
);

/**
 * Where a clause starts: after a stop, or at the text's start, and not inside a figure ("6.3"). The
 * patterns that read a clause from its start begin only there: tried at every point of a long clause,
 * a page of text without a full stop took tens of seconds (review72 fault 14).
 */
const CLAUSE_START = String.raw`(?<![^.;!?\n])(?!(?<=\.)\d)`;

/**
 * Other ways a follow-up recalls an earlier event's harm: "the death toll from Monday's blast had risen to
 * nine", "a week after riots in which at least five people were killed", "four people have died since
 * Sunday, when troops fired on the crowd", "a minute's silence for the two drivers killed last
 * week". Each names the earlier event, or its time, and gives its toll.
 */
const RECALLED_OTHERWISE = new RegExp(
  String.raw`\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the\s+|\p{L}+['’]s\s+)(?:[\p{L}'’-]+\s+){0,3}?${EVENT_NOUN}\b[^.;!?\n]*` +
    String.raw`|\b(?:after|since|following)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?${EVENT_NOUN}\s+in\s+which\b[^.;!?\n]*` +
    String.raw`|(?<![^.;!?\n])[^.;!?\n]*\b(?:died|been\s+killed)\s+since\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s+when\b[^.;!?\n]*` +
    String.raw`|${CLAUSE_START}${CLAUSE_REST}*\b(?:killed|died|slain)\s+(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|(?:a|one|two|three|four|five|six|several|\d{1,2})\s+(?:days?|weeks?)\s+(?:ago|earlier))\b${CLAUSE_REST}*`,
  'giu',
);
/** A report's own news counted from an earlier event: "a week after", "three days after". */
const COUNTED_AFTER = /\b(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+after\b/i;

/** Days between the earlier day named and the article's own news, at least. */
const APART_DAYS = 2;
const DAY_MS = 86_400_000;

/**
 * Whether each figure of `found` is owed to a clause recalling a known event's toll: the text without
 * such clauses gives none of that kind, or fewer ("arrested on suspicion of manslaughter" alone reads
 * as one death, which the recalled five already hold).
 */
export function tollOnlyRecalled(found: Casualties, text: string, find: (text: string) => Casualties | null): boolean {
  const blanked = blankRecalled(text);
  if (blanked === text) return false;
  const rest = find(blanked);
  const owed = (kind: 'killed' | 'injured' | 'died'): boolean => found[kind] == null || rest?.[kind] == null || rest[kind]! < found[kind]!;
  return owed('killed') && owed('injured') && owed('died');
}

/** Whether the text names a calendar day (or a week that ended) at least two days before the article's event day. */
export function namesEarlierDay(timexes: readonly Timex[], eventDate: DateEvidence | null): boolean {
  const own = eventDate && !eventDate.fallback ? dayOf(eventDate.value) : null;
  if (own === null) return false;
  return timexes.some((t) => {
    const day = t.type === 'DATE' || t.type === 'TIME' ? dayOf(t.value) ?? lastDayOfWeek(t.value) : null;
    return day !== null && own - day >= APART_DAYS * DAY_MS;
  });
}

/** The Sunday that ends an ISO week ("2026-W47": "last week"), or null for any other value. */
function lastDayOfWeek(value: string): number | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  // ISO week 1 holds 4 January; its Monday is that day less its weekday (Monday 0).
  const jan4 = Date.UTC(+m[1]!, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return monday + ((+m[2]! - 1) * 7 + 6) * DAY_MS;
}

function dayOf(value: string): number | null {
  // "2026-10-06TAF" (the afternoon of a day) names that day too.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}

/**
 * The article's figures, or null where they are only an earlier event's recalled by a later report.
 * Where the report also tells a toll of its own (a count of two or more dead, and the hurt where the
 * whole text gives them), and the recalled
 * clause holds a higher one ("an aftershock killed six ... almost a week after an earthquake killed
 * more than 300", "killing three ... Tuesday's earthquake, which killed at least 28"), the own toll:
 * an article's figure is otherwise its highest, the earlier event's.
 */
export function ownCasualties(found: Casualties | null, text: string, timexes: readonly Timex[], eventDate: DateEvidence | null, find: (text: string) => Casualties | null): Casualties | null {
  // A sanctions report recalls the crackdown it answers by its toll, often with no day (sanction-lead.ts).
  if (sanctionTollOrNone(found, text, find) === null) return null;
  // A donors' conference names the disaster it raises money for by its toll, often with no day (pledge-lead.ts).
  if (!found || !(namesEarlierDay(timexes, eventDate) || (eventDate !== null && !eventDate.fallback && COUNTED_AFTER.test(text)) || leadsWithPledges(text))) return found;
  // "Monday's earthquake had killed 148" in an aftershock's report of Friday: the quake's toll (earlier-day-toll.ts).
  const kept = blankRecalled(text).replace(RECALLED_BESIDE_OWN, (m) => ' '.repeat(m.length));
  const ownDays = withoutEarlierDayTolls(kept, timexes, eventDate);
  const rest = find(ownDays);
  // "A strong aftershock struck Van on Thursday ... Nobody was hurt. Monday's earthquake killed 148": a
  // later disaster's report whose only dead are the earlier one's, by its day, has no dead of its own.
  if (ownDays !== kept && found.killed != null && rest?.killed == null && opensWithStrike(text)) return rest && rest.injured != null ? rest : null;
  // A count of two or more: one death read from a word ("arrested on suspicion of manslaughter") is the recalled harm's.
  if (rest && rest.killed != null && rest.killed >= 2 && found.killed != null && rest.killed < found.killed && (found.injured == null || rest.injured != null)) return rest;
  return tollOnlyRecalled(found, text, find) ? null : found;
}

function blankRecalled(text: string): string {
  // "Tuesday's attack on the tanker Aegean Horizon killed one": another ship's toll (ship-attack-toll.ts).
  return withoutOtherShipTolls(text).replace(RECALLED, (m) => ' '.repeat(m.length)).replace(RECALLED_OTHERWISE, (m) => ' '.repeat(m.length));
}
