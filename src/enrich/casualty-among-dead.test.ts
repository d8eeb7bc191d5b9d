import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutAmongDead } from './casualty-among-dead.js';
import { findCasualties } from './casualties.js';

test('people told as among the dead are not a toll of one', () => {
  assert.equal(findCasualties('The captain, 51-year-old Rui Tavelo, and the first officer were among those killed.'), null);
  assert.equal(findCasualties('Two pilots were among the dead.'), null);
  // The report's own count stands beside it.
  assert.deepEqual(findCasualties('The crash killed 42 people. The captain and the first officer were among those killed.'), { killed: 42, injured: null });
});

test('a death told of one person elsewhere still counts one', () => {
  assert.deepEqual(findCasualties('A man was killed in the crash on Monday.'), { killed: 1, injured: null });
  const text = 'A man was killed. Among the mourners were his sisters.';
  assert.equal(withoutAmongDead(text), text);
});

// review72 fault 14: the pattern was tried at every point of a sentence; 40,000 characters without a
// stop took seconds. No timing is asserted: the run finishing at all is the check.
test('a page of 40,000 characters without a full stop is read through', () => {
  const text = 'Two people were killed ' + 'and the villagers among them farmers walked home '.repeat(820).slice(0, 40_000);
  assert.equal(withoutAmongDead(text).length, text.length);
});
