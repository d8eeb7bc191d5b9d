import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyKindNoTown } from './body-kind-word.js';

describe('bodyKindNoTown', () => {
  it('should read a body’s kind standing alone as no town, unless the text names the state a town of that name is in', () => {
    assert.equal(bodyKindNoTown('Council', 'A divided Council failed to agree on a statement, diplomats in the United States said.'), true);
    assert.equal(bodyKindNoTown('Senate', 'The Senate voted on Tuesday.'), true);
    assert.equal(bodyKindNoTown('Council', 'Two men were hurt in a fire in Council, North Carolina, on Sunday.'), false);
    // Not a body's kind: left to the other rules.
    assert.equal(bodyKindNoTown('Springfield', 'A fire broke out in Springfield.'), false);
  });
});
