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
  it('should take some of the animals hurt ("one of the farm dogs") as no person hurt', () => {
    assert.ok(new RegExp(ANIMAL_HARM.source, 'i').test('killing him and wounding one of the farm dogs'));
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The shotgun discharged and the pellets hit the boy, killing him and wounding one of the farm dogs.'), [1, null]);
    // A person wounded beside the death still counts.
    assert.deepEqual(read('The shotgun discharged and the pellets hit the boy, killing him and wounding his sister.'), [1, 1]);
  });
});

describe('EARLIER_BY_SPAN', () => {
  it('should leave out another event set hours before or after the story, where the story has a toll of its own', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A deputy was shot and wounded in Elm County on Sunday. The attack came hours before two troopers were shot dead in another state.'), [null, 1]);
    assert.deepEqual(read('Two people were wounded at a bus stop on Friday. It came just over a week after four officers were killed downtown.'), [null, 2]);
  });
});

describe('a shooting at a gathering for the dead', () => {
  const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

  it('should not count the death of the one mourned', () => {
    assert.deepEqual(read('A man opened fire during a vigil for a teenager who was killed last week, wounding three people, police said.'), [null, 3]);
    assert.deepEqual(read('Two women were shot at a memorial on Oak Street. Relatives had come to mourn the death of a cousin who was fatally stabbed there on Monday.'), [null, 2]);
  });

  it('should not count the mourned however the gathering is told of them', () => {
    // The gathering named apart from the harm ("fire shots at a vigil") and its dead told after a verb.
    assert.deepEqual(read('Three teens were shot as the crowd left. Nobody expected anyone to fire shots at a vigil. The vigil honored a cook who died after a robbery last month.'), [null, 3]);
    // A clause between the gathering and whom it was for; no article before the gathering.
    assert.deepEqual(read('Four people were shot at wake on Pine Road. The wake, which was held in memory of a grandfather who died of cancer, had drawn a large crowd.'), [null, 4]);
  });

  it('should count a death at the gathering, and the mourned where no harm came at it', () => {
    assert.deepEqual(read('Gunfire broke out at a funeral on Saturday, killing two men and wounding four others.'), [2, 4]);
    assert.deepEqual(read('Hundreds attended a vigil for a student who was shot dead on Tuesday.'), [1, null]);
  });
});
