import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anotherEventPart, setsAnotherEventApart } from './contrast-sentence.js';

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

describe('anotherEventPart', () => {
  it("should give the compared phrase and its clauses to the other event, the main clause to this one (review75)", () => {
    const raid = "Unlike last year's raid on the same street, police caught the gang within hours, arresting Daniel Marsh, 34.";
    assert.deepEqual(anotherEventPart(raid), [0, raid.indexOf(', police')]);
    const cable = "Unlike last Thursday's break in the Delfin cable, blamed on the freighter Morning Gull, this outage looks technical.";
    assert.deepEqual(anotherEventPart(cable), [0, cable.indexOf(', this outage')]);
    const which = "Unlike last Monday's damage, which investigators blame on the freighter Morning Gull, the fault looks technical.";
    assert.deepEqual(anotherEventPart(which), [0, which.indexOf(', the fault')]);
  });

  it('should give a separate incident the whole sentence, and nothing where no other event is set apart', () => {
    const separate = 'In a separate incident, the ferry Nordlys ran aground near Bodo.';
    assert.deepEqual(anotherEventPart(separate), [0, separate.length]);
    assert.equal(anotherEventPart('Unlike most cables in the region, the line is buried under the seabed.'), null);
  });
});
