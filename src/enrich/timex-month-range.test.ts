import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../model/types.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { monthsInOrder } from './timex-month-range.js';

function values(text: string, published: string): string[] {
  return findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => `${t.text}=${t.value}`);
}

const side = (value: string): Timex => ({ text: '', value, type: 'DATE', start: 0, end: 0, anchoring: 'inferred' });

describe('a range of months with no year written', () => {
  it('should move the start back a year in the past, and the end on a year ahead', () => {
    const [from, to] = [side('2000-01'), side('1999-06')];
    monthsInOrder(from, to, false);
    assert.deepEqual([from.value, to.value], ['1999-01', '1999-06']);
    const [start, end] = [side('2000-01'), side('1999-06')];
    monthsInOrder(start, end, true);
    assert.deepEqual([start.value, end.value], ['2000-01', '2000-06']);
  });

  it('should leave a range that runs forward', () => {
    const [from, to] = [side('1998-11'), side('1999-02')];
    monthsInOrder(from, to, false);
    assert.deepEqual([from.value, to.value], ['1998-11', '1999-02']);
  });

  it('should read a past range said in December as this year\'s, not from next January', () => {
    assert.deepEqual(values('Sales of the tractor maker climbed 9% from January to June.', '2011-12-12'), ['January=2011-01', 'June=2011-06']);
  });

  it('should read a past range that ends in a month still ahead as last year\'s', () => {
    assert.deepEqual(values('Ticket sales at the zoo fell from March to May.', '2011-03-08'), ['March=2010-03', 'May=2010-05']);
  });

  it('should put a range ahead in the coming months', () => {
    assert.deepEqual(values('The canal will be drained from January to April.', '2011-12-12'), ['January=2012-01', 'April=2012-04']);
  });
});

describe('"between" two months with no year written', () => {
  it('should run forward in the past (said in December, November was last year\'s)', () => {
    assert.deepEqual(values('Orders were weak between November and February.', '2011-12-12'), ['November=2010-11', 'February=2011-02']);
  });

  it('should run forward ahead: the end goes on a year', () => {
    assert.deepEqual(values('The ferry will stop between November and February.', '2011-12-12'), ['November=2012-11', 'February=2013-02']);
  });

  it('should leave a range in order, and two months not joined by "between ... and"', () => {
    assert.deepEqual(values('Orders were weak between March and September.', '2011-12-12'), ['March=2011-03', 'September=2011-09']);
    assert.deepEqual(values('Orders fell in November and rose in February.', '2011-12-12'), ['November=2011-11', 'February=2011-02']);
  });
});
