import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chargesIn, rivalCharges } from './charges.js';

describe('chargesIn', () => {
  it('should read an offence tied to an accusation, under one name for its wordings', () => {
    assert.deepEqual(chargesIn('Investigators accused the photographer of high treason, his wife said.'), ['treason']);
    assert.deepEqual(chargesIn('Kovacs is suspected of spying for a foreign state, a court official said.'), ['espionage']);
    assert.deepEqual(chargesIn('The driver will be charged with aggravated homicide.'), ['murder']);
    assert.deepEqual(chargesIn('Editor held on sedition charge'), ['sedition']);
  });

  it('should read every offence a charging sentence names, and no verdict', () => {
    assert.deepEqual(chargesIn('Besides manslaughter, the driver was charged with two counts of kidnapping.').sort(), ['kidnapping', 'manslaughter']);
    assert.deepEqual(chargesIn('A jury convicted the driver of manslaughter on Friday.'), []);
    assert.deepEqual(chargesIn('Ruiz is accused of spying, though his lawyer said the case was opened under the sedition law.'), ['espionage']);
  });

  it('should not read offences that count cases or name a law', () => {
    assert.deepEqual(chargesIn('She is the fifth journalist detained on treason or espionage charges this year.'), []);
    assert.deepEqual(chargesIn('His lawyer said the case had been opened under the treason article of the criminal code.'), []);
  });

  it('should read no charge where the accused is no person, the words are no accusation, or the accuser is a state', () => {
    assert.deepEqual(chargesIn('The two presidents held talks over terrorism and energy prices.'), []);
    assert.deepEqual(chargesIn('Tehran accused Washington of terrorism after the strike.'), []);
    assert.deepEqual(chargesIn('The commission investigated the allegations of fraud in the tender.'), []);
    assert.deepEqual(chargesIn('Baku was accused of espionage by Yerevan.'), []);
  });

  it('should read a charge laid against a person by name, noun or pronoun, and by a case\'s accuser', () => {
    assert.deepEqual(chargesIn('Prosecutors charged Lena Okoro with sedition on Monday.', new Set(['lena', 'okoro'])), ['sedition']);
    assert.deepEqual(chargesIn('Prosecutors charged Lena Okoro with sedition on Monday.'), []);
    assert.deepEqual(chargesIn('The blogger was accused of espionage by prosecutors.'), ['espionage']);
    assert.deepEqual(chargesIn('Prosecutors filed terrorism charges against the cartoonist on Friday.'), ['terrorism']);
    assert.deepEqual(chargesIn('She faces charges of extremism.'), ['extremism']);
  });

  it('should take only rival names for one act as rival charges, not offences charged together', () => {
    assert.equal(rivalCharges('treason', 'espionage'), true);
    assert.equal(rivalCharges('murder', 'manslaughter'), true);
    assert.equal(rivalCharges('murder', 'kidnapping'), false);
    assert.equal(rivalCharges('fraud', 'money laundering'), false);
  });
});
