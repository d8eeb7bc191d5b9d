/**
 * Facts: the sentences of an event's articles, grouped so that the same claim in different words is
 * one fact, attributed to every article that makes it and counted by independent sources. Numbers that
 * differ between the sentences of one fact ("3 killed" / "4 killed") are reported as discrepancies.
 */
import type { Article, Discrepancy, Fact } from '../model/types.js';
import { stem, termsOf } from '../cluster/features.js';
import { FUNCTION_WORDS } from '../enrich/entities/lexicon.js';
import { corroboration, type SourceGroups } from './sources.js';
import { Lru } from '../util/lru.js';

/** Share of content words two sentences must have in common to state the same fact. */
const SAME_FACT = 0.3;
const MIN_WORDS = 6;

export interface FactGroup {
  fact: Fact;
  /** Position of the first sentence in its article (0 = lead). */
  position: number;
  order: number;
  members: { article: string; text: string }[];
  words: Set<string>;
}

/**
 * Each sentence joins the group it shares the most content words with (Dice at least SAME_FACT; on a
 * tie the latest group), or starts one. Only groups sharing a word with the sentence can reach the
 * threshold, so candidates come from a word index rather than from every group: an event of hundreds
 * of articles costs about the words shared rather than sentences times groups.
 */
export function groupFacts(articles: readonly Article[], groups: SourceGroups): FactGroup[] {
  const facts: FactGroup[] = [];
  /** The article that last joined each group (by index): a group takes one sentence per article. */
  const lastArticle: number[] = [];
  const groupsOfWord = new Map<string, number[]>();
  const shared: number[] = [];
  const index = (word: string, g: number): void => {
    const list = groupsOfWord.get(word);
    if (list) list.push(g);
    else groupsOfWord.set(word, [g]);
  };
  articles.forEach((article, order) => {
    sentencesOf(article).forEach(({ start, end, words: list }, position) => {
      if (list === null) return;
      const text = article.body.slice(start, end);
      const words = new Set(list);
      const touched: number[] = [];
      for (const w of words) {
        for (const g of groupsOfWord.get(w) ?? []) {
          if (lastArticle[g] === order) continue;
          if (shared[g] === undefined || shared[g] === 0) touched.push(g);
          shared[g] = (shared[g] ?? 0) + 1;
        }
      }
      let best = -1;
      let bestScore = SAME_FACT;
      for (const g of touched) {
        const score = (2 * shared[g]!) / (words.size + facts[g]!.words.size);
        shared[g] = 0;
        if (score > bestScore || (score === bestScore && g > best)) {
          best = g;
          bestScore = score;
        }
      }
      if (best >= 0) {
        const group = facts[best]!;
        group.members.push({ article: article.id, text });
        group.fact.sources.push(article.id);
        for (const w of words) {
          if (group.words.has(w)) continue;
          group.words.add(w);
          index(w, best);
        }
        lastArticle[best] = order;
      } else {
        const g = facts.length;
        facts.push({ fact: { text, sources: [article.id], corroboration: 1 }, position, order, members: [{ article: article.id, text }], words });
        lastArticle[g] = order;
        for (const w of words) index(w, g);
      }
    });
  });
  for (const group of facts) group.fact.corroboration = corroboration(group.fact.sources, groups);
  return facts.sort((a, b) => b.fact.corroboration - a.fact.corroboration || a.position - b.position || a.order - b.order);
}

/**
 * A sentence of an article (its trimmed span) and its content words, or null words for one too short to
 * be a fact. Offsets, not text: a slice of the body would keep the whole body alive in the cache.
 */
interface FactSentence {
  start: number;
  end: number;
  words: readonly string[] | null;
}

/**
 * Articles' sentences with their words, kept for the articles read lately: an event's sample is
 * grouped again at every article it gains, and stemming the same sentences again cost a tenth of ingest.
 */
const sentenceCache = new Lru<string, readonly FactSentence[]>(4096);

function sentencesOf(article: Article): readonly FactSentence[] {
  const key = `${article.id} ${article.contentHash}`;
  let found = sentenceCache.get(key);
  if (!found) {
    found = article.sentences.map((span) => {
      const raw = article.body.slice(span.start, span.end);
      const start = span.start + (raw.length - raw.trimStart().length);
      const end = span.end - (raw.length - raw.trimEnd().length);
      const text = article.body.slice(start, end);
      if (text.split(/\s+/).length < MIN_WORDS) return { start, end, words: null };
      const words = contentWords(text);
      return { start, end, words: words.size < 3 ? null : [...words] };
    });
    sentenceCache.set(key, found);
  }
  return found;
}

export function contentWords(text: string): Set<string> {
  const terms = new Map<string, number>();
  termsOf(text, 1, terms);
  return new Set(terms.keys());
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12 };
const COUNT = /\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]+)/gi;

/**
 * Counts that the articles behind one fact give differently: a noun counted with numbers that do not
 * overlap between two articles ("40 ambulances" / "45 ambulances").
 */
export function numberDiscrepancies(facts: readonly FactGroup[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const group of facts) {
    if (group.members.length < 2) continue;
    const byNoun = new Map<string, Map<string, Set<string>>>();
    for (const member of group.members) {
      for (const m of member.text.matchAll(COUNT)) {
        const raw = m[1]!.toLowerCase().replace(/,/g, '');
        const value = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
        if (value === undefined || (value >= 1900 && value <= 2100)) continue;
        const noun = stem(m[2]!.toLowerCase());
        if (FUNCTION_WORDS.has(noun)) continue;
        const perArticle = byNoun.get(noun) ?? new Map<string, Set<string>>();
        const values = perArticle.get(member.article) ?? new Set<string>();
        values.add(String(value));
        perArticle.set(member.article, values);
        byNoun.set(noun, perArticle);
      }
    }
    for (const [noun, perArticle] of byNoun) {
      const sets = [...perArticle.values()];
      const disjoint = sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((v) => b.has(v))));
      if (!disjoint) continue;
      const variants = new Map<string, string[]>();
      for (const [article, values] of perArticle) for (const v of values) variants.set(v, [...(variants.get(v) ?? []), article]);
      out.push({ about: `number of ${noun}${noun.endsWith('s') ? '' : 's'} (${clip(group.fact.text)})`, variants: [...variants].map(([value, sources]) => ({ value, sources })) });
    }
  }
  return out;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
