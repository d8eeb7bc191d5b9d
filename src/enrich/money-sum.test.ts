import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsWithSum } from './money-sum.js';

describe('endsWithSum', () => {
  it('should know a sum written with a currency sign', () => {
    assert.equal(endsWithSum('the inquiry into the $3.5 million '), true);
    assert.equal(endsWithSum('police traced the €40m '), true);
    assert.equal(endsWithSum('an audit of the £900 '), true);
  });

  it('should know a sum written with a currency word', () => {
    assert.equal(endsWithSum('prosecutors described the 12 billion yen '), true);
    assert.equal(endsWithSum('a court heard of the 300 million rupiah '), true);
  });

  it('should not take a count of events for a sum', () => {
    assert.equal(endsWithSum('officials logged more than 600 attempted '), false);
    assert.equal(endsWithSum('the agency counted 40 '), false);
  });
});
