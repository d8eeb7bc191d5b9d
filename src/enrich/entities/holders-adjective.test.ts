import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holdersAdjectiveLength, isHoldersAdjective } from './holders-adjective.js';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function places(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'location').map((e) => `${e.text}/${e.country ?? ''}`);
}

describe('holders-adjective', () => {
  it('should know a people’s adjective and a participle of holding, and nothing else', () => {
    assert.equal(isHoldersAdjective('Russian-occupied'), true);
    assert.equal(isHoldersAdjective('Israeli-held'), true);
    assert.equal(isHoldersAdjective('Coca-Cola'), false);
    assert.equal(isHoldersAdjective('Smith-held'), false);
    assert.equal(holdersAdjectiveLength('Russian-held Donetsk'), 'Russian-held '.length);
    assert.equal(holdersAdjectiveLength('Donetsk'), 0);
  });

  it('should keep the place’s name without the holder’s adjective, with its country', () => {
    assert.deepEqual(places('Drones hit a fuel depot in Russian-occupied Crimea on Friday.'), ['Crimea/UA']);
    assert.deepEqual(places('Fighting continued in Russian-held Donetsk on Friday.'), ['Donetsk/UA']);
  });
});
