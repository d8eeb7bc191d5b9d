import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function typed(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.map((e) => `${e.type}:${e.text}`);
}

describe('surnamesWithAges', () => {
  it('should read a surname the gazetteer holds as a place as the person when an age follows it', () => {
    const body = 'Diego Morales Ruiz, a reporter, was killed on Friday. Two gunmen fired at Morales, 37, at least five times as he left a cafe.';
    assert.deepEqual(typed(body).filter((t) => t.endsWith('Morales')), ['person:Morales']);
  });
});
