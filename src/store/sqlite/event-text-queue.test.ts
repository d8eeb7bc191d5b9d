import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventTextQueue } from './event-text-queue.js';

/** A queue whose writes are recorded as lines ("-7" a delete of rowid 7, "+7 text" an insert). */
function recorded(failAt?: string): { queue: EventTextQueue; log: string[] } {
  const log: string[] = [];
  const queue = new EventTextQueue(
    (rowid) => void log.push(`-${rowid}`),
    (rowid, row) => {
      if (`+${rowid}` === failAt) throw new Error('the disk is full');
      log.push(`+${rowid} ${row.join(' ')}`);
    },
  );
  return { queue, log };
}

describe('EventTextQueue', () => {
  it('should write each row once, its last text, in rising rowid order', () => {
    const { queue, log } = recorded();
    queue.put(9, ['evt_b', 'first text']);
    queue.put(3, ['evt_a', 'old text']);
    queue.put(9, ['evt_b', 'second text']);
    queue.put(3, ['evt_a', 'new text']);
    assert.equal(queue.size, 2);
    assert.equal(queue.write(), true);
    assert.deepEqual(log, ['-3', '+3 evt_a new text', '-9', '+9 evt_b second text']);
    assert.equal(queue.size, 0);
    assert.equal(queue.write(), false, 'nothing left to write');
  });

  it('should delete a row whose event was deleted after it was written, and write one put again after its delete', () => {
    const { queue, log } = recorded();
    queue.put(4, ['evt_merged', 'its text']);
    queue.delete(4);
    queue.delete(6);
    queue.put(6, ['evt_again', 'made again']);
    queue.write();
    assert.deepEqual(log, ['-4', '-6', '+6 evt_again made again']);
  });

  it('should keep what it holds when a write fails part way, and drop it when cleared', () => {
    const { queue, log } = recorded('+5');
    queue.put(2, ['evt_a', 'a']);
    queue.put(5, ['evt_b', 'b']);
    assert.throws(() => queue.write(), /disk is full/);
    // Written again, each row is deleted and inserted once more: the same rows.
    assert.equal(queue.size, 2);
    queue.clear();
    assert.equal(queue.size, 0);
    assert.deepEqual(log, ['-2', '+2 evt_a a', '-5']);
  });
});
