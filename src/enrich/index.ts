/**
 * The enrich stage: sentences, entities, people with roles, dates resolved against the publication
 * time, the event's own date and place, earlier events referred to, and themes. Order matters: people
 * need entities; the event date needs dates; earlier events need the event date; the place and the
 * people of this event are those outside the sentences about earlier events.
 */
import type { NewsDocument } from '../model/document.js';
import type { DateEvidence } from '../model/types.js';
import { recognizeEntities } from './entities/recognize.js';
import { findCasualties } from './casualties.js';
import { sentencesDatedElsewhere } from './dated-elsewhere.js';
import { beforeOwnDays, chooseEventDate } from './event-date.js';
import { resolvePeople } from './people.js';
import { outletCity } from './gazetteer/outlet-city.js';
import { placeNearOutlet } from './outlet-place.js';
import { choosePlace } from './place.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { detectThemes } from './themes.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Words of someone speaking: the speaker of a sentence about an earlier time speaks in this story. */
const SPEECH = /\b(?:said|says|told|tells|added|adds|according to|stated|explained|warned|recalled|noted|wrote)\b/;

export function createEnrich() {
  return function enrich(doc: NewsDocument): void {
    const a = doc.article;
    a.sentences = splitSentences(a.body);
    const recognition = recognizeEntities(a.body, a.sentences);
    a.entities = recognition.entities;
    a.people = resolvePeople(a.body, a.sentences, recognition, a.authors);
    const reference = referenceFrom(a.publishedAt);
    if (!reference && a.body) doc.message('enrich', 'no-reference-time', 'no publication date: relative dates ("on Friday") are left unresolved');
    a.timexes = findTimexes(a.body, a.sentences, reference);
    a.eventDate = chooseEventDate(a.body, a.sentences, a.timexes, reference);
    // A page whose text gives no day may have it in its headline ("Multiple people shot Sunday outside ..."),
    // and a headline's own day comes before an earlier incident the text states ("Man hurt in Sunday shooting").
    if (a.headline && a.eventDate && (a.eventDate.fallback || (reference && beforeOwnDays(a.eventDate.value, reference)))) a.eventDate = headlineDate(a.headline, reference) ?? a.eventDate;
    a.related = findRelated(a.body, a.sentences, a.timexes, a.eventDate?.value ?? null, a.entities);
    // A sentence that tells the event on its own day and names an earlier one beside it ("At least 14
    // people were killed on Wednesday ... in the most serious breach yet of last week's ceasefire") is
    // this event's: its toll, place and people are not the earlier event's.
    // Only where the earlier event is named by a day or a week: "five people were wounded in a
    // December shooting" beside the own day is still the earlier event's toll (GVA).
    const ownDay = a.eventDate && !a.eventDate.fallback ? a.eventDate.value : null;
    const dated = (r: { start: number; end: number }) => a.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && r.start <= t.start && t.end <= r.end);
    const tellsOwnDay = (r: { start: number; end: number }): boolean => {
      const within = dated(r);
      return within.some((t) => t.value.startsWith(ownDay!)) && within.every((t) => /^\d{4}-(?:\d{2}-\d{2}|W\d{2})/.test(t.value) && recent(t.value, ownDay!));
    };
    const earlierSpans = ownDay ? a.related.filter((r) => !tellsOwnDay(r)) : a.related;
    const aboutEarlierEvent = (offset: number): boolean => earlierSpans.some((r) => r.start <= offset && offset < r.end);
    const datedElsewhere = sentencesDatedElsewhere(a.sentences, a.timexes, a.eventDate);
    // Someone named only where earlier events are told ("In July 2025, Christina Chapman was sentenced")
    // took no part in this one; someone who speaks there does ("... since September," said Antonio Fidalgo).
    const told = datedElsewhere.filter((s) => !SPEECH.test(a.body.slice(s.start, s.end)));
    // Nor does whoever speaks in a sentence that refers to an earlier event, in whatever words ("Jo Lin
    // ... called for an inquiry into the May 2 raid"): the sentence is this story's telling.
    const elsewhere = (m: { start: number; end: number }): boolean => (aboutEarlierEvent(m.start) || told.some((s) => s.start <= m.start && m.start < s.end)) && !speaker(a.body, a.sentences, m);
    for (const person of a.people) {
      person.inEvent = !person.byline && person.mentions.some((m) => !elsewhere(m));
    }
    const named = choosePlace(a.body, a.entities, aboutEarlierEvent, a.headline ?? '', doc.siteName ? `${a.headline ?? ''} - ${doc.siteName}` : undefined);
    a.place = placeNearOutlet(named, outletCity(a.source.url ?? doc.raw.hints.url), `${a.headline ?? ''}\n${a.body}`);
    // Tolls of earlier events ("in 2012, 20 children were killed", "the quake of June 2001, which killed
    // about 145") are not this event's; the headline often gives the figures ("4 Shot, 1 Killed") that
    // the body spreads out.
    a.casualties = findCasualties(`${a.headline ?? ''}.\n\n${withoutSpans(a.body, [...earlierSpans, ...datedElsewhere])}`);
    a.themes = detectThemes(a.headline ?? '', a.body);
  };
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
function speaker(body: string, sentences: readonly { start: number; end: number }[], m: { start: number; end: number }): boolean {
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

/** The event date a headline gives, if it gives a day. */
function headlineDate(headline: string, reference: ReturnType<typeof referenceFrom>): DateEvidence | null {
  const sentences = [{ start: 0, end: headline.length }];
  const found = chooseEventDate(headline, sentences, findTimexes(headline, sentences, reference), reference);
  return found && !found.fallback ? found : null;
}

/** The text with the given spans (which may overlap) blanked out (offsets of what remains do not matter here). */
function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < at) {
      at = Math.max(at, s.end);
      continue;
    }
    out += `${text.slice(at, s.start)} `;
    at = s.end;
  }
  return out + text.slice(at);
}
