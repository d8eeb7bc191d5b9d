import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpinion } from './opinion.js';

const article = (headline: string, url?: string) => ({ headline, source: url ? { id: 'a', url } : { id: 'a' } });

describe('isOpinion', () => {
  it('should know a column by the mark on its headline or its address', () => {
    assert.ok(isOpinion(article("[Opinion] Korea's 13-digit problem")));
    assert.ok(isOpinion(article('Opinion: The breach we should have seen coming')));
    assert.ok(isOpinion(article('Editorial | A port that was not ready')));
    assert.ok(isOpinion(article('Why the port paid', 'https://example.com/opinion/2026/11/port')));
  });

  it('should not take a report for a column', () => {
    assert.ok(!isOpinion(article('Kimsuky behind Saebit Telecom breach, government says', 'https://example.com/news/2026/10/saebit')));
    assert.ok(!isOpinion(article('Public opinion turns against the port operator')));
  });
});
