import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import type { Article, SharedPassage } from '../model/types.js';
import { passagesAmong, sharedPassages } from './shared-passages.js';

/** An article whose sentences are the given ones, with their spans. */
function articleOf(n: number, sentences: string[]): Article {
  const body = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const start = body.indexOf(s, at);
    at = start + s.length;
    return { start, end: at };
  });
  return sampleArticle(n, { body, sentences: spans });
}

describe('shared passages', () => {
  it('should locate the sentences two articles share, one group per fact', () => {
    const fact = 'The container crane at berth seven collapsed onto the quay on Monday morning.';
    const a = articleOf(1, ['Harbour workers were sent home early by the port authority.', fact]);
    const b = articleOf(2, [fact.replace('Monday morning', 'Monday'), 'Divers searched the water around the berth for hours afterwards.']);
    const shared = sharedPassages([a, b]);
    assert.equal(shared.length, 2);
    assert.deepEqual(new Set(shared.map((p) => p.group)), new Set([0]));
    for (const p of shared) {
      const body = p.articleId === a.id ? a.body : b.body;
      assert.match(body.slice(p.start, p.end), /^The container crane at berth seven collapsed/);
    }
    assert.deepEqual(sharedPassages([a]), []);
  });

  it('should keep only the groups still shared among the articles a page shows, numbered from 0', () => {
    const passages: SharedPassage[] = [
      { articleId: 'a', start: 0, end: 5, group: 0 },
      { articleId: 'c', start: 0, end: 5, group: 0 },
      { articleId: 'a', start: 10, end: 15, group: 1 },
      { articleId: 'b', start: 10, end: 15, group: 1 },
      { articleId: 'c', start: 20, end: 25, group: 1 },
    ];
    assert.deepEqual(passagesAmong(passages, new Set(['a', 'b'])), [
      { articleId: 'a', start: 10, end: 15, group: 0 },
      { articleId: 'b', start: 10, end: 15, group: 0 },
    ]);
    assert.deepEqual(passagesAmong(passages, new Set(['a', 'b', 'c'])), passages);
  });
});
