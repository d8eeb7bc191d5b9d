import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionApartFromDeath, oneKilled, survivedWound } from './casualty-one.js';
import { findCasualties } from './casualties.js';

describe('one person told without a number', () => {
  it('should not take a death the sentence doubts', () => {
    assert.ok(oneKilled('A man died at the hospital on Sunday.'));
    assert.ok(!oneKilled('Police could not say whether the man had died.'));
  });

  it("should take a condition apart from the death only of someone else or as it stands now", () => {
    assert.ok(!conditionApartFromDeath('He was taken to the hospital in critical condition, where he died.'));
    assert.ok(conditionApartFromDeath('A second man was taken to the hospital in serious condition.'));
    // An ordinal past the dead brings someone else in: "the fourth victim" after three killed.
    assert.ok(conditionApartFromDeath('Three men were killed. The fourth victim, a woman, was taken to the hospital in stable condition.'));
    assert.ok(!conditionApartFromDeath('Three men were killed. The woman was taken to the hospital in critical condition.'));
  });

  it('should take someone shot who lived as wounded, but not in a sentence of another time', () => {
    assert.ok(survivedWound('Her cousin was shot in the arm but survived.'));
    assert.ok(survivedWound('The driver was hit twice and is expected to recover.'));
    assert.ok(!survivedWound('Last month, a boy on the same street was shot but survived.'));
    // A wound told as suffered: "suffered a gunshot wound ..., but survived".
    assert.ok(survivedWound('His sister suffered a gunshot wound to the hip, but survived.'));
    assert.ok(!survivedWound('His sister suffered a gunshot wound to the hip.'));
  });

  it('should take one person struck or hit and wounded as one wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A 9-year-old girl was struck and wounded by a stray bullet on Tuesday evening.'), [null, 1]);
    assert.deepEqual(read('A man was hit and injured by gunfire outside a bar, police said.'), [null, 1]);
  });
});
