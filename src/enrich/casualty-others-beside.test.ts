import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneAndOthersShot } from './casualty-others-beside.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('one person hurt and a count of others in one sentence', () => {
  it('should count the one and the others', () => {
    assert.equal(oneAndOthersShot('A young mother was shot in the arm on Elm Street in a burst of gunfire that wounded two other people, officers said.'), 3);
    assert.equal(oneAndOthersShot('A 9-year-old girl remains in serious condition after a shooting that also injured three other people at a cookout.'), 4);
    assert.equal(oneAndOthersShot('The driver was grazed by a bullet and two others were hurt by flying glass.'), 3);
  });

  it('should not count a death, others not hurt, or a count across sentences', () => {
    assert.equal(oneAndOthersShot('A man was shot and killed on Monday in a shooting that wounded two other people.'), 0);
    assert.equal(oneAndOthersShot('A man was shot in the chest and died, and two others were wounded.'), 0);
    assert.equal(oneAndOthersShot('A woman was shot in the leg and two others were questioned by detectives.'), 0);
    assert.equal(oneAndOthersShot('A woman was shot in the leg. Police later said two others were wounded nearby.'), 0);
  });

  it('should read the one and the others as wounded, less a death told since', () => {
    assert.deepEqual(read('A pregnant woman was shot three times and her unborn baby was killed in a drive-by that injured two other people, police said.'), [null, 3]);
    assert.deepEqual(read('A teenager was shot in the head on Sunday in a shooting that wounded two other people. He died at the hospital on Monday.'), [1, 2]);
  });
});
