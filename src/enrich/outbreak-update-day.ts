/**
 * The day an outbreak's update is told on. A report whose news is the outbreak's latest count ("New
 * cholera cases have fallen to about 40 a day, the Ministry of Health said on Tuesday") is the count as
 * told that day; the days its later paragraphs give belong to the story around it ("the vaccination
 * campaign ... ended on Sunday", "schools were shut last Thursday", "water was restored on Friday").
 * Scored as any report's days, such a day outweighed the lead's telling, and the update was dated by
 * the campaign's end (review ux76b fault 5). Only a report about an illness whose own news is the
 * outbreak (outbreak-aside-toll.ts): a violent incident's report is dated by the incident, not by who
 * told of it.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';
import { illnessReport } from './casualty-illness.js';
import { outbreakTollAside } from './outbreak-aside-toll.js';

/** A telling just before the day: "the Ministry of Health said on ", "officials announced ". */
const TOLD_BEFORE = /\b(?:said|says|announced|reported|told\s+(?:reporters|journalists))\s+(?:on\s+)?$/i;
/** Only a day the lead's words tell: the day names a weekday or a date, not a span ("this week"). */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The lead's telling day, where the report is an outbreak's own update and the day chosen for it stands
 * in a later sentence, earlier than the telling; else null (the chosen day stands).
 */
export function outbreakUpdateDay(headline: string, body: string, sentences: readonly Span[], timexes: readonly Timex[], chosen: DateEvidence | null): DateEvidence | null {
  const lead = sentences[0];
  if (!chosen || chosen.fallback || !lead) return null;
  const leadText = body.slice(lead.start, lead.end);
  if (chosen.sentence === leadText) return null;
  const told = timexes.find((t) => t.type === 'DATE' && t.start >= lead.start && t.end <= lead.end && DAY_VALUE.test(t.value) && TOLD_BEFORE.test(body.slice(Math.max(0, t.start - 40), t.start)));
  if (!told || told.value <= chosen.value.slice(0, 10)) return null;
  if (!illnessReport(`${headline}.\n\n${body}`) || outbreakTollAside(headline, leadText)) return null;
  return { value: told.value, anchoring: told.anchoring, fallback: false, text: told.text, sentence: leadText };
}
