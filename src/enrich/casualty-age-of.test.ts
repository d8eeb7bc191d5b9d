import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutAgeOf } from './casualty-age-of.js';
import { findCasualties } from './casualties.js';

describe('withoutAgeOf', () => {
  it('should blank an age told with "of" after a person, keeping the offsets', () => {
    const text = 'A man of 20 died on the sidewalk.';
    const out = withoutAgeOf(text);
    assert.equal(out.length, text.length);
    assert.doesNotMatch(out, /20/);
    assert.match(out, /^A man\s+died/);
  });

  it('should blank several ages in words or figures', () => {
    assert.doesNotMatch(withoutAgeOf('Two women of 31 and 44 were hurt.'), /31|44/);
    assert.doesNotMatch(withoutAgeOf('A boy of nine was grazed.'), /nine/);
    assert.doesNotMatch(withoutAgeOf('A pensioner of eighty-two was robbed.'), /eighty/);
  });

  it('should keep a count joined on after the age, and numbers that are not ages', () => {
    assert.match(withoutAgeOf('A man of 20 and two women were shot.'), /two women/);
    assert.match(withoutAgeOf('Women of 12 nations marched in the square.'), /12 nations/);
    assert.match(withoutAgeOf('A group of 20 was detained.'), /of 20/);
  });
});

describe('findCasualties with an age told with "of"', () => {
  it('should read one death, not the age, for "a man of 20 died"', () => {
    assert.deepEqual(findCasualties('A man of 20 died on the sidewalk near the bus stop.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies said a woman of 58 was killed when gunfire hit her kitchen.'), { killed: 1, injured: null });
  });

  it('should count the people of a two-part list, not the last age', () => {
    assert.deepEqual(findCasualties('Two men of 19 and 22 were killed outside the arcade.'), { killed: 2, injured: null });
  });
});
