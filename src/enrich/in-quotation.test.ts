import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideQuotation } from './in-quotation.js';

describe('insideQuotation', () => {
  it('should find a place after an opening quote that is not yet closed, curly or straight', () => {
    assert.equal(insideQuotation('\u201cThis is very sad '), true);
    assert.equal(insideQuotation('"This is very sad '), true);
    assert.equal(insideQuotation('The neighbour said: \u201cWe heard shots and '), true);
  });

  it('should not find a place after a closed quotation or in a sentence with none', () => {
    assert.equal(insideQuotation('\u201cWe heard shots,\u201d she said '), false);
    assert.equal(insideQuotation('"We heard shots," she said '), false);
    assert.equal(insideQuotation('Two men were shot '), false);
  });
});
