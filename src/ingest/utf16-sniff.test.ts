import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffUtf16 } from './utf16-sniff.js';

const TEXT = 'Ferry services to the islands resumed on Tuesday after the storm, the operator said.\r\n';

describe('sniffUtf16', () => {
  it('should tell big-endian from little-endian UTF-16 without a byte-order mark by where the zero bytes fall', () => {
    assert.equal(sniffUtf16(Buffer.from(TEXT, 'utf16le')), 'utf-16le');
    assert.equal(sniffUtf16(Buffer.from(TEXT, 'utf16le').swap16()), 'utf-16be');
  });

  it('should leave UTF-8 text and binary data with zero bytes alone', () => {
    assert.equal(sniffUtf16(Buffer.from(TEXT, 'utf8')), null);
    assert.equal(sniffUtf16(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])), null);
    assert.equal(sniffUtf16(Buffer.from([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6])), null);
  });
});
