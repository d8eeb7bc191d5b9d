import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moneyAmounts } from './money.js';

const keys = (text: string) => moneyAmounts(text).map((m) => [m.key, m.written]);

describe('moneyAmounts', () => {
  it('should read a sum written with a symbol, a code or a word to one currency and value', () => {
    assert.deepEqual(keys('The hackers demanded $5 million, later 5 million dollars, then USD 5,000,000.'), [
      ['USD:5000000', '$5 million'],
      ['USD:5000000', '5 million dollars'],
      ['USD:5000000', 'USD 5,000,000'],
    ]);
    assert.deepEqual(keys('Losses reached US$1.2bn and €40,000; A$3m went to 2 billion won and 50 bitcoin.'), [
      ['USD:1200000000', 'US$1.2bn'],
      ['EUR:40000', '€40,000'],
      ['AUD:3000000', 'A$3m'],
      ['KRW:2000000000', '2 billion won'],
      ['BTC:50', '50 bitcoin'],
    ]);
  });

  it('should find no money in counts, years, weights, times and a lone letter after a space', () => {
    assert.deepEqual(keys('In 2019, 40 people won 3 games; the 200 pounds bag arrived at 5 p.m. on the M5.'), []);
    // "$5 m" is no "$5m": the letter after a space is not read as millions.
    assert.deepEqual(keys('It cost $5 m to fix.'), [['USD:5', '$5']]);
  });
});
