/**
 * Earlier events an article counts back to from its own event's day: "fired several cruise missiles
 * ... on Saturday, ..., four days after it launched a ballistic missile" tells of a launch on Tuesday
 * that is not the article's event. Clustering keeps the two apart (cluster/earlier-events.ts) and
 * consolidation links the earlier one (related.ts) as it links "a follow-up to the summit in August".
 *
 * Only where the span is counted from the article's own event day and the sentence's own clause tells
 * an act of its own: when it tells an aftermath ("arrested on Friday, three days after the shooting",
 * "died two days after being shot") the day counted back to is the article's own event's (days-after.ts
 * dates such sentences so, or the death is the shooting's). A span told roughly ("less than two weeks")
 * gives no day.
 */
import type { Span, Timex } from '../model/types.js';

/**
 * The clause after "after": an event or a state's act (a veto, a vote, sanctions), not a statement or a
 * meeting. Group 1: the act's verb or noun.
 */
const EVENT_AFTER = /^\s+(?:after|since)\s+((?:[\p{L}'’-]+\s+){0,6}?(?:vetoed|voted|sanctioned|blacklisted|imposed\s+(?:new\s+)?sanctions|fired|launched|test-fired|tested|attacked|struck|hit|bombed|shelled|shot|killed|stabbed|exploded|erupted|crashed|collapsed|hacked|breached|broke into|seized|stormed|raided|invaded|kidnapped|a\s+(?:[\p{L}-]+\s+){0,2}?(?:veto|vote|launch|test|attack|strike|shooting|bombing|blast|explosion|quake|earthquake|hack|breach|raid|crash))\b[^,;.]{0,60})/iu;

/**
 * What the sentence's own clause must tell for its day to be another event's: an act, not a death. A
 * state's statement, vote or sanctions are acts of their own ("issued a joint statement on Saturday, a
 * day after Russia vetoed ..."): the veto is Friday's event, not the statement's.
 */
const OWN_EVENT = /\b(?:issued\s+(?:a\s+)?(?:joint\s+)?statement|condemned|denounced|rejected|vowed|vetoed|voted|sanctioned|blacklisted|imposed|fired|launched|test-fired|attacked|struck|bombed|shelled|shot|killed|stabbed|exploded|erupted|crashed|hacked|breached|stormed|raided|invaded|kidnapped|seized)\b/i;
const OWN_AFTERMATH = /\b(?:died|dies|succumbed|passed away|death)\b/i;
const ROUGH = String.raw`(?:less than|more than|over|under|about|around|nearly|almost|roughly|some|just|barely|only)`;
const ROUGHLY_BEFORE = new RegExp(String.raw`\b${ROUGH}\s+$`, 'i');
const ROUGH_SPAN = new RegExp(String.raw`^${ROUGH}\s`, 'i');

export interface CountedBack {
  /** YYYY-MM-DD. */
  date: string;
  /** The clause telling the earlier event ("it launched a ballistic missile"). */
  clause: string;
  /** The sentence it is told in. */
  start: number;
  end: number;
}

/** The day and week spans of a duration (P4D, P1W), in days; null for others. */
function spanDays(value: string): number | null {
  const m = /^P(\d+)([DW])$/.exec(value);
  return m ? Number(m[1]) * (m[2] === 'W' ? 7 : 1) : null;
}

/** `ownDay`: the article's event date as read from its text (not the publication date standing in). */
export function countedBackEvents(body: string, sentences: readonly Span[], timexes: readonly Timex[], ownDay: string | null): CountedBack[] {
  if (!ownDay || !/^\d{4}-\d{2}-\d{2}$/.test(ownDay)) return [];
  const out: CountedBack[] = [];
  for (const span of timexes) {
    if (span.type !== 'DURATION') continue;
    const n = spanDays(span.value);
    // "a day after" counts too: the clause's event is the day before the sentence's own act.
    const after = n !== null && n >= 1 ? EVENT_AFTER.exec(body.slice(span.end, span.end + 160)) : null;
    if (n === null || !after) continue;
    const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
    if (!sentence || ROUGHLY_BEFORE.test(body.slice(Math.max(sentence.start, span.start - 20), span.start)) || ROUGH_SPAN.test(span.text)) continue;
    const own = body.slice(sentence.start, span.start);
    if (!OWN_EVENT.test(own) || OWN_AFTERMATH.test(own)) continue;
    // Counted from the article's own event day, named earlier in the same sentence.
    if (!timexes.some((t) => t.type === 'DATE' && t.value === ownDay && t.start >= sentence.start && t.end <= span.start)) continue;
    const date = new Date(Date.parse(`${ownDay}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    out.push({ date, clause: after[1]!.trim(), start: sentence.start, end: sentence.end });
  }
  return out;
}
