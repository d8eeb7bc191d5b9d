import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marketMoves } from './market-moves.js';

describe('marketMoves of a firm not named beside its shares', () => {
  it('should read a firm known by its legal form and ticker right before the verb as its shares', () => {
    const moves = marketMoves('At the close, Varnholt Cables AG (ETR: VCX) finished down 6.3% at EUR 41.10.', null);
    assert.deepEqual(moves, [{ quantity: 'varnholt shares', direction: 'fall', value: '6.3', since: false }]);
  });

  it('should not read a firm\'s sales or staff as its shares', () => {
    assert.deepEqual(marketMoves('Varnholt Cables AG said its sales fell 6.3% in the quarter.', null), []);
    assert.deepEqual(marketMoves('Varnholt Cables AG has lost 6% of its engineers this year.', null), []);
  });

  it('should take "its shares" and shares written alone for the report\'s firm', () => {
    assert.deepEqual(marketMoves('Its shares dropped 5.9% by midday.', null, 'Varnholt Cables AG'), [{ quantity: 'varnholt shares', direction: 'fall', value: '5.9', since: false }]);
    assert.deepEqual(marketMoves('Varnholt Cables trims outlook, shares slide 6.1% in Frankfurt', null, 'Varnholt Cables'), [{ quantity: 'varnholt shares', direction: 'fall', value: '6.1', since: false }]);
    assert.deepEqual(marketMoves("The company's shares jump 3% after the deal", null, 'Varnholt Cables'), [{ quantity: 'varnholt shares', direction: 'rise', value: '3', since: false }]);
  });

  it('should leave shares written alone unread where the report names no firm', () => {
    assert.deepEqual(marketMoves('Shares slide 6.1% in Frankfurt on the news.', null), []);
  });

  it('should not count a move against a record as a move since a past day', () => {
    const [move] = marketMoves('Varnholt Cables AG closed down 6.3%, its steepest one-day drop since 2019.', null);
    assert.equal(move?.since, false);
    const [counted] = marketMoves('Varnholt Cables shares have dropped 14% since the strike began.', null);
    assert.equal(counted?.since, true);
  });
});
