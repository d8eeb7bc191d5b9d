import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutBoundAfter } from './casualty-bound-after.js';
import { findCasualties } from './casualties.js';

describe('withoutBoundAfter', () => {
  it('should blank the bound after a figure and keep the figure and the offsets', () => {
    const text = 'Five or more people were hurt.';
    const out = withoutBoundAfter(text);
    assert.equal(out.length, text.length);
    assert.match(out, /^Five\s+people were hurt\.$/);
    assert.match(withoutBoundAfter('A dozen or so guests were wounded.'), /^A dozen\s+guests/);
    assert.match(withoutBoundAfter('30-plus fans were injured.'), /^30\s+fans/);
    assert.match(withoutBoundAfter('12+ riders were hurt.'), /^12\s+riders/);
  });

  it('should leave a figure without a word after it alone', () => {
    assert.equal(withoutBoundAfter('The score was 3 or more.'), 'The score was 3 or more.');
  });
});

describe('findCasualties with a bound after the figure', () => {
  it('should read the wounded given as "six or more others"', () => {
    assert.deepEqual(findCasualties('One bouncer was killed and six or more others were hurt when a man opened fire at the club.'), { killed: 1, injured: 6 });
  });

  it('should read a figure given with "or so" or "-plus"', () => {
    assert.deepEqual(findCasualties('A dozen or so people were wounded when shots rang out at the fair.'), { killed: null, injured: 12 });
    assert.deepEqual(findCasualties('Police said 20-plus people were shot at the block party.'), { killed: null, injured: 20 });
  });
});
