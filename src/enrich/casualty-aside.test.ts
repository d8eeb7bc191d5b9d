import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANIMAL_HARM, blankMonthTolls } from './casualty-aside.js';
import { findCasualties } from './casualties.js';

describe('blankMonthTolls', () => {
  it("should blank a clause with a month's toll and keep the rest, offsets kept", () => {
    const text = 'A man was wounded Friday. Eleven people were killed in March, police said. He is stable.';
    const out = blankMonthTolls(text);
    assert.equal(out.length, text.length);
    assert.ok(out.includes('A man was wounded Friday.'));
    assert.ok(out.includes('He is stable.'));
    assert.ok(!out.includes('Eleven'));
  });
});

describe('ANIMAL_HARM', () => {
  it('should take some of the animals hurt ("one of the family dogs") as no person hurt', () => {
    assert.ok(new RegExp(ANIMAL_HARM.source, 'i').test('killing her and injuring one of the family dogs'));
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The rifle went off and the bullet struck the girl, killing her and wounding one of the family dogs.'), [1, null]);
    // A person wounded beside the death still counts.
    assert.deepEqual(read('The rifle went off and the bullet struck the girl, killing her and wounding her brother.'), [1, 1]);
  });
});
