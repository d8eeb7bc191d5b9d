/** The public shapes the CLI prints (see schemas/): internal working fields are left out. */
import { indicatorsOfArticle } from '../consolidate/indicators.js';
import type { Article, IndicatorRef, NewsEvent } from '../model/types.js';

/**
 * An article as JSON shows it: without its sentence offsets, and with the indicators of compromise it
 * gives (consolidate/indicators.ts), read when shown rather than stored, so articles stored before
 * indicators were read list them too. Absent where it gives none.
 */
export type PublicArticle = Omit<Article, 'sentences'> & { indicators?: ArticleIndicator[] };

export type ArticleIndicator = Pick<IndicatorRef, 'type' | 'value'>;

export function publicArticle(article: Article): PublicArticle {
  const { sentences: _sentences, ...rest } = article;
  const indicators = indicatorsOfArticle(article);
  return indicators.length ? { ...rest, indicators: indicators.map(({ type, value }) => ({ type, value })) } : rest;
}

export interface EventWithArticles extends NewsEvent {
  articleDetails: PublicArticle[];
}

export function eventWithArticles(event: NewsEvent, articles: readonly Article[]): EventWithArticles {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return { ...event, articleDetails: event.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a).map(publicArticle) };
}
