import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOfMonth } from './casualty-month-day.js';
import { findCasualties } from './casualties.js';

test('a figure after a month name is a day, not a count', () => {
  const text = 'The girl wounded outside a store in Westfield March 27 died on Sunday.';
  assert.equal(dayOfMonth(text, text.indexOf('27')), true);
  const abbreviated = 'shot on Aug. 9 died';
  assert.equal(dayOfMonth(abbreviated, abbreviated.indexOf('9')), true);
});

test('a count after other words, or after "may" the verb, stays a count', () => {
  const text = 'Police said 3 died in the shooting.';
  assert.equal(dayOfMonth(text, text.indexOf('3')), false);
  const verb = 'the toll may 4 ...';
  assert.equal(dayOfMonth(verb, verb.indexOf('4')), false);
});

test('a death told after a date reads as one death, not the day', () => {
  const found = findCasualties('A teenager wounded in the neck outside a cousin\'s home in Millbrook April 23 died on Monday, nine days after the shooting.');
  assert.equal(found?.killed, 1);
});
