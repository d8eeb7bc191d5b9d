import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWords, holdsAny } from './word-gate.js';

test('a text passes a word gate only with a word of every group', () => {
  const lower = 'two men went to a hospital after the shooting';
  assert.equal(hasWords(lower, [['hospital'], ['shot', 'shooting']]), true);
  assert.equal(hasWords(lower, [['hospital'], ['killed', 'dead']]), false);
  assert.equal(hasWords(lower, []), true);
});

test('a text holds a group when it holds any one of its words', () => {
  assert.equal(holdsAny('the talks resumed in geneva', ['summit', 'talks']), true);
  assert.equal(holdsAny('the talks resumed in geneva', ['summit', 'envoy']), false);
  assert.equal(holdsAny('anything', []), false);
});

test('a long text answers as a plain search does', () => {
  const lower = 'the gunman opened fire outside a store on main street, police said, and fled before officers arrived. '.repeat(5);
  const words = ['fire', 'opened fire', 'killed', 'dead', 'police said', 'arrived.', 'stabbing', 'xyz', 'e', 'st', ' on main'];
  for (const word of words) assert.equal(holdsAny(lower, [word]), lower.includes(word), word);
  assert.equal(holdsAny(lower, ['killed', 'dead', 'fled']), true);
  assert.equal(holdsAny(lower, ['killed', 'dead', 'wounded']), false);
  assert.equal(hasWords(lower, [['police'], ['fled', 'escaped'], ['store']]), true);
  assert.equal(hasWords(lower, [['police'], ['hospital']]), false);
});
