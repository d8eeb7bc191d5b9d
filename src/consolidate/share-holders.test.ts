import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heldShares } from './share-holders.js';

const people = [
  { name: 'Tomas Lindqvist', aliases: ['Tomas Lindkvist'] },
  { name: 'Greta Aalto' },
];

describe('heldShares', () => {
  it('should give the turnout its share however the sentence words it', () => {
    assert.deepEqual(heldShares('Turnout was 61.2 percent of the registered voters.', []), [{ holder: 'turnout', value: '61.2' }]);
    assert.deepEqual(heldShares('The electoral board put turnout at 60.8 percent.', []), [{ holder: 'turnout', value: '60.8' }]);
    assert.deepEqual(heldShares('Officials reported a 59% turnout across the valley.', []), [{ holder: 'turnout', value: '59' }]);
  });

  it("should give a sentence's shares to the event's people in the order it names them", () => {
    assert.deepEqual(heldShares('The board says Lindqvist has 52.4 percent and Aalto 44.9 percent with 95 percent of ballots counted.', people), [
      { holder: 'Tomas Lindqvist', value: '52.4' },
      { holder: 'Greta Aalto', value: '44.9' },
    ]);
    assert.deepEqual(heldShares('The count gave Tomas Lindkvist 52.1 percent of the vote to 45.2 percent for Greta Aalto.', people), [
      { holder: 'Tomas Lindqvist', value: '52.1' },
      { holder: 'Greta Aalto', value: '45.2' },
    ]);
  });

  it('should leave shares unread where the sentence names more or fewer people than it gives shares', () => {
    assert.deepEqual(heldShares('Lindqvist beat Aalto with 52.4 percent of the vote.', people), []);
    assert.deepEqual(heldShares('Nordland province gave 70 percent of its vote to one candidate.', people), []);
  });
});
