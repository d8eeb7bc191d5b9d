import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BACKGROUND_SINCE } from './own-since.js';

const background = (text: string): boolean => new RegExp(String.raw`\b${BACKGROUND_SINCE}\b`, 'i').test(text);

describe('BACKGROUND_SINCE', () => {
  it('should read "since" before another incident as background', () => {
    assert.equal(background('the third shooting on the block since the killing on'), true);
    assert.equal(background('no arrests have been made since a man was killed on'), true);
  });

  it("should not read \"since\" that opens the subject's own incident or first step as background", () => {
    assert.equal(background('has remained in critical condition since he was shot on'), false);
    assert.equal(background('has been jailed since being charged with murder for the'), false);
    assert.equal(background('have been in the hospital since they were badly wounded on'), false);
  });
});
