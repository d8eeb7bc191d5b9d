import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeTheftBeforeDate } from './theft-before-date.js';

describe('describeTheftBeforeDate', () => {
  it('should name a theft told by its verb with a sum, and whom it was taken from', () => {
    assert.equal(describeTheftBeforeDate('Prosecutors said a crew siphoned $14 million in stablecoins from the Riga broker Baltrex '), 'Theft from Baltrex');
    assert.equal(describeTheftBeforeDate('Hackers made off with 300 bitcoin '), 'Theft');
  });

  it('should read no theft where nothing of value follows the verb', () => {
    assert.equal(describeTheftBeforeDate('The striker stole the show at the final '), null);
    assert.equal(describeTheftBeforeDate('Crews drained the flooded tunnel '), null);
  });
});
