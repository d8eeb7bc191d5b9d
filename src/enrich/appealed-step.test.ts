import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appealedStepMonth } from './appealed-step.js';

describe('appealedStepMonth', () => {
  it('should take back to the past the month of a verdict or conviction an appeal is made against', () => {
    assert.equal(appealedStepMonth("His lawyer said Lindqvist would appeal the jury's verdict in ", '2027-03', '2026-06-10'), '2026-03');
    assert.equal(appealedStepMonth('She plans to challenge her conviction in ', '2026-11', '2026-06-10'), '2025-11');
  });

  it('should leave a verdict still to come, and a month not after the event', () => {
    assert.equal(appealedStepMonth('The jury will deliver its verdict in ', '2027-03', '2026-06-10'), null);
    assert.equal(appealedStepMonth('A verdict is expected in ', '2027-03', '2026-06-10'), null);
    assert.equal(appealedStepMonth("would appeal the jury's verdict in ", '2026-03', '2026-06-10'), null);
    assert.equal(appealedStepMonth("would appeal the jury's verdict in ", '2027-03-02', '2026-06-10'), null);
  });
});
