import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describesNamedBody } from './described-body.js';
import { givenEntities as given } from '../../test/entities.js';

/** Whether the lower-case `words` in `body` describe a body named beside them. */
function describes(body: string, words: string, named: string): boolean {
  const start = body.indexOf(words);
  return describesNamedBody(body, start, start + words.length, given(body, [[named, 'organization']]));
}

describe('describesNamedBody', () => {
  it("should read a state's body described right before its name or after it in apposition as that body", () => {
    assert.equal(describes("Portugal's accident investigation office GPIAAF sent a team.", 'accident investigation office', 'GPIAAF'), true);
    assert.equal(describes('GPIAAF, the Portuguese investigation office, leads the inquiry.', 'investigation office', 'GPIAAF'), true);
  });

  it('should leave a body described with no name beside it', () => {
    assert.equal(describes("Seoul's foreign ministry said on Monday that KCNA had lied.", 'foreign ministry', 'KCNA'), false);
  });
});
