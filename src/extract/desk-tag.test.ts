import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutDeskTag } from './desk-tag.js';

describe('withoutDeskTag', () => {
  it("should cut wire desks' tags before a headline", () => {
    assert.equal(withoutDeskTag("(LEAD) N. Korean hacking group Kimsuky behind Saebit Telecom breach"), 'N. Korean hacking group Kimsuky behind Saebit Telecom breach');
    assert.equal(withoutDeskTag('(2nd LD) S. Korea, U.S. hold talks'), 'S. Korea, U.S. hold talks');
    assert.equal(withoutDeskTag('UPDATE 2-EU sanctions three Russian officers'), 'EU sanctions three Russian officers');
  });

  it('should keep a headline that opens with brackets or capitals of its own', () => {
    assert.equal(withoutDeskTag('(Opinion) Why the breach matters'), '(Opinion) Why the breach matters');
    assert.equal(withoutDeskTag('NATO-Russia talks collapse'), 'NATO-Russia talks collapse');
    assert.equal(withoutDeskTag('UPDATE-'), 'UPDATE-');
  });
});
