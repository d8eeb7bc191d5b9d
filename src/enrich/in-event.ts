/**
 * Which mentions of an article belong to the event it reports and which only to earlier events it
 * recalls. Enrichment decides it for people (`inEvent`); consolidation asks the same of the bodies an
 * event's reports name, from the stored article alone, so a store upgrade can ask it too.
 */
import type { Article, Span } from '../model/types.js';
import { sentencesDatedElsewhere } from './dated-elsewhere.js';
import { anotherEventPart } from './contrast-sentence.js';

/** Words of someone speaking: the speaker of a sentence about an earlier time speaks in this story. */
export const SPEECH = /\b(?:said|says|told|tells|added|adds|according to|stated|explained|warned|recalled|noted|wrote)\b/;

export interface EarlierParts {
  /** Sentences about earlier events (not those that tell this event's own day beside one). */
  earlierSpans: Span[];
  /** Sentences dated to another time than the event's. */
  datedElsewhere: Span[];
  /** Whether a mention is only of earlier events: in such a sentence and not its speaker. */
  elsewhere: (m: Span) => boolean;
}

type Read = Pick<Article, 'body' | 'sentences' | 'timexes' | 'eventDate' | 'related'>;

export function earlierParts(a: Read): EarlierParts {
  // A sentence that tells the event on its own day and names an earlier one beside it ("At least 14
  // people were killed on Wednesday ... the worst violation so far of last week's ceasefire") is
  // this event's: its toll, place and people are not the earlier event's.
  // Only where the earlier event is named by a day or a week: "two cousins were hurt in a
  // December shooting" beside the own day is still the earlier event's toll (GVA).
  const ownDay = a.eventDate && !a.eventDate.fallback ? a.eventDate.value : null;
  const dated = (r: Span) => a.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && r.start <= t.start && t.end <= r.end);
  const tellsOwnDay = (r: Span): boolean => {
    const within = dated(r);
    return within.some((t) => t.value.startsWith(ownDay!)) && within.every((t) => /^\d{4}-(?:\d{2}-\d{2}|W\d{2})/.test(t.value) && recent(t.value, ownDay!));
  };
  // A mention of a day near the own one (`near`) may be this event told on a misread day: until a stored
  // event answers it, its sentence stays this event's, as before such mentions were read.
  // Not where the sentence names the other event to set this one apart from it ("Unlike last Monday's
  // damage ..."): that day is another event's, however near (contrast-sentence.ts).
  // Of a contrast, only the compared phrase is the other event's; the main clause is this one's.
  const firm = a.related.flatMap((r): Span[] => {
    const part = anotherEventPart(a.body.slice(r.start, r.end));
    if (part) return [{ start: r.start + part[0], end: r.start + part[1] }];
    return r.near ? [] : [r];
  });
  const earlierSpans = ownDay ? firm.filter((r) => !tellsOwnDay(r)) : firm;
  const aboutEarlierEvent = (offset: number): boolean => earlierSpans.some((r) => r.start <= offset && offset < r.end);
  const datedElsewhere = sentencesDatedElsewhere(a.sentences, a.timexes, a.eventDate);
  // Someone named only where earlier events are told ("In July 2025, Christina Chapman was sentenced")
  // took no part in this one; someone who speaks there does ("... since September," said Antonio Fidalgo).
  // A contrast's other time dates only its compared phrase ("Unlike last year's raid on the same street,
  // police caught the gang, arresting X"): the main clause's people are this event's (review75).
  const told = datedElsewhere.filter((s) => !SPEECH.test(a.body.slice(s.start, s.end))).map((s): Span => {
    const part = anotherEventPart(a.body.slice(s.start, s.end));
    return part ? { start: s.start + part[0], end: s.start + part[1] } : s;
  });
  // Nor does whoever speaks in a sentence that refers to an earlier event, in whatever words ("Jo Lin
  // ... demanded a review of the May 2 raid"): the sentence is this story's telling.
  // Nor whoever acts on the own day before the sentence names an earlier event: "Kyrgyzstan's
  // Constitutional Court on Monday rejected the challenge to last month's run-off" is the court's ruling
  // (left67: the ruling's record had lost its court). Only before the own day and before any other date.
  const actsOnOwnDay = (m: Span): boolean => {
    if (!ownDay) return false;
    const sentence = a.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (!sentence) return false;
    const within = dated(sentence);
    const own = within.find((t) => t.value.startsWith(ownDay));
    return own !== undefined && m.end <= own.start && within.every((t) => t.start >= own.start);
  };
  const elsewhere = (m: Span): boolean => (aboutEarlierEvent(m.start) || told.some((s) => s.start <= m.start && m.start < s.end)) && !speaker(a.body, a.sentences, m) && !actsOnOwnDay(m);
  return { earlierSpans, datedElsewhere, elsewhere };
}

/** A verb that makes its subject the speaker: SPEECH, and statements made by calling or urging. */
const SPEAKER_VERB = String.raw`(?:${SPEECH.source}|\b(?:calls?|called)\s+for\b|\b(?:urged|urges|condemned|condemns|welcomed|welcomes|announced|announces|denied|denies)\b)`;
/**
 * A name's speech verb after it, past an appositive set off by commas (", the U.N. coordinator for
 * Sudan,"), the comma closing one before the name ("The AU's chairperson, Jo Lin,"), and a short act
 * of theirs the verb is joined to ("opened the meeting and called for").
 */
const SPEAKS_AFTER = new RegExp(String.raw`^(?:,[^,;:!?"“”]{1,120},|,)?\s+(?:(?:[\p{L}'’-]+\s+){1,5}and\s+)?${SPEAKER_VERB}`, 'u');
/** A speech verb closing a quotation or a clause right before the speaker ('," said', ', said'). */
const SAID_BEFORE = /[,"”’]\s*(?:said|says|added|adds|told\s+reporters|wrote)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}?$/u;

/**
 * Whether the mention is the speaker of its sentence: the subject of a speech verb ("Jo Lin, the
 * U.N. coordinator, said the attack breached last month's truce") or the name after a closing one
 * ('"...," said Jo Lin'). A sentence that refers to an earlier event as it quotes someone is this
 * story's telling, and the one telling it takes part; the others it names may still be the earlier event's.
 */
function speaker(body: string, sentences: readonly Span[], m: Span): boolean {
  const sentence = sentences.find((s) => s.start <= m.start && m.start < s.end);
  if (!sentence) return false;
  if (SPEAKS_AFTER.test(body.slice(m.end, sentence.end))) return true;
  return SAID_BEFORE.test(body.slice(sentence.start, m.start)) && /^\s*(?:[,.]|$)/.test(body.slice(m.end, m.end + 3));
}

/** Whether a day or an ISO week lies within a month before the event's day ("last week", "last Thursday"). */
function recent(value: string, ownDay: string): boolean {
  const own = Date.parse(`${ownDay}T00:00:00Z`);
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  const jan4 = week ? Date.UTC(+week[1]!, 0, 4) : 0;
  const at = week ? jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+week[2]! - 1) * 7 * 86_400_000 : Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return own - at <= 31 * 86_400_000;
}
