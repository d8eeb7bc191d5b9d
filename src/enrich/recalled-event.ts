/**
 * An earlier event a follow-up names by its harm, without a date beside it: "the valve was never
 * refitted before the explosion that killed five workers at the Teesmouth plant", "arrested over the
 * fire which killed two tenants". related.ts reads an earlier event only next to its date, so an
 * inquiry's findings that name the blast so were linked to nothing, though the blast was stored.
 *
 * Such a clause is an earlier event only where the article's own news is days after a day it names
 * (recalled-toll.ts's test): in a report of the blast itself, "the explosion that killed five" is its own.
 * The day the blast happened is not known from the clause, so the mention is dated by the months of
 * the earlier days the article names, and marked `near`: kept only where a stored event of that month
 * answers it (consolidate/related.ts), never as an unlinked earlier event of a guessed month.
 */
import type { DateEvidence, RelatedMention, Span, Timex } from '../model/types.js';

/** Harmful events a follow-up names by what they did. */
const HARM_NOUN = String.raw`(?:explosion|blast|fire|blaze|crash|collision|derailment|collapse|disaster|earthquake|quake|flood|storm|accident|leak|shooting|stabbing|bombing|attack|massacre|ambush|riot)`;
/** Sites a harm happens at, after the name or words that say which. */
const SITE = String.raw`(?:plant|factory|refinery|warehouse|mill|depot|works|mine|colliery|site|school|college|club|nightclub|bar|pub|mall|market|station|building|block|tower|hospital|hotel|church|mosque|stadium)`;
/**
 * Where it happened, after the noun or after its victims, whole: "at the Teesmouth Polymers plant", "at a
 * Middlesbrough chemical plant", "in Leeds". A capitalised run, then perhaps a site; or words and a site.
 * Not a day ("on October 6", "on Tuesday"): when, not where.
 */
const WHERE = String.raw`((?:at|in|on|near)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4}(?:\s+(?:[\p{Ll}-]+\s+)?${SITE}\b)?|(?:[\p{Ll}-]+\s+)?${SITE}\b))`;
/** Who were harmed, after the verb: "five workers", "12 people", "two". */
const VICTIMS = String.raw`(?:\s+[\p{L}\d-]+){1,3}?(?:\s+(?:dead|injured|wounded|people|workers|men|women|children|pupils|students|miners|passengers|residents|tenants|others|staff|employees)\b)?`;
/**
 * "the explosion [at the X plant] that killed five workers [at the X plant]": the noun, where (before
 * the relative clause or after its victims), and the harm. A day's possessive before it ("last week's
 * blast") dates it, and is related.ts's.
 */
const RECALLED_HARM = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:deadly|fatal|devastating|massive|huge|gas|chemical|factory|plant|mine|school|mass)\s+)?(${HARM_NOUN})(?:\s+${WHERE})?\s*,?\s+(?:that|which)\s+(?:(?:has|had|have)\s+)?(?:killed|claimed\s+the\s+lives\s+of|left|injured|wounded|hurt)${VICTIMS}(?:\s+${WHERE})?`,
  'gu',
);

/** Days between an earlier day the article names and its own event day, at least (as recalled-toll.ts). */
const APART_DAYS = 2;
const DAY_MS = 86_400_000;
/** Months a mention is looked for in, at most: those of the latest earlier days named. */
const MONTHS = 2;

/** The months (YYYY-MM) of the days the text names at least two days before its own event day, latest first. */
function earlierMonths(timexes: readonly Timex[], eventDate: DateEvidence | null): string[] {
  const own = eventDate && !eventDate.fallback ? dayOf(eventDate.value) : null;
  if (own === null) return [];
  const days = timexes
    .map((t) => (t.type === 'DATE' || t.type === 'TIME' ? dayOf(t.value) : null))
    .filter((d): d is number => d !== null && own - d >= APART_DAYS * DAY_MS)
    .sort((a, b) => b - a);
  return [...new Set(days.map((d) => new Date(d).toISOString().slice(0, 7)))].slice(0, MONTHS);
}

function dayOf(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}

/**
 * Mentions of earlier events told by their harm in a follow-up (see above), one per clause and month,
 * each `near`. `taken`: sentences that already hold a dated mention of an earlier event.
 */
export function recalledEvents(body: string, sentences: readonly Span[], timexes: readonly Timex[], eventDate: DateEvidence | null, taken: readonly RelatedMention[] = []): RelatedMention[] {
  if (!/\b(?:killed|claimed|left|injured|wounded|hurt)\b/i.test(body)) return [];
  const months = earlierMonths(timexes, eventDate);
  if (months.length === 0) return [];
  const out: RelatedMention[] = [];
  for (const m of body.matchAll(RECALLED_HARM)) {
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence || taken.some((r) => r.start === sentence.start)) continue;
    // Where, if it names a place or a body: "at the plant" alone singles out no stored event.
    const where = [m[2], m[3]].find((w) => w !== undefined && /\p{Lu}/u.test(w));
    const description = capitalise(where ? `${m[1]!.toLowerCase()} ${where.replace(/\s+/g, ' ')}` : m[1]!.toLowerCase());
    for (const date of months) {
      if (out.some((r) => r.date === date && r.description === description)) continue;
      out.push({ description, date, sentence: body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, near: true });
    }
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
