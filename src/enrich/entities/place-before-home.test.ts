import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function typed(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.map((e) => `${e.type}:${e.text}:${e.country ?? ''}`);
}

describe('placesBeforeHomes', () => {
  it('should read a Hong Kong district before "home of" as the place, with its country', () => {
    assert.deepEqual(typed('Police searched the Sha Tin home of Alan Chow on Tuesday.'), ['location:Sha Tin:HK', 'person:Alan Chow:']);
  });
});
