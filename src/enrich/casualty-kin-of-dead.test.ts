import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutKinOfDead } from './casualty-kin-of-dead.js';
import { findCasualties } from './casualties.js';

describe('withoutKinOfDead', () => {
  it('should blank a "whose son ... was killed" clause to its comma, offsets kept', () => {
    const text = 'Ann Lee, whose son Tom was killed in the fire, spoke to reporters.';
    const out = withoutKinOfDead(text);
    assert.equal(out.length, text.length);
    assert.doesNotMatch(out, /killed/);
    assert.match(out, /spoke to reporters/);
  });

  it('should leave a "whose" clause about anything else alone', () => {
    assert.equal(withoutKinOfDead('The firm, whose plant was damaged, said two workers died.'), 'The firm, whose plant was damaged, said two workers died.');
  });
});

describe('findCasualties with a relative told by their kin\'s death', () => {
  it('should not read the kin\'s death as a toll of one', () => {
    assert.equal(findCasualties('Ann Lee, whose son Tom was killed in the fire, said the inquiry was a first step.'), null);
    assert.deepEqual(findCasualties('Six people were killed in the fire at the warehouse on Friday.\n\nAnn Lee, whose son Tom was killed in the fire, said the owners must answer for it.'), { killed: 6, injured: null });
  });
});
