import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOTH_HURT, BULLET_HIT_BOTH } from './casualty-together.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('two people told together after "both"', () => {
  it('should take two named or described after "both" as hurt', () => {
    assert.ok(new RegExp(BOTH_HURT.source, 'i').test('Both the gunman and the boy were taken to a hospital.'));
    assert.deepEqual(read('A man fired into a crowd and another man shot back. Both the gunman and a 12-year-old girl were taken to a hospital with non-life-threatening injuries.'), [null, 2]);
    assert.deepEqual(read('Police said Ortega shot himself and his cousin by accident. Both Ortega and the cousin suffered minor injuries.'), [null, 2]);
  });

  it('should not count an unborn child apart from the mother, nor two who died of their wounds', () => {
    assert.deepEqual(read('A pregnant woman was shot in the leg on Friday. Both she and her unborn baby were in fair condition.'), [null, 1]);
    // Shot, the dead among them: none left wounded.
    assert.deepEqual(read('A man and his son were found dead in their home on Friday. Both Miller and his son suffered gunshot wounds, which appear to be the cause of death.'), [2, 0]);
  });
});

describe('two counts joined in a headline that drops its article', () => {
  it('should read people "shot at" a gathering as shot there', () => {
    assert.deepEqual(read('3 Women, 2 Men Shot At Backyard Party In Elmwood.\n\nGunfire broke out late Saturday.'), [null, 5]);
  });

  it('should still not read people who fired at others as shot', () => {
    assert.equal(read('Two men and a woman shot at officers before fleeing, police said.'), null);
  });
});

describe('two people told together in a condition of the living', () => {
  it('should read them as two wounded', () => {
    assert.deepEqual(read('Shots rang out outside a bar on Friday. A 26-year-old woman and a 31-year-old man are in stable condition.'), [null, 2]);
  });
});

describe('BULLET_HIT_BOTH', () => {
  it('should read a bullet that hit two people as two shot', () => {
    assert.deepEqual(findCasualties('The gun fell and went off, and a bullet hit both Smith and the six-year-old in the leg.'), { killed: null, injured: 2 });
    assert.equal(BULLET_HIT_BOTH.test('The round struck both men as they ran.'), true);
  });

  it('should not read both sides of a street or a bullet that hit a car', () => {
    assert.equal(BULLET_HIT_BOTH.test('Shots were fired from both sides of the street.'), false);
    assert.equal(BULLET_HIT_BOTH.test('A bullet hit the car and the house next door.'), false);
  });
});
