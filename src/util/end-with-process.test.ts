import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endWithProcess } from './end-with-process.js';

describe('endWithProcess', () => {
  it('should listen for exit and both signals until forgotten, then not at all', () => {
    const before = ['exit', 'SIGINT', 'SIGTERM'].map((name) => process.listenerCount(name));
    let runs = 0;
    const forget = endWithProcess(() => runs++);
    assert.deepEqual(['exit', 'SIGINT', 'SIGTERM'].map((name) => process.listenerCount(name)), before.map((n) => n + 1));
    forget();
    assert.deepEqual(['exit', 'SIGINT', 'SIGTERM'].map((name) => process.listenerCount(name)), before);
    assert.equal(runs, 0);
  });

  it('should run the cleanup on a signal and leave the signal to the other listeners there are', () => {
    let runs = 0;
    const other = (): void => undefined;
    process.on('SIGTERM', other);
    try {
      endWithProcess(() => runs++);
      process.emit('SIGTERM', 'SIGTERM');
      assert.equal(runs, 1);
      // Forgotten by the signal itself: a later exit does not clean up twice.
      process.emit('SIGTERM', 'SIGTERM');
      assert.equal(runs, 1);
    } finally {
      process.removeListener('SIGTERM', other);
    }
  });
});
