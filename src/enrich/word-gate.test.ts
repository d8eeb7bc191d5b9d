import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWords } from './word-gate.js';

test('a text passes a word gate only with a word of every group', () => {
  const lower = 'two men were taken to a hospital after the shooting';
  assert.equal(hasWords(lower, [['hospital'], ['shot', 'shooting']]), true);
  assert.equal(hasWords(lower, [['hospital'], ['killed', 'dead']]), false);
  assert.equal(hasWords(lower, []), true);
});
