import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function values(text: string, published: string): string[] {
  return findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => `${t.text}=${t.value}`);
}

describe('May after another month', () => {
  it('should read May in a list or range of months (chrono-node reads it only after "in", "on" ...)', () => {
    assert.deepEqual(values('Ferry fares fell in April and May.', '2011-12-12'), ['April=2011-04', 'May=2011-05']);
    assert.deepEqual(values('Ferry fares fell in April, May and June.', '2011-12-12'), ['April=2011-04', 'May=2011-05', 'June=2011-06']);
    assert.deepEqual(values('The ferry ran from April through May.', '2011-12-12'), ['April=2011-04', 'May=2011-05']);
  });

  it('should not read May as a month where it is a name or has its day', () => {
    assert.deepEqual(values('In April, May said the ferry plan was dead.', '2011-12-12'), ['April=2011-04']);
    assert.deepEqual(values('In April and May said nothing of the ferry.', '2011-12-12'), ['April=2011-04']);
    assert.deepEqual(values('Between April and May Smith ran the ferry.', '2011-12-12'), ['April=2011-04']);
    assert.deepEqual(values('Fares fell in April and May 3 was the low.', '2011-12-12'), ['April=2011-04', 'May 3=2011-05-03']);
  });
});
