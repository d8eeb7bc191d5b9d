import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWords, holdsAny } from './word-gate.js';

test('a text passes a word gate only with a word of every group', () => {
  const lower = 'two men were taken to a hospital after the shooting';
  assert.equal(hasWords(lower, [['hospital'], ['shot', 'shooting']]), true);
  assert.equal(hasWords(lower, [['hospital'], ['killed', 'dead']]), false);
  assert.equal(hasWords(lower, []), true);
});

test('a text holds a group when it holds any one of its words', () => {
  assert.equal(holdsAny('the talks resumed in geneva', ['summit', 'talks']), true);
  assert.equal(holdsAny('the talks resumed in geneva', ['summit', 'envoy']), false);
  assert.equal(holdsAny('anything', []), false);
});
