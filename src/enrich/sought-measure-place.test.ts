import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeOfSoughtMeasure } from './sought-measure-place.js';

describe('placeOfSoughtMeasure', () => {
  it('should read the place a measure someone calls for would cover as no scene (review ux73a fault 5)', () => {
    const text = 'The Latvian government welcomed the move and said it would press for a ban on night-time fuel transfers between ships in the Baltic.';
    assert.ok(placeOfSoughtMeasure(text, text.indexOf('Baltic')));
  });

  it('should leave a ban already in force, and an act in a place', () => {
    const enforced = 'Police enforced the ban on fireworks in Ravensfeld on Sunday.';
    assert.ok(!placeOfSoughtMeasure(enforced, enforced.indexOf('Ravensfeld')));
    const act = 'Protesters called for calm after a blast in Ravensfeld.';
    assert.ok(!placeOfSoughtMeasure(act, act.indexOf('Ravensfeld')));
  });
});
