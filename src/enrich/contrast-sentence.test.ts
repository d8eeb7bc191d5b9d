import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setsAnotherEventApart } from './contrast-sentence.js';

describe('setsAnotherEventApart', () => {
  it('should read a sentence that sets an earlier event against this one, by a day, a week or a month', () => {
    assert.equal(setsAnotherEventApart("Unlike last Thursday's break in the Delfin cable, blamed on the freighter Morning Gull, this outage looks technical, engineers said."), true);
    assert.equal(setsAnotherEventApart('In contrast to the raid on the depot in October, nobody was hurt this time.'), true);
    assert.equal(setsAnotherEventApart('In a separate incident, the ferry Nordlys ran aground near Bodo.'), true);
  });

  it('should not read a contrast with no other time, nor a modal "may" after "unlike"', () => {
    assert.equal(setsAnotherEventApart('Unlike most cables in the region, the line is buried under the seabed.'), false);
    assert.equal(setsAnotherEventApart('Unlike the old joint, which may crack, the new one is sealed.'), false);
  });
});
