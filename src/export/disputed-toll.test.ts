import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disputedToll } from './disputed-toll.js';

const variant = (value: string, source: string) => ({ value, sources: [source] });

describe('disputedToll', () => {
  it('should give the figures of a toll the reports dispute, lowest first', () => {
    const e = { discrepancies: [{ about: 'injured', variants: [variant('5', 'a'), variant('4', 'b')] }] };
    assert.equal(disputedToll(e, 'injured'), '4; 5');
    assert.equal(disputedToll(e, 'killed'), null);
  });

  it('should give nothing for a toll that rose as the reports came in', () => {
    const e = { discrepancies: [{ about: 'killed', variants: [variant('12', 'a'), variant('19', 'b')], revised: true as const }] };
    assert.equal(disputedToll(e, 'killed'), null);
  });

  it('should give nothing where no discrepancy is about the toll', () => {
    const e = { discrepancies: [{ about: 'number of patients', variants: [variant('120', 'a'), variant('140', 'b')] }] };
    assert.equal(disputedToll(e, 'injured'), null);
    assert.equal(disputedToll({ discrepancies: [] }, 'killed'), null);
  });
});

describe('disputedToll with a side\'s bound (ux67)', () => {
  it('should keep "more than" a figure in its figure\'s place', () => {
    const e = { discrepancies: [{ about: 'killed', variants: [variant('4', 'a'), variant('more than 10', 'b'), variant('2', 'c')] }] };
    assert.equal(disputedToll(e, 'killed'), '2; 4; more than 10');
  });
});

describe('disputedToll: deaths from illness', () => {
  it('should give the rival figures of the day that holds the latest running total, not those of an earlier day', () => {
    const e = {
      casualties: { killed: null, injured: null, died: 30 },
      discrepancies: [
        { about: 'died', variants: [variant('5', 'a'), variant('8', 'b')] },
        { about: 'died', variants: [variant('5', 'a'), variant('30', 'c')], revised: true as const },
        { about: 'died', variants: [variant('30', 'c'), variant('41', 'd')] },
      ],
    };
    assert.equal(disputedToll(e, 'died'), '30; 41');
    assert.equal(disputedToll({ ...e, discrepancies: e.discrepancies.slice(0, 2) }, 'died'), null);
  });
});
