import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marketMoves, reportCurrency } from './market-moves.js';

describe('marketMoves', () => {
  it('should read a named currency that fell, counted since a past day', () => {
    const moves = marketMoves('The peso has lost 3.2% against the dollar since the vote was called.', null);
    assert.deepEqual(moves, [{ quantity: 'peso', direction: 'fall', value: '3.2', since: true }]);
  });

  it('should read "the currency" as the one currency its report is about', () => {
    const moves = marketMoves('By the close, dealers said, the currency had slipped 2.9 per cent against the euro.', 'zloty');
    assert.deepEqual(moves, [{ quantity: 'zloty', direction: 'fall', value: '2.9', since: false }]);
  });

  it('should leave "the currency" unread where the report names no single one', () => {
    assert.deepEqual(marketMoves('Traders said the currency has weakened 1.1% this month.', null), []);
  });

  it('should read an index and a company\'s shares by their names', () => {
    assert.deepEqual(marketMoves("Lisbon's main stock index slid 1.8 percent on Friday.", null), [{ quantity: 'lisbon index', direction: 'fall', value: '1.8', since: false }]);
    assert.deepEqual(marketMoves('Ostrava Glassworks shares jumped 6% in early trade.', null), [{ quantity: 'ostrava shares', direction: 'rise', value: '6', since: false }]);
    assert.deepEqual(marketMoves('Shares of Ostrava Glassworks closed up 2.5% after the ruling.', null), [{ quantity: 'ostrava shares', direction: 'rise', value: '2.5', since: false }]);
  });

  it('should not take a rate that is held, growth, or a share of trade for a move', () => {
    assert.deepEqual(marketMoves('The central bank held its key rate at 6.25% and said the peso was stable.', 'peso'), []);
    assert.deepEqual(marketMoves('The economy is expected to grow 4.1% next year, the peso notwithstanding.', 'peso'), []);
    assert.deepEqual(marketMoves('Farm exports fell 7% in August, customs data showed.', 'peso'), []);
  });

  it('should not take the currency another is priced in for the one that moved', () => {
    assert.deepEqual(marketMoves('Against the dollar, the lira dropped 0.9% to a record low.', null), [{ quantity: 'lira', direction: 'fall', value: '0.9', since: false }]);
  });
});

describe('reportCurrency', () => {
  it('should name the currency a report tells of, leaving out the one it is priced in', () => {
    assert.equal(reportCurrency('Pressure on the peso grew. It trades at 19.2 per dollar and has fallen against the US dollar all week.'), 'peso');
  });

  it('should give none where a report tells of two currencies', () => {
    assert.equal(reportCurrency('The baht firmed while the ringgit eased.'), null);
  });
});

describe('marketMoves: words that name no market', () => {
  it('should not read the euro zone\'s unemployment or a stock exchange\'s volume as a move of the euro or of shares', () => {
    assert.deepEqual(marketMoves('Unemployment in the euro zone fell 0.2 percent in March, the agency said.', null), []);
    assert.deepEqual(marketMoves('The Harbour Stock Exchange said trading volume rose 12% in the quarter.', null), []);
  });
});

describe('marketMoves: shares that are parts of something', () => {
  it('should read no share move in a share of the vote or of a budget', () => {
    assert.deepEqual(marketMoves('Its shares of the vote rose 12% from 2024, counters said.', null, 'Harbour Alliance'), []);
    assert.deepEqual(marketMoves('Labour warns, shares of the budget for schools fall 2%', null, 'Corrow Mills'), []);
  });

  it('should still read shares of the company as the firm\'s', () => {
    assert.deepEqual(marketMoves('Shares of the company fell 3% in early trading.', null, 'Corrow Mills').map((m) => m.quantity), ['corrow shares']);
  });
});
