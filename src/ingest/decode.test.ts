import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

describe('decodeBytes', () => {
  it('should read UTF-8 with or without a byte-order mark', () => {
    assert.equal(decodeBytes(Buffer.from('\ufeffNorth Korea’s', 'utf8'), 'a.txt', false).text, 'North Korea’s');
    assert.equal(decodeBytes(Buffer.from('plain', 'utf8'), 'a.txt', false).guessed, false);
  });

  it('should use the charset an HTML page declares (EUC-KR)', () => {
    const html = iconv.encode('<html><head><meta charset="euc-kr"></head><body><p>북한 사이버 위협</p></body></html>', 'euc-kr');
    const decoded = decodeBytes(html, 'ko.html', true);
    assert.equal(decoded.encoding, 'euc-kr');
    assert.match(decoded.text, /북한 사이버 위협/);
  });

  it('should guess a legacy encoding for text that is not valid UTF-8, and say so', () => {
    const decoded = decodeBytes(Buffer.from('The port\x92s director said repairs would take several weeks to finish.', 'latin1'), 'a.txt', false);
    assert.equal(decoded.guessed, true);
    assert.match(decoded.text, /port’s/);
  });

  it('should refuse binary data, naming the input', () => {
    assert.throws(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.txt', false), /photo\.txt: binary file/);
  });
});
