import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forASide, inCourtSentence, sentenceAt } from './court-sides.js';

describe('forASide', () => {
  it('should read a side of a case only where the side word closes the phrase', () => {
    assert.equal(forASide(', for the Government, told the judge'), true);
    assert.equal(forASide(', for the accused.'), true);
    assert.equal(forASide(', for the State Journal-Register'), false);
    assert.equal(forASide(", for the People's Daily"), false);
    assert.equal(forASide(', for the Crown Heights Tribune'), false);
    assert.equal(forASide(', for the Republic of Ireland, scored'), false);
  });
});

describe('inCourtSentence', () => {
  it('should find court words in the sentence around a name and not in the sentences beside it', () => {
    const text = 'The judge sat late on Friday. Ms. Orla Pence, for the state, spoke of the tram line. Mr. Ivo Brandt asked for bail.';
    const at = text.indexOf('Orla Pence');
    assert.equal(sentenceAt(text, at, at + 10), 'Ms. Orla Pence, for the state, spoke of the tram line.');
    assert.equal(inCourtSentence(text, at, at + 10), false);
    const ivo = text.indexOf('Ivo Brandt');
    assert.equal(inCourtSentence(text, ivo, ivo + 10), true);
  });
});
