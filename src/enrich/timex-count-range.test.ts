import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const REFERENCE = referenceFrom('2010-03-16');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), REFERENCE).map((t) => `${t.text}=${t.value}`);
}

describe('the first count of a range of lengths', () => {
  it('should be a length of the unit written after the second count', () => {
    assert.deepEqual(read('The trial is expected to last six to eight weeks.'), ['six=P6W', 'eight weeks=P8W']);
    assert.deepEqual(read('Repairs usually take 2-3 hours.'), ['2=PT2H', '3 hours=PT3H']);
    assert.deepEqual(read('The storm should last thirty-six to forty-eight hours.'), ['thirty-six=PT36H', 'forty-eight hours=PT48H']);
    assert.deepEqual(read('He was held for two or three days.'), ['two=P2D', 'three days=P3D']);
    assert.deepEqual(read('The reactor will be shut for between three and six months.'), ['three=P3M', 'six months=P6M']);
  });

  it('should leave what is no range of lengths', () => {
    // A score runs down, an age ends in "old", a price is money, and "ago" makes a date.
    assert.deepEqual(read('The score was 3-2 hours before the end.'), ['2 hours=PT2H']);
    assert.deepEqual(read('Children aged 5 to 10 years old were tested.'), []);
    assert.deepEqual(read('Prices rose 5 to 10 percent.'), []);
    assert.deepEqual(read('It happened two to three weeks ago.'), ['three weeks ago=2010-02-23']);
  });
});
