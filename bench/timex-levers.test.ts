import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayInterval, leverOf, systematic } from './timex-levers.js';
import type { TimexError } from './timex-errors.js';
import type { GoldTimex } from './timeml.js';

const t = (value: string, type: GoldTimex['type'] = 'DATE'): GoldTimex => ({ start: 0, end: 5, type, value });
const wrong = (gold: string, ours: string): TimexError => ({ kind: 'wrong', cause: '', gold: t(gold), predicted: t(ours) });
const DCT = '1998-03-04T10:00';

describe('dayInterval', () => {
  it('should give the first and last day of each kind of period', () => {
    const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const span = (v: string): string[] => dayInterval(v)!.map(iso);
    assert.deepEqual(span('1998-03-04'), ['1998-03-04', '1998-03-04']);
    assert.deepEqual(span('1998-W10'), ['1998-03-02', '1998-03-08']);
    assert.deepEqual(span('2000-W7'), ['2000-02-14', '2000-02-20']);
    assert.deepEqual(span('1998-Q1'), ['1998-01-01', '1998-03-31']);
    assert.deepEqual(span('1990-H2'), ['1990-07-01', '1990-12-31']);
    assert.deepEqual(span('1998-02'), ['1998-02-01', '1998-02-28']);
    assert.deepEqual(span('FY2007'), ['2007-01-01', '2007-12-31']);
    assert.equal(dayInterval('P3D'), null);
    assert.equal(dayInterval('PRESENT_REF'), null);
  });
});

describe('leverOf', () => {
  it('should put a wrong value under the lever that would fix it', () => {
    assert.equal(leverOf(wrong('1998-03-06', '1998-02-27'), DCT), 'direction: gold ahead, ours back');
    assert.equal(leverOf(wrong('1998-02-27', '1998-03-06'), DCT), 'direction: gold back, ours ahead');
    assert.equal(leverOf(wrong('1998-02-24', '1998-03-03'), DCT), 'anchor: another period on the same side');
    assert.equal(leverOf(wrong('1998-03-03', '1998-03-04'), DCT), 'anchor: another period on the same side');
    assert.equal(leverOf(wrong('1997-Q3', '1997'), DCT), 'granularity');
    assert.equal(leverOf(wrong('1998-03', '1998-W10'), DCT), 'granularity');
    assert.equal(leverOf(wrong('P2Y', '1996'), DCT), 'duration against a point');
    assert.equal(leverOf(wrong('P6D', 'P6M'), DCT), 'duration: another length');
    assert.equal(leverOf(wrong('1998-WXX', '1998-W09'), DCT), 'gold convention: value left open');
    assert.equal(leverOf(wrong('1998-03-03', '1998-03-03TNI'), DCT), 'gold convention: part of the day');
    assert.equal(leverOf(wrong('PAST_REF', 'PXY'), DCT), 'gold convention: vague reference (another value)');
    assert.equal(leverOf(wrong('2000-W7', '2000-W07'), DCT), 'written another way');
  });

  it('should sort what was missed or found over no gold by what it is', () => {
    assert.equal(leverOf({ kind: 'spurious', cause: '', predicted: t('PRESENT_REF') }, DCT), 'gold convention: vague reference (spurious)');
    assert.equal(leverOf({ kind: 'missed', cause: '', gold: t('P1Y', 'SET') }, DCT), 'set (missed)');
    assert.equal(leverOf({ kind: 'missed', cause: '', gold: t('PXD', 'DURATION') }, DCT), 'duration (missed)');
    assert.equal(leverOf({ kind: 'spurious', cause: '', predicted: t('1998-03-02') }, DCT), 'span: a point spurious');
  });
});

describe('systematic', () => {
  it('should ask for two errors in every set at rates within a factor of two', () => {
    assert.equal(systematic([47, 8, 5], [3.8, 2.7, 3.5]), true);
    assert.equal(systematic([26, 12, 1], [2.1, 4.0, 0.7]), false);
    assert.equal(systematic([7, 7, 6], [0.6, 2.3, 4.2]), false);
  });
});
