import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE_DEATH_OF, HEADLINE_HURT, HEADLINE_HURT_AFTER, HEADLINE_KILLED } from './casualty-headline.js';
import { findCasualties } from './casualties.js';

describe('HEADLINE_HURT', () => {
  it('should read a man who shot his own leg, and a graze, as one hurt', () => {
    assert.equal(HEADLINE_HURT.test('Hunter shoots own leg while unloading rifle'), true);
    assert.equal(HEADLINE_HURT.test('Teen grazed by bullet outside school'), true);
    // A wound told of a body part: the one it belongs to.
    assert.equal(HEADLINE_HURT.test("9-year-old's hand grazed by bullet at playground"), true);
    assert.equal(HEADLINE_HURT.test("Boy's foot grazed by bullet; he died later"), false);
    assert.equal(HEADLINE_HURT.test('Man shoots own leg, then dies at hospital'), false);
  });
});

describe('HEADLINE_HURT_AFTER', () => {
  it('should read a lone wounded told after what followed', () => {
    assert.equal(HEADLINE_HURT_AFTER.test('Sheriff pleads for calm after youth shot'), true);
    assert.equal(HEADLINE_HURT_AFTER.test('Two men arrested after 10-year-old girl wounded at a party'), true);
  });

  it('should not read a death, nor shots fired at someone', () => {
    assert.equal(HEADLINE_HURT_AFTER.test('Vigil held after teen shot dies'), false);
    assert.equal(HEADLINE_HURT_AFTER.test('Man arrested after officer shot at during traffic stop'), false);
    assert.equal(HEADLINE_HURT_AFTER.test('Neighbors worried after string of burglaries'), false);
  });

  it('should give a page with only its headline one wounded', () => {
    assert.deepEqual(findCasualties('Mayor calls for calm after youth shot.\n\nSign up for our newsletter.'), { killed: null, injured: 1 });
  });
});

describe('HEADLINE_KILLED', () => {
  it('should read a death told as beaten and shot to death, or as fatally struck', () => {
    assert.equal(HEADLINE_KILLED.test('Coroner: Missing student was beaten, shot to death'), true);
    assert.equal(HEADLINE_KILLED.test('Officer fatally struck by round from colleague\'s rifle'), true);
  });
});

describe('HEADLINE_DEATH_OF', () => {
  it('should read a body found, or the death of one person, as one dead', () => {
    assert.equal(HEADLINE_DEATH_OF.test('Body found on River Road, investigation underway'), true);
    assert.equal(HEADLINE_DEATH_OF.test('Body of missing hunter found in woods'), true);
    assert.equal(HEADLINE_DEATH_OF.test('Pair indicted in death of toddler'), true);
    assert.equal(HEADLINE_DEATH_OF.test('Woman charged in shooting death of her son'), true);
  });

  it('should not read body armor, a death of no one, or a death told past the headline', () => {
    assert.equal(HEADLINE_DEATH_OF.test('Body armor found in suspect\'s car'), false);
    assert.equal(HEADLINE_DEATH_OF.test('Lawmakers debate the death penalty'), false);
    assert.equal(HEADLINE_DEATH_OF.test('Council meets on budget\n\nThe body found the plan wanting.'), false);
  });

  it('should give a page with only such a headline one dead', () => {
    assert.deepEqual(findCasualties('Body found in county park.\n\nCheck back for updates.'), { killed: 1, injured: null });
  });
});
