import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

describe('keepOwnEventRoles', () => {
  it("should not give a person a part from a sentence dated before the event's day", () => {
    // Published on Wednesday 2026-03-18: the search on Tuesday; the bail on Saturday before it.
    const article = enrichedArticle('Police searched the home of the former columnist Tom Reyes on Tuesday, his wife said. The paper\'s owner, Ada Kwok, was released on bail on Saturday.', {
      title: 'Police search home of former columnist',
      publishedAt: '2026-03-18T09:00:00Z',
    });
    assert.equal(article.people.find((p) => p.name === 'Ada Kwok')?.eventRole, undefined);
  });

  it("should keep a part told on the event's own day", () => {
    const article = enrichedArticle('Authorities on Tuesday released on bail the editor of the Lake Star, Bo Lind, and Lake FM reporter Eva Moss, who had spent 30 days in detention.', {
      title: 'Two journalists freed on bail',
      publishedAt: '2026-03-18T09:00:00Z',
    });
    const eva = article.people.find((p) => p.name === 'Eva Moss');
    assert.deepEqual([eva?.eventRole, eva?.inEvent], ['released', true]);
  });
});
