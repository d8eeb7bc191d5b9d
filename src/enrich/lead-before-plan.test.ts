import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadBeforePlan } from './lead-before-plan.js';

describe('leadBeforePlan', () => {
  it("should let a lead's own act outweigh a plan told in a later paragraph", () => {
    assert.equal(leadBeforePlan("Freedonia's Supreme Court on Tuesday upheld the mayor's re-election.", '\n\nThe chief justice read the decision.\n\n'), true);
  });

  it('should leave the plan to a lead that looks ahead or shares its paragraph', () => {
    assert.equal(leadBeforePlan('The two parties agreed on Tuesday that their leaders will meet again.', '\n\n'), false);
    assert.equal(leadBeforePlan("Freedonia's Supreme Court on Tuesday upheld the mayor's re-election.", ' '), false);
  });
});
