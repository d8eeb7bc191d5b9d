import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermCountQueue } from './term-count-queue.js';

describe('TermCountQueue', () => {
  it('should sum each term over the transaction and write it once, in term order', () => {
    const log: string[] = [];
    const queue = new TermCountQueue((term, n) => void log.push(`${term} +${n}`));
    for (const term of ['harbour', 'ferry', 'harbour', 'storm', 'ferry', 'harbour']) queue.count(term);
    assert.equal(queue.size, 3);
    assert.equal(queue.pending('harbour'), 3);
    assert.equal(queue.pending('bridge'), 0);
    assert.equal(queue.write(), true);
    assert.deepEqual(log, ['ferry +2', 'harbour +3', 'storm +1']);
    assert.equal(queue.pending('harbour'), 0, 'written: nothing pending');
    assert.equal(queue.write(), false, 'nothing left to write');
  });

  it('should drop what a rolled-back transaction counted, and keep the counts when a write fails part way', () => {
    const written: string[] = [];
    const queue = new TermCountQueue((term) => {
      if (term === 'mayor') throw new Error('the disk is full');
      written.push(term);
    });
    queue.count('council');
    queue.count('mayor');
    assert.throws(() => queue.write(), /disk is full/);
    assert.equal(queue.pending('council'), 1, 'kept until written whole or cleared');
    queue.clear();
    assert.equal(queue.size, 0);
    assert.equal(queue.pending('mayor'), 0);
  });
});
