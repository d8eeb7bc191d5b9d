import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneAndOthersShot } from './casualty-others-beside.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('one person hurt and a count of others in one sentence', () => {
  it('should count the one and the others', () => {
    assert.equal(oneAndOthersShot('A young mother was shot in the arm near Elm Street in a burst of gunfire that wounded two other people, officers said.'), 3);
    assert.equal(oneAndOthersShot('An 8-year-old boy remains in fair condition after gunfire that also wounded two other people at a picnic.'), 3);
    assert.equal(oneAndOthersShot('The driver was grazed by a round and two others were hurt by flying glass.'), 3);
  });

  it('should not count a death, others not hurt, or a count across sentences', () => {
    assert.equal(oneAndOthersShot('A cook was shot dead on Thursday in a shooting that wounded three other people.'), 0);
    assert.equal(oneAndOthersShot('A teen was hit in the stomach and died, and three others were wounded.'), 0);
    assert.equal(oneAndOthersShot('A woman was wounded in the wrist and two others were questioned by detectives.'), 0);
    assert.equal(oneAndOthersShot('A woman was wounded in the wrist. Officers later said two others were hurt nearby.'), 0);
  });

  it('should read the one and the others as wounded, less a death told since', () => {
    assert.deepEqual(read('A pregnant woman was shot twice and her unborn child died in a drive-by that wounded two other people, deputies said.'), [null, 3]);
    assert.deepEqual(read('A teenager was hit in the neck on Friday in a shooting that wounded two other people. He died in surgery on Saturday.'), [1, 2]);
  });
});
