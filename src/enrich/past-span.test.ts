import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pastSpan } from './past-span.js';

describe('pastSpan', () => {
  it('should give a past weekend as its Saturday and Sunday', () => {
    // 2031-W19 runs from Monday 5 May to Sunday 11 May 2031.
    assert.deepEqual(pastSpan({ value: '2031-W19-WE', text: 'last weekend' }, '2031-05-14'), { from: '2031-05-10', to: '2031-05-11' });
  });

  it('should give a past week as its Monday to Sunday, and "earlier this week" as the days before the event', () => {
    assert.deepEqual(pastSpan({ value: '2031-W19', text: 'last week' }, '2031-05-14'), { from: '2031-05-05', to: '2031-05-11' });
    assert.deepEqual(pastSpan({ value: '2031-W20', text: 'earlier this week' }, '2031-05-15'), { from: '2031-05-12', to: '2031-05-14' });
  });

  it('should give "earlier this month" as the first of the month to the day before the event', () => {
    assert.deepEqual(pastSpan({ value: '2031-05', text: 'earlier this month' }, '2031-05-20'), { from: '2031-05-01', to: '2031-05-19' });
    // "this month" alone may be the event's own days.
    assert.equal(pastSpan({ value: '2031-05', text: 'this month' }, '2031-05-20'), null);
  });

  it('should give nothing for a span that reaches the event day, a plain day, or an event with no day', () => {
    assert.equal(pastSpan({ value: '2031-W19-WE', text: 'this weekend' }, '2031-05-10'), null);
    assert.equal(pastSpan({ value: '2031-05-02', text: 'May 2' }, '2031-05-20'), null);
    assert.equal(pastSpan({ value: '2031-W19', text: 'last week' }, '2031-05'), null);
    assert.equal(pastSpan({ value: '2031-05', text: 'earlier this month' }, '2031-05-01'), null);
  });
});
