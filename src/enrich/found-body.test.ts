import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyFoundAround, bodyFoundBefore, foundBodyOfNamed } from './found-body.js';
import { findCasualties } from './casualties.js';

describe('foundBodyOfNamed', () => {
  it('should read a named person whose body was found as one dead', () => {
    const text = 'Divers searching the hull of the ferry found the body of deckhand Tomas Velasco on Friday, the coast guard said.';
    assert.equal(foundBodyOfNamed(text), true);
    assert.equal(findCasualties(text)?.killed, 1);
    assert.equal(bodyFoundBefore('Divers searching the hull of the ferry found the body of deckhand '), true);
  });

  it('should leave a body of water, a body of work and an unnamed find alone', () => {
    assert.equal(foundBodyOfNamed('Rescuers found the body of water beside Lake Marren had frozen.'), false);
    assert.equal(foundBodyOfNamed('Critics praised the body of work Anna Reyes left.'), false);
    assert.equal(foundBodyOfNamed('Divers found the body of Tomas Velasco\'s dog near the pier.'), false);
  });

  it('should read the same find told passively', () => {
    const text = 'The body of missing deckhand Tomas Verlaine was recovered from the hold on Tuesday, the coast guard said.';
    assert.equal(foundBodyOfNamed(text), true);
    assert.equal(findCasualties(text)?.killed, 1);
    assert.equal(foundBodyOfNamed('The body of Ines Marlow, 34, was found on a beach near Port Selwyn.'), true);
    assert.equal(bodyFoundAround('The body of missing deckhand ', ' was recovered from the hold'), true);
  });

  it('should leave a passive find of a named person\'s belongings, or a body not yet found, alone', () => {
    assert.equal(foundBodyOfNamed("The body of Tomas Verlaine's car was found in the river."), false);
    assert.equal(foundBodyOfNamed('The body of Tomas Verlaine has not been found.'), false);
    assert.equal(bodyFoundAround('The body of missing deckhand ', ' has not been found'), false);
  });
});
