import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingsDisagree, slackOf, talliesDisagree } from './measure-tolerance.js';
import type { Reading } from './measure-figures.js';

function fig(value: number, bound: Reading['bound'] = 'exact', decimals = 0): Reading {
  return { value, decimals, bound, slack: slackOf(value, decimals, bound) };
}

describe('measure tolerance', () => {
  it("should let an exact figure agree with an approximate one within the latter's grain, at most 5%", () => {
    assert.equal(readingsDisagree(fig(1000, 'about'), fig(1003.4, 'exact', 1)), false);
    assert.equal(readingsDisagree(fig(950, 'about'), fig(1003.4, 'exact', 1)), true);
    assert.equal(readingsDisagree(fig(318, 'about'), fig(309.6, 'exact', 1)), true);
    assert.equal(readingsDisagree(fig(310), fig(310.2, 'exact', 1)), false);
  });

  it('should hold two approximate figures apart beyond the finer one\'s slack', () => {
    assert.equal(readingsDisagree(fig(850, 'about'), fig(900, 'about')), true);
    assert.equal(readingsDisagree(fig(900, 'about'), fig(900, 'about')), false);
  });

  it('should let a bound agree with any figure it allows', () => {
    assert.equal(readingsDisagree(fig(1, 'over'), fig(3)), false);
    assert.equal(readingsDisagree(fig(4000, 'over'), fig(3900, 'about')), true);
    assert.equal(readingsDisagree(fig(4000, 'over'), fig(4100, 'about')), false);
  });

  it('should compare tallies in the parts both give', () => {
    assert.equal(talliesDisagree({ for: 30, against: 4, abstain: null }, { for: 30, against: 4, abstain: 2 }), false);
    assert.equal(talliesDisagree({ for: 30, against: 4, abstain: 2 }, { for: 29, against: 4, abstain: 3 }), true);
  });
});
