import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { financeFirmName } from './finance-mark.js';
import { firmWords } from './firm-words.js';

describe('financeFirmName', () => {
  it('should read a closing finance word as the mark of a firm', () => {
    for (const name of ['Kobberdal Capital', 'Norrhamn Partners', 'Vesterby Securities', 'Kestrel Exchange', 'Maplin Holdings']) assert.equal(financeFirmName(name), true, name);
  });

  it("should not read a market's exchange or a name without a finance word as a firm's", () => {
    for (const name of ['Tallinn Stock Exchange', 'Baltic Mercantile Exchange', 'Kestrel Alliance', 'Capital Region']) assert.equal(financeFirmName(name), false, name);
  });
});

describe('firmWords with a finance word', () => {
  it("should find a firm named with a finance word by the name's own word", () => {
    assert.deepEqual(firmWords('Kobberdal Capital'), ['Kobberdal']);
    assert.deepEqual(firmWords('Kestrel Exchange'), ['Kestrel']);
  });

  it("should give no word of a market's exchange", () => {
    assert.deepEqual(firmWords('Tallinn Stock Exchange'), []);
  });
});
