/**
 * How many people and bodies a sanctions act targeted, as each report counts them: "designated two
 * North Korean nationals and a China-based company", "sanctioned two men and a trading firm". A report
 * that names no one (a news story's "two men") still tells how many; the names, where another report
 * gives them, are the participants and bodies marked sanctioned. Only counts written as such are kept,
 * nothing worked out: reports that count otherwise are listed apart, so a reader sees they differ.
 */
import type { Article, NewsEvent, SanctionCount } from '../model/types.js';
import { earlierParts } from '../enrich/in-event.js';

/** What is read of an article: its headline and text, and what tells its sentences about earlier events apart. */
export type CountSource = Pick<Article, 'id' | 'headline' | 'body' | 'sentences' | 'timexes' | 'eventDate' | 'related'>;

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NUMBER = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
const PEOPLE = String.raw`nationals?|individuals?|people|persons?|men|man|women|woman|citizens?|residents?|officials?|executives?|bankers?|brokers?|traders?|operatives?`;
const BODIES = String.raw`compan(?:y|ies)|firms?|entit(?:y|ies)|business(?:es)?|banks?|lenders?|brokerages?|exchanges?|organi[sz]ations?`;
/** Up to four words that qualify the noun ("North Korean", "China-based", "Chinese front"), none a conjunction. */
const QUALIFIERS = String.raw`(?:(?!and\b|or\b)[\p{L}-]+\s+){0,4}?`;
const TARGET = String.raw`(${NUMBER})\s+${QUALIFIERS}(${PEOPLE}|${BODIES})\b`;
/** The act, then one counted target, then perhaps a second joined by "and". */
const COUNTED = new RegExp(
  String.raw`\b(?:designated|designates|sanctioned|sanctions|blacklisted|imposed\s+(?:new\s+|fresh\s+)?sanctions\s+(?:on|against)|sanctions\s+(?:on|against))\s+${TARGET}(?:[^.;:!?]{0,60}?,?\s+(?:and|as\s+well\s+as)\s+${TARGET})?`,
  'giu',
);
/**
 * A sentence of a sanctions act names sanctions or their keepers; "designated three officials to lead
 * the flood recovery" and "Referees sanctioned one man" do not.
 */
const SANCTIONS_WORDS = /\bsanctions\b|\bOFAC\b|\bTreasury\b|\bassets?[- ]freez|\bfr[oe]ze?\w*\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?assets\b|\bblacklist|\b(?:designation|entity|sanctions)\s+list\b|\bSpecially\s+Designated\b/i;
const FIRST_NUMBER = new RegExp(String.raw`\b${NUMBER}\s`, 'i');
const PEOPLE_WORD = new RegExp(String.raw`^(?:${PEOPLE})$`, 'i');

/** A report's count: people and bodies, null for a kind it does not count. */
function countOf(groups: readonly (string | undefined)[]): { people: number | null; bodies: number | null } {
  let people: number | null = null;
  let bodies: number | null = null;
  for (let i = 0; i + 1 < groups.length; i += 2) {
    const [number, noun] = [groups[i], groups[i + 1]];
    if (!number || !noun) continue;
    const n = NUMBER_WORDS[number.toLowerCase()] ?? Number(number);
    if (PEOPLE_WORD.test(noun)) people = (people ?? 0) + n;
    else bodies = (bodies ?? 0) + n;
  }
  return { people, bodies };
}

/** The text of the sentence starting at or before `at`; the whole body where the article has no sentences. */
function sentenceOf(article: CountSource, at: number): string {
  const sentence = (article.sentences ?? []).find((s) => s.start <= at && at < s.end);
  return sentence ? article.body.slice(sentence.start, sentence.end) : article.body;
}

/** Each distinct count the reports give of the sanctions act's targets, with the reports that give it, most reported first. */
export function sanctionCounts(articles: readonly CountSource[]): SanctionCount[] {
  const out: SanctionCount[] = [];
  for (const article of articles) {
    if (!/\bsanction|\bdesignat|\bblacklist/i.test(article.body)) continue;
    const { elsewhere } = earlierParts({ ...article, sentences: article.sentences ?? [] });
    for (const m of article.body.matchAll(COUNTED)) {
      // "has sanctioned dozens of ... since 2022": a count told of earlier acts is not this one's.
      if (elsewhere({ start: m.index, end: m.index + m[0].length })) continue;
      // The act's own sentence, or a headline that names sanctions ("Sanctions on arms ring"), says the act is one.
      if (!SANCTIONS_WORDS.test(sentenceOf(article, m.index)) && !SANCTIONS_WORDS.test(article.headline ?? '')) continue;
      const count = countOf(m.slice(1));
      const same = out.find((c) => c.people === count.people && c.bodies === count.bodies);
      if (same) {
        if (!same.sources.includes(article.id)) same.sources.push(article.id);
      } else {
        // The targets as written, from the first count on: "two North Korean nationals and a China-based company".
        out.push({ ...count, text: m[0].slice(m[0].search(FIRST_NUMBER)), sources: [article.id] });
      }
      // One count per report: its first, the lead's.
      break;
    }
  }
  return out.sort((a, b) => b.sources.length - a.sources.length);
}

/** The event's `sanctionCounts`, set only where a report counts the targets: most events have none, and their records stay as they were. */
export function sanctionCountsField(articles: readonly CountSource[]): Pick<NewsEvent, 'sanctionCounts'> {
  const counts = sanctionCounts(articles);
  return counts.length > 0 ? { sanctionCounts: counts } : {};
}
