/**
 * The HTTP API on a page that reports no event (an opinion column, cluster/no-event.ts): the upload's
 * answer gives it no event and says why, and it is listed, fetched and searched as an article, each
 * answer checked against its schema.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './api-server.js';
import { assertSchema } from './helpers.js';

const COLUMN = {
  url: 'https://islandpost.example/opinion/2025/04/ferry-fares',
  title: 'Ferry fares are a tax on islanders',
  publishedAt: '2025-04-02T08:00:00Z',
  text: 'Every islander knows the ferry fare is the price of a doctor, a school and a job on the mainland.\n\nThe operator says the new fares pay for safer boats. Islanders have heard that before.',
};

describe('the HTTP API on an article without an event', () => {
  let server: TestServer;
  let articleId = '';
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('should answer the upload of a column with the article, no event and the warning why', async () => {
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(COLUMN) });
    const answer = (await res.json()) as { stored: number; articleIds: string[]; eventIds: (string | null)[]; warnings: { article: string; message: { rule: string; message: string } }[] };
    assert.equal(res.status, 201, JSON.stringify(answer));
    assertSchema('api/ingest-result', answer);
    assert.equal(answer.stored, 1);
    assert.deepEqual(answer.eventIds, [null]);
    articleId = answer.articleIds[0]!;
    assert.deepEqual(answer.warnings.filter((w) => w.message.rule === 'no-event').map((w) => [w.article, w.message.message]), [[articleId, 'no event: opinion column']]);
  });

  it('should list, give and find the column as an article, and make no event of it', async () => {
    const page = (await (await fetch(`${server.url}/api/articles`)).json()) as { items: { id: string; eventId: string | null; warnings: { message: string }[] }[] };
    assertSchema('api/article-page', page);
    assert.deepEqual(page.items.map((a) => [a.id, a.eventId, a.warnings.some((w) => w.message === 'no event: opinion column')]), [[articleId, null, true]]);
    const article = (await (await fetch(`${server.url}/api/articles/${articleId}`)).json()) as { eventId: string | null };
    assertSchema('article', article);
    assert.equal(article.eventId, null);
    const search = (await (await fetch(`${server.url}/api/search?q=islanders`)).json()) as { events: unknown[]; articles: { article: { id: string; eventId: string | null; noEvent?: string } }[] };
    assertSchema('api/search', search);
    assert.deepEqual(search.events, []);
    assert.deepEqual(search.articles.map((h) => [h.article.id, h.article.eventId, h.article.noEvent]), [[articleId, null, 'opinion column']]);
    const events = (await (await fetch(`${server.url}/api/events`)).json()) as { items: unknown[] };
    assert.deepEqual(events.items, []);
  });
});
