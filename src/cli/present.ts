/** The public shapes the CLI prints (see schemas/): internal working fields are left out. */
import type { Article, NewsEvent } from '../model/types.js';

export type PublicArticle = Omit<Article, 'sentences'>;

export function publicArticle(article: Article): PublicArticle {
  const { sentences: _sentences, ...rest } = article;
  return rest;
}

export interface EventWithArticles extends NewsEvent {
  articleDetails: PublicArticle[];
}

export function eventWithArticles(event: NewsEvent, articles: readonly Article[]): EventWithArticles {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return { ...event, articleDetails: event.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a).map(publicArticle) };
}
