import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchHit } from '../store/store.js';
import { searchAnswer } from './search-answer.js';

describe('searchAnswer', () => {
  it('should write the answer JSON.stringify would, summaries as stored and snippets with their highlights', async () => {
    const hit = (item: object, text: string, highlights: [number, number][], score: number): SearchHit<string> => ({ item: JSON.stringify(item), score, snippet: { text, highlights } });
    const events = [hit({ id: 'evt_1', title: 'Port "closed"' }, 'The port\nclosed — “again”', [[4, 8], [9, 15]], 3.25), hit({ id: 'evt_2' }, 'No marks', [], 1e-7)];
    const articles = [hit({ id: 'art_1' }, 'Backslash \\ and tab\there', [[0, 9]], 0.5)];
    const answer = await searchAnswer({ searchSummaries: async () => ({ events, articles }) }, 'port "closed"', 20);
    const expected = {
      query: 'port "closed"',
      events: events.map((h) => ({ score: h.score, event: JSON.parse(h.item) as unknown, snippet: h.snippet })),
      articles: articles.map((h) => ({ score: h.score, article: JSON.parse(h.item) as unknown, snippet: h.snippet })),
    };
    assert.equal(answer, JSON.stringify(expected));
  });
});
