import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalValue, timexErrors, wrongCause } from './timex-errors.js';
import type { GoldTimex } from './timeml.js';

const t = (start: number, end: number, value: string, type: GoldTimex['type'] = 'DATE'): GoldTimex => ({ start, end, type, value });

describe('wrongCause', () => {
  it('should name each class of a wrong value', () => {
    assert.equal(wrongCause('2000-W7', '2000-W07'), 'written another way');
    assert.equal(wrongCause('P2.5Y', 'P2Y6M'), 'written another way');
    assert.equal(wrongCause('1989-10-27T24', '1989-10-27T24:00'), 'written another way');
    assert.equal(wrongCause('PRESENT_REF', '2005-05-07'), 'vague reference');
    assert.equal(wrongCause('P2Y', '2006'), 'length read as a date');
    assert.equal(wrongCause('1994', 'P5Y'), 'date read as a length');
    assert.equal(wrongCause('P6D', 'P6M'), 'another length');
    assert.equal(wrongCause('1989-WXX', '1989-W43'), 'gold leaves it open');
    assert.equal(wrongCause('2000-01-07', '2000-01-07TNI'), 'part of the day');
    assert.equal(wrongCause('1988', '1988-Q3'), 'finer than the gold');
    assert.equal(wrongCause('1989-10-30', '1989'), 'coarser than the gold');
    assert.equal(wrongCause('1990-08-06', '1990-08-13'), 'same kind, another date');
    assert.equal(wrongCause('1988-Q3', '1988-10'), 'another unit, same year');
    assert.equal(wrongCause('1988-Q3', '1989-10'), 'another unit and year');
  });

  it('should leave values apart that only look alike', () => {
    assert.notEqual(canonicalValue('2000-W17'), canonicalValue('2000-W7'));
    assert.equal(canonicalValue('T10:30'), 'T10:30');
  });
});

describe('timexErrors', () => {
  it('should count what the value match of the benchmark leaves unmatched', () => {
    const gold = [t(0, 6, '1998-02-06'), t(10, 19, '1998-W08'), t(30, 33, 'PRESENT_REF')];
    const predicted = [t(0, 6, '1998-02-06'), t(10, 19, '1998-W07'), t(40, 45, 'P3D', 'DURATION')];
    const errors = timexErrors(gold, predicted);
    assert.deepEqual(
      errors.map((e) => [e.kind, e.cause]),
      [
        ['wrong', 'same kind, another date'],
        ['missed', 'vague reference'],
        ['spurious', 'length'],
      ],
    );
  });

  it('should use each prediction once, as the scorer does', () => {
    // Two gold expressions under one prediction: the second is wrong only if it overlaps an unused prediction.
    const errors = timexErrors([t(0, 4, '2009'), t(0, 12, 'P2Y', 'DURATION')], [t(0, 4, '2009')]);
    assert.deepEqual(
      errors.map((e) => [e.kind, e.cause]),
      [['missed', 'length']],
    );
  });
});
