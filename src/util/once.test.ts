import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { once } from './once.js';

describe('once', () => {
  it('should not read the value until it is first asked for', () => {
    let reads = 0;
    once(() => ++reads);
    assert.equal(reads, 0);
  });

  it('should read the value once and give that same value at every later call', () => {
    let reads = 0;
    const value = once(() => ({ reads: ++reads }));
    const first = value();
    assert.equal(value(), first);
    assert.equal(value(), first);
    assert.equal(reads, 1);
  });

  it('should keep an answer that is undefined without reading it again', () => {
    let reads = 0;
    const value = once(() => {
      reads++;
      return undefined;
    });
    value();
    value();
    assert.equal(reads, 1);
  });
});
