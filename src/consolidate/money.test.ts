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

  it('should read European separators, Indian scales and a decimal before a scale', () => {
    assert.deepEqual(keys('A fine of €5.000, then €1.234,56, ₹500 crore and $1.234 billion.'), [
      ['EUR:5000', '€5.000'],
      ['EUR:1234.56', '€1.234,56'],
      ['INR:5000000000', '₹500 crore'],
      ['USD:1234000000', '$1.234 billion'],
    ]);
  });

  it('should find no money in counts, years, weights, times, names, verbs, ranges and a lone letter after a space', () => {
    assert.deepEqual(keys('In 2019, 40 people won 3 games; the 200 pounds bag arrived at 5 p.m. on the M5.'), []);
    assert.deepEqual(keys('Smith, who in 2019 won the title, opened 3 Dollar General stores before the 2020 Euro final; prices in 2020 dollars.'), []);
    assert.deepEqual(keys('They installed 50 bitcoin ATMs. Estimates ran from $5-7 million.'), []);
    // "$5 m" is no "$5m": the letter after a space is not read as millions.
    assert.deepEqual(keys('It cost $5 m to fix.'), [['USD:5', '$5']]);
  });
});
