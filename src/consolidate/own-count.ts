/**
 * A body's own count on its own page: a rights group's statement that its own field team
 * counted N people shot dead gives the group's figure, not the news's running count
 * of what officials or a hospital said. The teller is the page's outlet where a sentence that gives the
 * report's figure names that outlet before the figure; null otherwise (the news's unnamed voice).
 */
import type { Article } from '../model/types.js';
import { figurePattern } from './reported-at.js';

const folded = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function ownCountTeller(a: Pick<Article, 'outlet' | 'body' | 'sentences' | 'casualties'>, kind: 'killed' | 'injured' = 'killed'): string | null {
  const value = a.casualties?.[kind];
  const outlet = a.outlet?.trim();
  if (value == null || !outlet || outlet.split(/\s+/).length < 2) return null;
  const pattern = figurePattern(String(value));
  const name = folded(outlet);
  for (const s of a.sentences) {
    const text = a.body.slice(s.start, s.end);
    const m = pattern.exec(text);
    if (m && folded(text.slice(0, m.index)).includes(name)) return outlet;
  }
  return null;
}
