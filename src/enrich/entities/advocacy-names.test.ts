import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function bodies(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'organization').map((e) => e.text);
}

describe('advocacyNames', () => {
  it('should read a rights group named "Committee to Protect X" or "X Without Limits" whole, as a body', () => {
    const body = 'The Committee to Protect Writers said the killing must be solved. Reporters Without Limits and the Foundation for Press Liberty condemned it.';
    assert.deepEqual(bodies(body), ['Committee to Protect Writers', 'Reporters Without Limits', 'Foundation for Press Liberty']);
    // A capitalised word before the group's word opens a longer name, read as the tagger reads it.
    assert.ok(!bodies('A gift came from the Ada Lund Foundation for the Arts.').includes('Foundation for the Arts'));
  });
});
