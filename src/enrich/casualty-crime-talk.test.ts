import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutCrimeTalk } from './casualty-crime-talk.js';
import { findCasualties } from './casualties.js';

describe('murder named as a kind of crime', () => {
  it('should blank a list of crimes, a crime beside another, and a plan', () => {
    assert.doesNotMatch(withoutCrimeTalk('The crew is tied to crimes ranging from arson to murder and extortion.'), /murder/);
    assert.doesNotMatch(withoutCrimeTalk('The program aims to reduce homicides in the city.'), /homicide/);
    assert.doesNotMatch(withoutCrimeTalk('He was convicted of a murder conspiracy in 2012.'), /murder/);
    assert.doesNotMatch(withoutCrimeTalk('Members who left faced beatings or murder.'), /murder/);
  });

  it('should keep a murder told as a death, or as charges', () => {
    assert.match(withoutCrimeTalk('She is charged with murder over the killing of her landlord.'), /murder/);
    assert.match(withoutCrimeTalk('Three crew members face murder and arson charges.'), /murder/);
  });

  it('should give no death to a shooting that only names murder as a gang\'s crime', () => {
    const text = 'Gang members charged in shooting of family.\n\nFour members of the Eastside crew were charged in the shooting of a family on Elm Street in June. The crew is engaged in crimes including murder, robbery and drug dealing, prosecutors said.';
    assert.equal(findCasualties(text)?.killed ?? null, null);
  });

  it('should still read a murder charge as a death', () => {
    assert.equal(findCasualties('A man was charged with murder on Monday after a shooting on Elm Street.')?.killed, 1);
  });
});

describe('murder as a suspect\'s past', () => {
  it('should blank a parole warrant, a term served and a prior conviction for murder', () => {
    assert.doesNotMatch(withoutCrimeTalk('He was jailed on a parole warrant for murder from Ohio.'), /murder/);
    assert.doesNotMatch(withoutCrimeTalk('The man had served 18 years for murder.'), /murder/);
    assert.doesNotMatch(withoutCrimeTalk('He has a prior murder conviction.'), /murder/);
  });

  it('should give no death to a wounding told beside the shooter\'s past', () => {
    const text = 'Man wounds himself in the foot.\n\nA man firing at a pickup tripped and shot his own foot, deputies said. He faces assault charges and a probation warrant for murder from Texas.';
    assert.equal(findCasualties(text)?.killed ?? null, null);
  });
});
