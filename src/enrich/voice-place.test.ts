import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inAllegation, invitedTo, placeOfTelling } from './voice-place.js';

const CAPITALS = new Set(['Ottawa', 'Moscow', 'Brussels', 'Washington']);
const lookup = { capital: (name: string) => CAPITALS.has(name), place: (name: string) => CAPITALS.has(name) || name === 'Astana' || name === 'Dayton' };

function telling(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return placeOfTelling(text, start, start + name.length, name, lookup);
}

describe('placeOfTelling', () => {
  it('should read where a statement was made and a capital speaking for its government', () => {
    assert.equal(telling('In Ottawa, a Foreign Ministry spokesperson said Canada was concerned.', 'Ottawa'), true);
    assert.equal(telling('The minister said in a statement issued in Brussels that talks would go on.', 'Brussels'), true);
    assert.equal(telling('Moscow said the vote had been well organised.', 'Moscow'), true);
    assert.equal(telling('Meanwhile Moscow and Astana congratulated the winner.', 'Astana'), true);
  });

  it('should not read a place set as the scene, nor a town that is no capital, as a telling', () => {
    assert.equal(telling('A bus overturned in Ottawa on Monday, police said.', 'Ottawa'), false);
    assert.equal(telling('Dayton said the road would reopen.', 'Dayton'), false);
    assert.equal(telling('Flights between Ottawa and Moscow were cancelled.', 'Moscow'), false);
  });
});

describe('invitedTo and inAllegation', () => {
  it('should read where someone was invited to go', () => {
    const text = 'The president invited him to visit Astana next month.';
    assert.equal(invitedTo(text, text.indexOf('Astana')), true);
    assert.equal(invitedTo('The summit opened in Astana.', 'The summit opened in '.length), false);
  });

  it('should tell a place named in an allegation of fraud from one named in a quotation', () => {
    assert.equal(inAllegation('"Everyone saw what happened in ', '"Everyone saw what happened in Osh," she said.'), 'quote');
    assert.equal(inAllegation('She said there had been ballot stuffing at polling stations in ', 'She said there had been ballot stuffing at polling stations in Osh.'), 'claim');
    assert.equal(inAllegation('Her lawyer said the complaint included recordings from Osh and ', 'Her lawyer said the complaint included recordings from Osh and Talas.'), 'claim');
    assert.equal(inAllegation('Police said a man was shot in ', 'Police said a man was shot in Osh.'), null);
  });
});
