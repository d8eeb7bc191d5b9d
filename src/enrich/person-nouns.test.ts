import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KIN_NOUN, KIN_NOUNS, ROLE_NOUN, ROLE_NOUNS, pluralOf } from './person-nouns.js';
import { findCasualties } from './casualties.js';

const whole = (pattern: string): RegExp => new RegExp(`^${pattern}$`, 'i');

describe('person nouns', () => {
  it('should hold kin with their grand-, step-, half- and in-law forms', () => {
    for (const word of ['grandson', 'great-granddaughter', 'stepdaughter', 'step-son', 'half-brother', 'sister-in-law', 'fiancée', 'cousin']) assert.match(word, whole(KIN_NOUN), word);
  });

  it('should hold the plurals of kin words', () => {
    for (const word of ['sisters', 'grandchildren', 'stepsons', 'half-sisters', 'brothers-in-law', 'wives']) assert.match(word, whole(KIN_NOUNS), word);
  });

  it('should hold trades and roles a victim is named by, singular and plural', () => {
    for (const word of ['cook', 'cabbie', 'taxi driver', 'cashier', 'passer-by']) assert.match(word, whole(ROLE_NOUN), word);
    for (const word of ['cooks', 'cabbies', 'passers-by', 'security guards']) assert.match(word, whole(ROLE_NOUNS), word);
  });

  it('should make the plurals English makes', () => {
    assert.equal(pluralOf('daughter-in-law'), 'daughters-in-law');
    assert.equal(pluralOf('grandchild'), 'grandchildren');
    assert.equal(pluralOf('ex-wife'), 'ex-wives');
    assert.equal(pluralOf('cabbie'), 'cabbies');
    assert.equal(pluralOf('deputy'), 'deputies');
    assert.equal(pluralOf('coach'), 'coaches');
  });
});

describe('findCasualties with kin and trades', () => {
  it('should add two counts whose people are kin: two sisters and two men are four', () => {
    assert.deepEqual(findCasualties('Two sisters and two neighbours were shot dead inside the duplex late Sunday.'), { killed: 4, injured: null });
    assert.deepEqual(findCasualties('Three cousins and a neighbor were wounded on the porch.'), { killed: null, injured: 4 });
  });

  it('should read people listed together by grand-, step- and half- kin words', () => {
    assert.deepEqual(findCasualties('A nurse and her grandson were shot and killed beside the stove.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('His stepdaughter and her half-brother were wounded in the driveway.'), { killed: null, injured: 2 });
  });

  it('should read a trade in a list of who was hit where', () => {
    assert.deepEqual(findCasualties('A 44-year-old cook was shot in the shin, a 27-year-old waiter in the elbow.'), { killed: null, injured: 2 });
  });

  it('should read one death told of a cabbie or a taxi driver', () => {
    assert.deepEqual(findCasualties('A cabbie was found shot to death, slumped in his idling taxi before dawn.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Her grandson was shot and killed by the laundromat door.'), { killed: 1, injured: null });
  });
});

describe('findCasualties with kin told in grief', () => {
  it('should not read a relative who "is hurting" as one wounded', () => {
    assert.deepEqual(findCasualties('A boy of eight was fatally shot on Thursday. "There is a mom who is hurting tonight," the pastor said.'), { killed: 1, injured: null });
  });
});
