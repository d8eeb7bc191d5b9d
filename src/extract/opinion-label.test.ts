import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutOpinionLabel } from './opinion-label.js';

describe('cutOpinionLabel', () => {
  it('should give the opinion label a section cut took off either side of the headline', () => {
    assert.equal(cutOpinionLabel('Opinion | Why the port paid twice', 'Why the port paid twice'), 'Opinion');
    assert.equal(cutOpinionLabel('Our harbour deserves better - Editorial', 'Our harbour deserves better'), 'Editorial');
  });

  it('should give nothing for another section or an uncut headline', () => {
    assert.equal(cutOpinionLabel('World | Ferry runs aground off Skerry', 'Ferry runs aground off Skerry'), null);
    assert.equal(cutOpinionLabel('Ferry runs aground off Skerry', 'Ferry runs aground off Skerry'), null);
  });
});
