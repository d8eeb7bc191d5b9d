/**
 * A digest: a weekly or daily round-up that tells several unrelated incidents in turn ("Weekly security
 * round-up", "Week in review"), each by its own day. Joined to one of them, it gave that event the
 * others' ships, groups and lead sentence, and the other events lost it. It joins no event, and a report
 * joins an event a digest started alone only where its day, town and people are the event's
 * (cluster/index.ts): otherwise such an event would gather reports of several incidents (review ux72a: a
 * weekly roundup read first took a week's sanctions and a missile launch days apart into one record) or
 * be the bridge that merges them.
 *
 * Known by two things at once. A round-up's label where a headline puts its label (before its colon or
 * bar, after a closing bar, or the whole headline): "Week in review", "What happened this week", "News in
 * brief", "The week ahead", "Daily security digest", "<Subject> week:", "The week in <subject>". Not any
 * "weekend", "review" or "bulletin" word ("Weekend storm prompts review of flood defences" is a storm's
 * report), and never the outlet's name ("The Daily Review" prints news). And a body that tells several
 * distinct incidents on different days: each told by a sentence of its own day that names a place or
 * party no earlier sentence named, or brings in a new subject ("On Thursday two fishing boats collided").
 * A story's later steps ("Police named him on Monday", "The president signed it on Wednesday") name
 * nothing new and count for none (review73: each of these had split its event in two).
 *
 * With no label, a body framed by "last week" or "this week" in a sentence of its own, that tells three
 * kinds of state act (a launch, sanctions, a council's vote) as three distinct incidents on three days.
 */
import type { Article } from '../model/types.js';
import { isCommonWord } from '../util/common-words.js';

/** A headline's separators: a label stands before the first or after the last. */
const SEPARATOR = /\s*(?:[:|]|\s[-–—]\s)\s*/u;
const W = "[\\p{L}'’-]+";
/** Round-ups of a period, as a whole label: "Week in review", "World news in brief", "Weekly security round-up". */
const ROUNDUP_LABEL = new RegExp(
  [
    `(?:the\\s+)?week\\s+in\\s+review`,
    `what\\s+happened\\s+(?:this|last)\\s+week(?:\\s+in\\s+${W}(?:\\s+${W}){0,2})?`,
    `(?:the\\s+)?week\\s+ahead(?:\\s+in\\s+${W}(?:\\s+${W}){0,2})?`,
    `(?:${W}\\s+){0,2}?(?:news\\s+)?in\\s+brief`,
    `(?:(?:the|your|our)\\s+)?(?:${W}\\s+){0,2}?(?:weekly|daily|week's|week’s|weekend|nightly|morning|evening)\\s+(?:${W}\\s+)?(?:round-?ups?|digest|briefing|summary|bulletin|review)`,
    `week\\s+\\d{1,2}\\s+(?:round-?ups?|digest|review|in\\s+review)`,
    `(?:the|this)\\s+week\\s+in\\s+${W}(?:\\s+${W}){0,2}`,
  ].map((p) => `^(?:${p})$`).join('|'),
  'iu',
);
/**
 * A subject's week, as the label before the colon: "Nonproliferation week:", "Shipping week:". Not "Last
 * week:" or "Next week:", which open one story's news. A week-long event's name ("Paris Fashion Week:")
 * has the same form; its report tells one show's steps, which the body test leaves out.
 */
const SUBJECT_WEEK = new RegExp(`^(?!(?:last|next|this|that|a|one|the|every|each|holy|busy|big|long)\\s+week$)(?:${W}\\s+){1,3}week$`, 'iu');
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** The days a round-up label's body must tell distinct incidents on; a subject's week asks for three. */
const LABEL_DAYS = 2;
const SUBJECT_WEEK_DAYS = 3;

/** A body's frame of a past or present week, in a sentence of its own in the opening: "Governments were busy last week." */
const WEEK_FRAME = /\b(?:last|this|past)\s+week\b/i;
/** The opening read for the frame: a digest says what period it covers first. */
const FRAME_OPENING = 400;
/**
 * Kinds of state act a digest's clauses tell, one pattern each. Crimes are left out on purpose: a
 * shooting's report tells the shooting, the arrest and the charge on three days, all one story (GVA).
 * A call alone is no act ("Japan called an emergency meeting" answers a launch).
 */
const STATE_ACTS: readonly RegExp[] = [
  /\b(?:fired|launched|test-fired|tested)\b[^.;]{0,60}?\b(?:missiles?|rockets?|ICBMs?|satellites?|projectiles?)\b/iu,
  /\b(?:sanction(?:ed|s)|designated|blacklisted|froze)\b/iu,
  /\b(?:voted|vetoed|blocked|adopted|backed|passed|approved)\b[^.;]{0,60}?\b(?:statement|resolution|motion|bill|law)\b/iu,
  /\b(?:met|held\s+talks|signed|summit|phone\s+call|called\s+for\s+talks)\b/iu,
];
/** Kinds, and days, a frame-only digest must tell. */
const BODY_KINDS = 3;
const BODY_DAYS = 3;

/** A sentence's opening day phrase and link words, before its subject: "On Monday,", "Late on Friday", "Then on Tuesday". */
const DAY_OPENING = /^(?:(?:and|then|also|meanwhile|later|early|late)\s+)*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*[,:]?\s*/iu;
/** A subject brought in new: "a barge", "two fishing boats", "another tanker". */
const NEW_SUBJECT = /^(?:a|an|another|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s/iu;
const CAPITALISED = /\p{Lu}[\p{L}'’-]+/gu;
/** Capitalised words that name no place or party. */
const NO_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)$/u;

export function isDigest(article: Pick<Article, 'headline' | 'body'>): boolean {
  const parts = (article.headline ?? '').trim().split(SEPARATOR).filter((p) => p.length > 0);
  const labels = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  if (labels.some((label) => ROUNDUP_LABEL.test(label))) return incidents(article.body).days.size >= LABEL_DAYS;
  if (parts.length > 1 && SUBJECT_WEEK.test(parts[0]!)) return incidents(article.body).days.size >= SUBJECT_WEEK_DAYS;
  if (!framed(article.body)) return false;
  const told = incidents(article.body);
  return told.days.size >= BODY_DAYS && told.kinds.size >= BODY_KINDS;
}

function sentencesOf(body: string): string[] {
  return body.split(/(?<=[.!?]["”’]?)\s+|\n+/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Whether the opening frames a week in a sentence that tells no day (a frame inside an incident's sentence is that incident's). */
function framed(body: string): boolean {
  return sentencesOf(body.slice(0, FRAME_OPENING)).some((s) => WEEK_FRAME.test(s) && !WEEKDAY.test(s));
}

/**
 * The distinct incidents the body tells, by their days and the kinds of state act among them: a sentence
 * of its own day that names a place or party no earlier sentence named, or brings in a new subject.
 */
function incidents(body: string): { days: Set<string>; kinds: Set<number> } {
  const days = new Set<string>();
  const kinds = new Set<number>();
  const named = new Set<string>();
  let first = true;
  for (const sentence of sentencesOf(body)) {
    const day = WEEKDAY.exec(sentence)?.[0];
    const subject = sentence.replace(DAY_OPENING, '');
    const names = namesIn(subject);
    const fresh = names.some((n) => !named.has(n)) || NEW_SUBJECT.test(subject);
    for (const n of names) named.add(n);
    if (!day || !(fresh || first)) continue;
    first = false;
    days.add(day);
    const kind = STATE_ACTS.findIndex((p) => p.test(sentence));
    if (kind >= 0) kinds.add(kind);
  }
  return { days, kinds };
}

/** The places and parties a sentence names: its capitalised words, the first only if it is no common word ("Police", "The"). */
function namesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED)) {
    const word = m[0];
    if (NO_NAME.test(word)) continue;
    if (m.index === 0) {
      const lower = word.toLowerCase();
      if (isCommonWord(lower) || isCommonWord(lower.replace(/s$/u, ''))) continue;
    }
    names.push(word.toLowerCase());
  }
  return names;
}
