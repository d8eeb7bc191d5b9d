/**
 * A market move that the reports of one event give with other percentages: "the peso has lost 3.2%
 * against the dollar since the vote" in one outlet, "the currency, which has fallen 3.5% since the
 * election" in another. The two sentences are worded too unlike each other to be grouped as one fact
 * (facts.ts), so the figures are compared report by report, like counts (count-discrepancies.ts).
 * Only one quantity's move is set against the same quantity's (market-moves.ts): never a rate held
 * against a fall, a fall against a rise, nor a day's move against one counted since a past day. And
 * only reports of one day: shares that sank one day and rose on another moved twice.
 */
import type { Article, Discrepancy } from '../model/types.js';
import { marketMoves, reportCurrency, type MarketMove } from './market-moves.js';
import { Lru } from '../util/lru.js';
import { sentenceCompanies } from './report-company.js';

const moveCache = new Lru<string, readonly MarketMove[]>(4096);

function movesOf(article: Article): readonly MarketMove[] {
  const key = `${article.id} ${article.contentHash}`;
  let found = moveCache.get(key);
  if (!found) {
    const currency = reportCurrency(article.body);
    const companies = sentenceCompanies(article);
    found = article.sentences.flatMap((s, i) => marketMoves(article.body.slice(s.start, s.end), currency, companies[i] ?? null));
    moveCache.set(key, found);
  }
  return found;
}

/** `listed`: discrepancies already found (of one fact's sentences); a move whose figures one of them gives is not listed again. */
export function reportMoveDiscrepancies(articles: readonly Article[], listed: readonly Discrepancy[]): Discrepancy[] {
  if (articles.length < 2) return [];
  const byMove = new Map<string, { about: string; perArticle: Map<string, Set<string>> }>();
  for (const article of articles) {
    for (const move of movesOf(article)) {
      const key = `${move.quantity} ${move.direction} ${move.since ? 'since' : 'day'}`;
      const entry = byMove.get(key) ?? { about: `${move.quantity} ${move.direction}`, perArticle: new Map<string, Set<string>>() };
      const values = entry.perArticle.get(article.id) ?? new Set<string>();
      values.add(move.value);
      entry.perArticle.set(article.id, values);
      byMove.set(key, entry);
    }
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: Discrepancy[] = [];
  for (const { about, perArticle } of byMove.values()) {
    const variants = new Map<string, string[]>();
    const days = new Set<string>();
    for (const [article, values] of perArticle) {
      // A report that gives the quantity two moves (a day's and a week's, two days') says nothing sure of which is the other report's.
      if (values.size !== 1) continue;
      const [value] = values;
      variants.set(value!, [...(variants.get(value!) ?? []), article]);
      days.add(byId.get(article)?.publishedAt?.slice(0, 10) ?? `? ${article}`);
    }
    if (variants.size < 2 || days.size > 1) continue;
    const figures = [...variants.keys()].map((v) => `${v}%`).sort().join('|');
    if (listed.some((d) => d.variants.map((v) => v.value.replace(/\s?(?:percent|per\s+cent)$/i, '%')).sort().join('|') === figures)) continue;
    out.push({ about, variants: [...variants].sort((a, b) => b[1].length - a[1].length).map(([value, sources]) => ({ value: `${value}%`, sources })) });
  }
  return out;
}
