import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { findRoundUp } from './round-up.js';

describe('findRoundUp', () => {
  it('should find a count told over a span of hours or several shootings', () => {
    for (const text of ['Nine people were shot in a 36-hour span', '12 shot, 2 dead in less than 24 hours in Toledo', 'A violent night in Memphis leaves two dead', 'Three shootings across town leave 6 hurt', 'Weekend gunfire wounds 10', 'At least 9 shot since 9 p.m. Friday', '3 killed, 8 wounded over six hours Sunday', 'the third murder within 24 hours']) {
      assert.ok(findRoundUp(text) !== null, text);
    }
  });

  it('should leave one incident\'s words alone', () => {
    for (const text of ['Three teens were wounded at a cookout late Saturday', 'A weekend shooting left three hurt', 'She was hit twice in the stomach', 'A storm dumped 10 inches of rain in 24 hours, killing two', 'The highway stayed closed since 8 p.m. after a crash killed two', 'Police are trying to learn whether the two shootings are related']) {
      assert.equal(findRoundUp(text), null, text);
    }
  });
});

describe('findCasualties with round-ups', () => {
  it('should not take a round-up\'s count for the event\'s', () => {
    assert.deepEqual(findCasualties('Weekend gunfire in the city kills 2, wounds 15.\n\nA 23-year-old was wounded in the calf outside a diner on Main Street. He is expected to recover.'), { killed: null, injured: 1 });
  });

  it("should keep the toll of one event told over a span of hours that is no round-up of shootings", () => {
    assert.deepEqual(findCasualties('A storm dumped 10 inches of rain in 24 hours, killing two people, officials said.'), { killed: 2, injured: null });
  });

  it('should not take "Fourth of July" for the event\'s own rank in a tally', () => {
    assert.deepEqual(findCasualties('Fourth of July violence: 16 shot across the city.\n\nTwo men were wounded near the river park.'), { killed: null, injured: 2 });
  });
});
