import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childNodeArgs, RESULT_MARK, ResultLineReader, resultText } from './child-result.js';

describe('childNodeArgs', () => {
  it('should put the missing pipeline flags first, then the parent\'s own, and --expose-gc once', () => {
    assert.deepEqual(childNodeArgs(['--trace-gc-verbose', '--expose-gc'], ['--single-threaded-gc']), ['--single-threaded-gc', '--trace-gc-verbose', '--expose-gc']);
    assert.deepEqual(childNodeArgs([], ['--no-regexp-tier-up']), ['--no-regexp-tier-up', '--expose-gc']);
    assert.deepEqual(childNodeArgs(['--max-semi-space-size=8'], []), ['--max-semi-space-size=8', '--expose-gc']);
  });
});

describe('ResultLineReader', () => {
  /** Feeds `text` in pieces of `size` characters; returns the other lines and the result. */
  function read(text: string, size: number): { other: string[]; json: string | null } {
    const other: string[] = [];
    const reader = new ResultLineReader((line) => other.push(line));
    for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
    reader.end();
    return { other, json: reader.result() };
  }

  it('should keep the result and pass on the trace lines around it, however the chunks fall', () => {
    // A trace whose last line was cut off by a buffer flush just before the result was written.
    const text = `[1234:0x1] 12 ms: Scavenge 40.1 (52.0) -> 30.2 (52.0) MB\n[1234:0x1] 98 ms: Mark-Compact 6${resultText('{"articles":2000}')}0.3 -> 41.0 MB\n`;
    for (const size of [1, 3, 7, 64, text.length]) {
      const { other, json } = read(text, size);
      assert.equal(json, '{"articles":2000}');
      assert.deepEqual(other, ['[1234:0x1] 12 ms: Scavenge 40.1 (52.0) -> 30.2 (52.0) MB', '[1234:0x1] 98 ms: Mark-Compact 6', '0.3 -> 41.0 MB']);
    }
  });

  it('should give the result alone when nothing else was printed', () => {
    assert.deepEqual(read(resultText('{"a":1}'), 5), { other: [], json: '{"a":1}' });
  });

  it('should give no result when the child wrote none, and pass on a last line without its break', () => {
    assert.deepEqual(read('starting\nhalf', 4), { other: ['starting', 'half'], json: null });
  });

  it('should take the marked line only at a line\'s start', () => {
    assert.equal(read(`x ${RESULT_MARK}{"a":1}\n`, 2).json, null);
  });
});
