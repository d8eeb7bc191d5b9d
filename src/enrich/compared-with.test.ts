import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPARED_WITH } from './compared-with.js';

const compared = (text: string): boolean => new RegExp(String.raw`\b${COMPARED_WITH}\b`, 'i').test(text);

describe('COMPARED_WITH', () => {
  it('should read a comparison with another incident as a cue', () => {
    assert.equal(compared('Unlike the ambush that killed two deputies on'), true);
    assert.equal(compared('the wounds were similar to those in the shooting on'), true);
    assert.equal(compared('a quiet month compared with the killings on'), true);
  });

  it('should not read words that only look alike as a cue', () => {
    assert.equal(compared('the gunman, who was likely drunk, fired on'), false);
    assert.equal(compared('a similar shooting was reported on'), false);
    assert.equal(compared('police compared the casings found on'), false);
  });
});
