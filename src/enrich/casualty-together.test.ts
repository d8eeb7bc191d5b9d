import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOTH_HURT, BULLET_HIT_BOTH } from './casualty-together.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('two people told together after "both"', () => {
  it('should take two named or described after "both" as hurt', () => {
    assert.ok(new RegExp(BOTH_HURT.source, 'i').test('Both the gunman and the boy were taken to a hospital.'));
    assert.deepEqual(read('A man fired into a crowd and another man shot back. Both the gunman and a 9-year-old were rushed to a hospital with minor wounds.'), [null, 2]);
    assert.deepEqual(read('Deputies said Brannock shot himself and his cousin by accident. Both Brannock and the cousin suffered minor injuries.'), [null, 2]);
  });

  it('should not count an unborn child apart from the mother, nor two who died of their wounds', () => {
    assert.deepEqual(read('A pregnant woman was wounded in the hip on Tuesday. Both she and her unborn child are in good condition.'), [null, 1]);
    // Shot, the dead among them: none left wounded.
    assert.deepEqual(read('A man and his son were found dead in a cabin on Sunday. Both Pettibone and his son suffered gunshot wounds, which the coroner listed as the cause of death.'), [2, 0]);
  });
});

describe('two counts joined in a headline that drops its article', () => {
  it('should read people "shot at" a gathering as shot there', () => {
    assert.deepEqual(read('3 Women, 2 Men Shot At Backyard Party In Elmwood.\n\nGunfire broke out late Saturday.'), [null, 5]);
  });

  it('should still not read people who fired at others as shot', () => {
    assert.equal(read('Two women and a man shot at deputies before fleeing, police said.'), null);
  });
});

describe('two people told together in a condition of the living', () => {
  it('should read them as two wounded', () => {
    assert.deepEqual(read('Shots rang out outside a bar on Friday. A 58-year-old woman and a 33-year-old man are in fair condition.'), [null, 2]);
  });
});

describe('BULLET_HIT_BOTH', () => {
  it('should read a bullet that hit two people as two shot', () => {
    assert.deepEqual(findCasualties('The pistol dropped and fired, and a bullet hit both Okafor and the nine-year-old in the wrist.'), { killed: null, injured: 2 });
    assert.equal(BULLET_HIT_BOTH.test('The round struck both men as they ran.'), true);
  });

  it('should not read both sides of a street or a bullet that hit a car', () => {
    assert.equal(BULLET_HIT_BOTH.test('Shots were fired from both sides of the street.'), false);
    assert.equal(BULLET_HIT_BOTH.test('A bullet hit the car and the house next door.'), false);
  });
});

describe('pairs of victims with a describing word before the first', () => {
  it('should count both of a pair told as shot and killed where the first has a word like "retired" before the noun', () => {
    assert.deepEqual(findCasualties('A retired teacher and her nephew were shot and killed inside their apartment late on Sunday.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('Deputies said a former bartender and his brother were shot dead outside the tavern.'), { killed: 2, injured: null });
  });

  it('should count both of such a pair as wounded where they lived', () => {
    assert.deepEqual(findCasualties('A retired mechanic and his daughter were shot on Maple Lane; both are expected to recover.'), { killed: null, injured: 2 });
  });
});
