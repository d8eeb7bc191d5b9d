import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOrdinaryWord } from './ordinary-word.js';

describe('isOrdinaryWord', () => {
  it('should take words English writes in lower case, capitalised or not, for ordinary ones', () => {
    for (const word of ['State', 'Street', 'Home', 'Public', 'Storage', 'Times', 'Best', 'Express', 'General', 'First', 'National', 'Union']) {
      assert.ok(isOrdinaryWord(word), word);
    }
  });

  it('should not take a coined or foreign name word for an ordinary one', () => {
    for (const word of ['Vardenholm', 'Quillabrook', 'Sembilan', 'Oskarsson']) assert.ok(!isOrdinaryWord(word), word);
  });
});
