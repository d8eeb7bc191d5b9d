import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from './gunzip-whole.js';

describe('gunzipWhole', () => {
  it('should give back the content, in one buffer of its size', () => {
    const content = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `line ${i} of the test\n`).join(''));
    const out = gunzipWhole(gzipSync(content));
    assert.ok(out.equals(content));
    assert.equal(out.buffer.byteLength >= content.length, true);
    assert.ok(out.buffer.byteLength <= content.length + 1, 'no second piece and no copy of a larger one');
  });

  it('should read empty and tiny contents', () => {
    assert.equal(gunzipWhole(gzipSync(Buffer.alloc(0))).length, 0);
    assert.equal(gunzipWhole(gzipSync(Buffer.from('a'))).toString(), 'a');
  });

  it('should read a file of two members, whose end states the second one\'s size only', () => {
    const first = Buffer.from('the first member of the file, '.repeat(2_000));
    const second = Buffer.from('and the second.');
    const out = gunzipWhole(Buffer.concat([gzipSync(first), gzipSync(second)]));
    assert.ok(out.equals(Buffer.concat([first, second])));
  });
});
