import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from './casualties.js';

test('a flight, road or route number before a toll is not the toll', () => {
  assert.deepEqual(findCasualties('The crash of Aurelian Air flight 418 killed 42 people, officials said.'), { killed: 42, injured: null });
  assert.deepEqual(findCasualties('The crash of Flight 9525 killed 150 people.'), { killed: 150, injured: null });
  assert.deepEqual(findCasualties('A pile-up on Highway 101 killed three people.'), { killed: 3, injured: null });
  assert.deepEqual(findCasualties('The crash of bus route 12 killed four people.'), { killed: 4, injured: null });
});

test('people after a route word are still counted', () => {
  assert.deepEqual(findCasualties('On the route 12 passengers were killed when the coach overturned.'), { killed: 12, injured: null });
  assert.deepEqual(findCasualties('Police said 3 people were killed at the gate.'), { killed: 3, injured: null });
});
