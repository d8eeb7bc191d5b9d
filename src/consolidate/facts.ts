/**
 * Facts: the sentences of an event's articles, grouped so that the same claim in different words is
 * one fact, attributed to every article that makes it and counted by independent sources. Numbers that
 * differ between the sentences of one fact ("3 killed" / "4 killed") are reported as discrepancies.
 */
import type { Article, Discrepancy, Fact } from '../model/types.js';
import { stem, termsOf } from '../cluster/features.js';
import { FUNCTION_WORDS } from '../enrich/entities/lexicon.js';
import { corroboration, type SourceGroups } from './sources.js';

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

export function groupFacts(articles: readonly Article[], groups: SourceGroups): FactGroup[] {
  const facts: FactGroup[] = [];
  articles.forEach((article, order) => {
    const claimed = new Set<FactGroup>();
    article.sentences.forEach((span, position) => {
      const text = article.body.slice(span.start, span.end).trim();
      if (text.split(/\s+/).length < MIN_WORDS) return;
      const words = contentWords(text);
      if (words.size < 3) return;
      let best: FactGroup | null = null;
      let bestScore = SAME_FACT;
      for (const group of facts) {
        if (claimed.has(group) || group.members.some((m) => m.article === article.id)) continue;
        const score = dice(words, group.words);
        if (score >= bestScore) {
          best = group;
          bestScore = score;
        }
      }
      if (best) {
        best.members.push({ article: article.id, text });
        best.fact.sources.push(article.id);
        for (const w of words) best.words.add(w);
        claimed.add(best);
      } else {
        facts.push({ fact: { text, sources: [article.id], corroboration: 1 }, position, order, members: [{ article: article.id, text }], words });
      }
    });
  });
  for (const group of facts) group.fact.corroboration = corroboration(group.fact.sources, groups);
  return facts.sort((a, b) => b.fact.corroboration - a.fact.corroboration || a.position - b.position || a.order - b.order);
}

export function contentWords(text: string): Set<string> {
  const terms = new Map<string, number>();
  termsOf(text, 1, terms);
  return new Set(terms.keys());
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
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
