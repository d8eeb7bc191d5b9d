import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crewCounts } from './crew-counts.js';

describe('crewCounts', () => {
  it('should give the figure most reports give, and list the others as a discrepancy', () => {
    const reports = [
      { id: 'a1', body: 'Seventeen crew members were taken hostage on the tanker, the manager said.' },
      { id: 'a2', body: 'Pirates were holding 18 sailors hostage, a naval force said. Two sailors are missing.' },
      { id: 'a3', body: 'The 18 seafarers are still held hostage off Eyl.' },
    ];
    assert.deepEqual(crewCounts(reports), {
      crew: { held: 18, missing: 2 },
      discrepancies: [{ about: 'crew held hostage', variants: [{ value: '18', sources: ['a2', 'a3'] }, { value: '17', sources: ['a1'] }] }],
    });
  });

  it('should give no crew where no report counts them', () => {
    assert.deepEqual(crewCounts([{ id: 'b1', body: 'A drone hit the tanker on Friday. All 23 crew members are safe.' }]), { discrepancies: [] });
  });
});
