/**
 * Related earlier events, merged across articles (the same month and a shared word in the description
 * is one event) and linked to stored events when one matches by date and words.
 */
import type { Article, RelatedEvent } from '../model/types.js';
import { contentWords } from './facts.js';

/**
 * Finds a stored event of that date whose record shares the description's words, or fewer of them
 * and names of the sentence ("the $142 million theft from the Singapore exchange Meridex": "theft"
 * alone, with "Singapore" and "Meridex"); returns its id.
 */
export type EventLookup = (datePrefix: string, words: readonly string[], names?: readonly string[]) => Promise<string | null>;

/**
 * How well a stored event's title and summary fit a mention of an earlier event: 0 when they do not.
 * Two words of the description, or one word of it with a name of the sentence: a name ("Meridex")
 * singles out an event of the month as a common word ("theft") does not. Names alone do not: "last
 * month's sanctions, which the United States imposed" is no earthquake that "United States officials"
 * reported.
 */
export function mentionScore(text: string, words: Iterable<string>, names: Iterable<string>): number {
  const have = contentWords(text);
  const wanted = new Set(words);
  let shared = 0;
  for (const w of wanted) if (have.has(w)) shared++;
  let sharedNames = 0;
  for (const n of new Set(names)) if (!wanted.has(n) && have.has(n)) sharedNames++;
  return shared >= 2 || (sharedNames >= 1 && shared >= 1) ? shared + 2 * sharedNames : 0;
}

/** Months and days are no names of an event. */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The capitalised words of a sentence but its first, as content words: the names it gives. */
function namesIn(sentence: string): string[] {
  const capitalised = sentence.split(/\s+/).slice(1).map((w) => w.replace(/^[^\p{L}]+|['’]s$|[^\p{L}]+$/gu, '')).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !CALENDAR_WORD.test(w));
  return [...contentWords(capitalised.join(' '))];
}

export async function consolidateRelated(articles: readonly Article[], selfId: string, lookup: EventLookup | null): Promise<RelatedEvent[]> {
  const merged: (RelatedEvent & { words: Set<string>; sentence: string })[] = [];
  for (const article of articles) {
    for (const r of article.related) {
      const words = contentWords(`${r.description} ${r.sentence}`);
      const descWords = contentWords(r.description);
      const same = merged.find((m) => sameMonth(m.date, r.date) && [...descWords].some((w) => m.words.has(w)));
      if (same) {
        if (!same.sources.includes(article.id)) same.sources.push(article.id);
        // The more specific description wins: one that names a place or body, else the longer.
        if (/\bat\s+\p{Lu}/u.test(r.description) && !/\bat\s+\p{Lu}/u.test(same.description)) same.description = r.description;
        if (r.date.length > same.date.length) same.date = r.date;
        for (const w of words) same.words.add(w);
      } else {
        merged.push({ description: r.description, date: r.date, sources: [article.id], words, sentence: r.sentence });
      }
    }
  }
  const out: RelatedEvent[] = [];
  for (const m of merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const related: RelatedEvent = { description: m.description, date: m.date, sources: m.sources };
    if (lookup) {
      const found = await lookup(m.date, [...contentWords(m.description)], namesIn(m.sentence));
      if (found && found !== selfId) related.eventId = found;
    }
    out.push(related);
  }
  return out;
}

function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}
