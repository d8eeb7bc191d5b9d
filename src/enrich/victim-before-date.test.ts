import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { victimBeforeDate } from './victim-before-date.js';

describe('victimBeforeDate', () => {
  it('should read an act and the name of whom it was done to, right before the date', () => {
    assert.deepEqual(victimBeforeDate('The board met after the cyberattack on Ostrava Water '), { description: 'Cyberattack on Ostrava Water', victim: 'Ostrava Water' });
    assert.deepEqual(victimBeforeDate('Police linked the gang to the raid on the Tollgate Depot '), { description: 'Raid on Tollgate Depot', victim: 'Tollgate Depot' });
    assert.deepEqual(victimBeforeDate('Insurers priced in the theft from Kestrel '), { description: 'Theft from Kestrel', victim: 'Kestrel' });
  });

  it('should read nothing where no capitalised victim ends the text, or the act is no act done to someone', () => {
    assert.equal(victimBeforeDate('Residents recalled the attack on a school bus '), null);
    assert.equal(victimBeforeDate('Fans remembered the shooting on Alder Street '), null);
    assert.equal(victimBeforeDate('The attack on Ostrava Water was contained and '), null);
  });
});
