import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

describe('townsReadAsBodies', () => {
  it('should read a town goods are shipped to as a place, not a body', () => {
    const body = 'The plant in Russia, which refines oil, supplies fuel to Novorossiysk for export.';
    const town = recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === 'Novorossiysk');
    assert.equal(town?.type, 'location');
    assert.equal(town?.country, 'RU');
  });
});
